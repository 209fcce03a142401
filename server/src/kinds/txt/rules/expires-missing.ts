import { defineRule } from '../../../core/rule';
import { expiresOneYearAhead } from '../securitytxt';
import { addFieldFix, rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'expires-missing',
    defaultSeverity: 'error',
    fixable: true,
    specUrl: rfcSection('2.5.5'),
    description: 'The file has no `Expires` field.',
    rationale:
      'RFC 9116 §2.5.5 makes Expires mandatory, so that researchers never rely on stale contact data. Tools treat a file without it as invalid.',
    howToFix:
      'Add `Expires:` with a date less than a year ahead. The quick fix adds one year from today, less a second.',
    messages: {
      missing: 'No Expires field, expected one such as "Expires: {value}".',
    },
    fixTitles: {
      add: 'Add "Expires: {date}"',
    },
    invalid: [
      {
        ...txtExample('Contact: mailto:security@acme.org\n'),
        expect: [
          { line: 1, column: 1, message: 'No Expires field, expected one such as "Expires: 2027-11-21T23:59:59Z".' },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-11-21T23:59:59Z\n',
      },
      {
        text: 'Contact: mailto:security@acme.org\nExpire: 2027-01-01T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          { line: 1, column: 1, message: 'No Expires field, expected one such as "Expires: 2027-11-21T23:59:59Z".' },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpire: 2027-01-01T00:00:00Z\nExpires: 2027-11-21T23:59:59Z\n',
      },
    ],
    valid: [txtExample(VALID_FILE)],
  },
  txt(doc, context) {
    if (doc.fieldsNamed('expires').length > 0) return;
    const value = expiresOneYearAhead(context.env.today);
    context.report({
      messageId: 'missing',
      values: { value },
      ...doc.anchor,
      fix: addFieldFix(doc, `Expires: ${value}`, 'add', { date: value }),
    });
  },
});
