import { defineRule } from '../../engine/rule';
import { parseRfc3339 } from '../../engine/securitytxt';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

/** The date format of the old drafts: "Thu, 31 Dec 2026 18:37:07 -0800". */
const RFC5322 = /^(?:[A-Za-z]{3},\s{1,3})?\d{1,2}\s[A-Za-z]{3}\s\d{4}\s\d{2}:\d{2}(?::\d{2})?\s(?:[+-]\d{4}|GMT|UTC|Z)$/;

export default defineRule({
  meta: {
    id: 'expires-format',
    defaultSeverity: 'error',
    fixable: 'sometimes',
    specUrl: rfcSection('2.5.5'),
    description: '`Expires` is not an RFC 3339 date-time; an RFC 5322 date from the old drafts converts.',
    rationale:
      'RFC 9116 §2.5.5 requires the Internet date/time format of RFC 3339 (2027-01-31T23:59:59Z). Drafts used RFC 5322 dates, which parsers now reject.',
    howToFix: 'Write the date as YYYY-MM-DDThh:mm:ssZ. The quick fix converts an RFC 5322 date.',
    invalid: [
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: Thu, 31 Dec 2026 18:37:07 -0800\n'),
        expect: [
          { line: 2, column: 10, message: '"Thu, 31 Dec 2026 18:37:07 -0800" is not an RFC 3339 date-time, expected a value such as 2027-01-31T23:59:59Z.' },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-01-01T02:37:07Z\n',
      },
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2026-12-31\n'),
        expect: [{ line: 2, column: 10, message: '"2026-12-31" is not an RFC 3339 date-time, expected a value such as 2027-01-31T23:59:59Z.' }],
      },
    ],
    valid: [txtExample(VALID_FILE)],
  },
  txt(doc, context) {
    for (const field of doc.fieldsNamed('expires')) {
      if (parseRfc3339(field.value)) continue;
      const old = RFC5322.test(field.value) ? Date.parse(field.value) : NaN;
      const converted = Number.isNaN(old) ? undefined : new Date(old).toISOString().replace(/\.\d{3}Z$/, 'Z');
      context.report({
        message: `"${field.value}" is not an RFC 3339 date-time, expected a value such as 2027-01-31T23:59:59Z.`,
        start: field.valueStart,
        end: field.valueEnd,
        fix: converted
          ? { title: `Convert to ${converted}`, edits: [{ start: field.valueStart, end: field.valueEnd, newText: converted }], safe: true }
          : undefined,
      });
    }
  },
});
