import { defineRule } from '../../../core/rule';
import { readExpires } from '../expires';
import { renewExpires, rfcSection, txtExample, VALID_FILE } from './helpers';

export const EXPIRES_SOON_DAYS = 30;

export default defineRule({
  meta: {
    id: 'expires-soon',
    defaultSeverity: 'info',
    fixable: true,
    specUrl: rfcSection('2.5.5'),
    description: `\`Expires\` is within ${EXPIRES_SOON_DAYS} days.`,
    rationale: 'Renewing before the date passes avoids a window in which the file is stale and its contacts ignored.',
    howToFix: 'Review the file and renew the date. The quick fix sets one year from today, less a second.',
    messages: {
      day: 'The file expires in {days} day, expected a renewal before then.',
      days: 'The file expires in {days} days, expected a renewal before then.',
    },
    fixTitles: {
      renew: 'Renew Expires ({date})',
    },
    invalid: [
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2026-12-01T00:00:00Z\n'),
        expect: [{ line: 2, column: 10, message: 'The file expires in 9 days, expected a renewal before then.' }],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-11-21T23:59:59Z\n',
      },
      {
        text: 'Contact: mailto:security@acme.org\nExpires: 2026-11-30T12:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [{ line: 2, column: 10, message: 'The file expires in 9 days, expected a renewal before then.' }],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-11-21T23:59:59Z\n',
      },
    ],
    valid: [txtExample(VALID_FILE)],
  },
  txt(doc, context) {
    const now = context.env.today.getTime();
    for (const field of doc.fieldsNamed('expires')) {
      const date = readExpires(field.value).date;
      if (!date || date.getTime() < now || date.getTime() > now + EXPIRES_SOON_DAYS * 86_400_000) continue;
      const days = Math.ceil((date.getTime() - now) / 86_400_000);
      context.report({
        messageId: days === 1 ? 'day' : 'days',
        values: { days },
        start: field.valueStart,
        end: field.valueEnd,
        fix: renewExpires(field, context.env.today, 'renew'),
      });
    }
  },
});
