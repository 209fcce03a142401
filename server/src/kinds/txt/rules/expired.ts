import { defineRule } from '../../../core/rule';
import { readExpires } from '../expires';
import { renewExpires, rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'expired',
    defaultSeverity: 'error',
    fixable: true,
    specUrl: rfcSection('2.5.5'),
    description: '`Expires` is in the past.',
    rationale:
      'An expired security.txt MUST be treated as stale (RFC 9116 §2.5.5): researchers and tools ignore its contacts.',
    howToFix:
      'Check the contacts are still right, then set a new date. The quick fix renews it to one year from today, less a second.',
    messages: {
      expired: 'The file expired on {date}, expected a date in the future.',
    },
    fixTitles: {
      renew: 'Renew Expires ({date})',
    },
    invalid: [
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2025-01-01T00:00:00Z\n'),
        expect: [
          { line: 2, column: 10, message: 'The file expired on 2025-01-01T00:00:00Z, expected a date in the future.' },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-11-21T23:59:59Z\n',
      },
      {
        text: 'Contact: mailto:security@acme.org\nExpires: 2026-11-21T23:59:59+01:00\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 2,
            column: 10,
            message: 'The file expired on 2026-11-21T23:59:59+01:00, expected a date in the future.',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-11-21T23:59:59Z\n',
      },
      {
        // The old drafts' format (expires-format reports it too): past is past, whatever the format.
        ...txtExample('Contact: mailto:security@acme.org\nExpires: Tue, 31 Dec 2024 23:59:00 +0000\n'),
        expect: [
          {
            line: 2,
            column: 10,
            message: 'The file expired on Tue, 31 Dec 2024 23:59:00 +0000, expected a date in the future.',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-11-21T23:59:59Z\n',
      },
      {
        // A date without a time: expired once the day has ended everywhere.
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2026-11-20\n'),
        expect: [{ line: 2, column: 10, message: 'The file expired on 2026-11-20, expected a date in the future.' }],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-11-21T23:59:59Z\n',
      },
    ],
    valid: [
      txtExample(VALID_FILE),
      // The day has not ended everywhere yet (today is 2026-11-22 in the examples).
      txtExample('Contact: mailto:security@acme.org\nExpires: 2026-11-21\n'),
      txtExample('Contact: mailto:security@acme.org\nExpires: 31 Dec 2026 23:59 -0800\n'),
    ],
  },
  txt(doc, context) {
    for (const field of doc.fieldsNamed('expires')) {
      const date = readExpires(field.value).latest;
      if (!date || date.getTime() >= context.env.today.getTime()) continue;
      context.report({
        messageId: 'expired',
        values: { date: field.value },
        start: field.valueStart,
        end: field.valueEnd,
        fix: renewExpires(field, context.env.today, 'renew'),
      });
    }
  },
});
