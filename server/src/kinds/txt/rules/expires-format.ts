import { defineRule } from '../../../core/rule';
import { readExpires } from '../expires';
import { EXPIRES_FORMAT_MESSAGES, expiresMessage } from '../expires-messages';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'expires-format',
    defaultSeverity: 'error',
    fixable: 'sometimes',
    specUrl: rfcSection('2.5.5'),
    description:
      '`Expires` is not an RFC 3339 §5.6 date-time (a space for "T", no offset, a zone name, a day that does not exist…); the message names the near miss, and an RFC 5322 date from the old drafts converts.',
    rationale:
      'RFC 9116 §2.5.5 requires the Internet date/time format of RFC 3339 (2027-01-31T23:59:59Z); "t" and "z" may be lower case (§5.6). RFC 3339 lets applications choose a space for the "T", but its grammar, which RFC 9116 §4 imports, does not, and parsers reject it. Drafts of RFC 9116 used RFC 5322 dates, which parsers now reject too.',
    howToFix:
      'Write the date as YYYY-MM-DDThh:mm:ssZ. Quick fixes: "T" for a space, ":00" for missing seconds, "Z" for UTC or GMT, a colon in the offset, "." before a fraction, and the conversion of an RFC 5322 date.',
    messages: EXPIRES_FORMAT_MESSAGES,
    fixTitles: { write: 'Write {value}' },
    invalid: [
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: Thu, 31 Dec 2026 18:37:07 -0800\n'),
        expect: [
          {
            line: 2,
            column: 10,
            message:
              '"Thu, 31 Dec 2026 18:37:07 -0800" is an RFC 5322 date, not an RFC 3339 date-time, expected "2027-01-01T02:37:07Z".',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-01-01T02:37:07Z\n',
      },
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2026-12-31\n'),
        expect: [
          {
            line: 2,
            column: 10,
            message:
              '"2026-12-31" is not an RFC 3339 date-time (there is a date but no time, expected "T", the time and an offset such as T23:59:59Z), expected a value such as 2027-01-31T23:59:59Z.',
          },
        ],
      },
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2026-12-31 23:59:59Z\n'),
        expect: [
          {
            line: 2,
            column: 10,
            message:
              '"2026-12-31 23:59:59Z" is not an RFC 3339 date-time (a space separates the date and the time where RFC 3339 requires "T"), expected "2026-12-31T23:59:59Z".',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2026-12-31T23:59:59Z\n',
      },
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2026-12-31T23:59:59 UTC\n'),
        expect: [
          {
            line: 2,
            column: 10,
            message:
              '"2026-12-31T23:59:59 UTC" is not an RFC 3339 date-time ("UTC" is a time zone name, expected "Z" or a numeric offset such as +02:00), expected "2026-12-31T23:59:59Z".',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2026-12-31T23:59:59Z\n',
      },
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2026-12-31 23:59:59 UTC\n'),
        expect: [
          {
            line: 2,
            column: 10,
            message:
              '"2026-12-31 23:59:59 UTC" is not an RFC 3339 date-time (a space separates the date and the time where RFC 3339 requires "T", and "UTC" is a time zone name, expected "Z" or a numeric offset such as +02:00), expected "2026-12-31T23:59:59Z".',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2026-12-31T23:59:59Z\n',
      },
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2026-12-31T23:59:59\n'),
        expect: [
          {
            line: 2,
            column: 10,
            message:
              '"2026-12-31T23:59:59" is not an RFC 3339 date-time (there is no time offset, expected "Z" for UTC or an offset such as +02:00), expected a value such as 2027-01-31T23:59:59Z.',
          },
        ],
      },
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2027-02-29T00:00:00Z\n'),
        expect: [
          {
            line: 2,
            column: 10,
            message:
              '"2027-02-29T00:00:00Z" is not an RFC 3339 date-time (day 29 does not exist in February 2027, not a leap year), expected a value such as 2027-01-31T23:59:59Z.',
          },
        ],
      },
    ],
    valid: [
      txtExample(VALID_FILE),
      txtExample('Contact: mailto:security@acme.org\nExpires: 2026-12-31t23:59:60z\n'),
      txtExample('Contact: mailto:security@acme.org\nExpires: 2027-01-01T00:59:60.5+01:00\n'),
    ],
  },
  txt(doc, context) {
    for (const field of doc.fieldsNamed('expires')) {
      const { problem } = readExpires(field.value);
      if (!problem) continue;
      const corrected = problem.corrected;
      context.report({
        ...expiresMessage(field.value, problem),
        start: field.valueStart,
        end: field.valueEnd,
        fix: corrected
          ? {
              titleId: 'write',
              titleValues: { value: corrected },
              edits: [{ start: field.valueStart, end: field.valueEnd, newText: corrected }],
              safe: true,
            }
          : undefined,
      });
    }
  },
});
