import { defineRule } from '../../../core/rule';
import { looksChained, rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'chained-values',
    defaultSeverity: 'error',
    fixable: true,
    specUrl: rfcSection('2.4'),
    description: 'Several values in one field (`Contact: a, b`).',
    rationale:
      'RFC 9116 §2.4 allows one value per field (Preferred-Languages excepted); repeat the field for several values. Parsers read "a, b" as one broken URI.',
    howToFix: 'Put each value on its own line. The quick fix splits the field.',
    messages: {
      chained: '{count} values in one {field} field, expected one {field} line per value.',
    },
    fixTitles: {
      split: 'Split into {count} {field} lines',
    },
    invalid: [
      {
        ...txtExample('Contact: mailto:a@acme.org, https://acme.org/report\nExpires: 2027-06-30T00:00:00Z\n'),
        expect: [
          { line: 1, column: 10, message: '2 values in one Contact field, expected one Contact line per value.' },
        ],
        fixed: 'Contact: mailto:a@acme.org\nContact: https://acme.org/report\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        text: 'Contact: mailto:a@acme.org,mailto:b@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          { line: 1, column: 10, message: '2 values in one Contact field, expected one Contact line per value.' },
        ],
        fixed: 'Contact: mailto:a@acme.org\nContact: mailto:b@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
      },
    ],
    valid: [txtExample(VALID_FILE), txtExample(`${VALID_FILE}Preferred-Languages: en, de\n`)],
  },
  txt(doc, context) {
    for (const field of doc.fields) {
      if (field.key === 'preferred-languages' || !looksChained(field.value)) continue;
      const values = field.value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      const lines = values.map((v) => `${field.name}: ${v}`).join(doc.eol);
      context.report({
        messageId: 'chained',
        values: { count: values.length, field: field.name },
        start: field.valueStart,
        end: field.valueEnd,
        fix: {
          titleId: 'split',
          titleValues: { count: values.length, field: field.name },
          edits: [{ start: field.lineStart, end: field.lineEnd, newText: lines }],
          safe: true,
        },
      });
    }
  },
});
