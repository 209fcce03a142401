import { defineRule } from '../../engine/rule';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'field-syntax',
    defaultSeverity: 'error',
    fixable: 'sometimes',
    specUrl: rfcSection('2.4'),
    description: 'A line that is not `Name: value`, a comment or blank: whitespace before the colon, not one space after it, an empty value.',
    rationale:
      'RFC 9116 §2.4 and §4 define each line as a field name, a colon, one space and a value. Parsers drop lines that do not match, and with them the contact they carry.',
    howToFix: 'Write `Name: value`. The quick fix normalises the spacing around the colon.',
    invalid: [
      {
        ...txtExample('Contact : mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n'),
        expect: [{ line: 1, column: 8, message: '"Contact : " is not "Contact: ", expected the colon right after the name and one space after it.' }],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        ...txtExample('Contact:mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n'),
        expect: [{ line: 1, column: 8, message: '"Contact:" is not "Contact: ", expected the colon right after the name and one space after it.' }],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        ...txtExample(`${VALID_FILE}this line is not a field\n`),
        expect: [{ line: 5, column: 1, message: 'This line is not a field, a comment or blank, expected "Name: value" or "# comment".' }],
      },
    ],
    valid: [txtExample(`# A comment\n\n${VALID_FILE}`)],
  },
  txt(doc, context) {
    for (const line of doc.body) {
      if (line.kind === 'invalid') {
        context.report({ message: 'This line is not a field, a comment or blank, expected "Name: value" or "# comment".', start: line.start, end: line.end });
        continue;
      }
      const field = line.field;
      if (!field) continue;
      const separator = doc.text.slice(field.separatorStart, field.separatorEnd);
      if (field.value === '') {
        context.report({ message: `The field "${field.name}" has no value, expected "${field.name}: value".`, start: field.lineStart, end: field.lineEnd });
      } else if (separator !== ': ') {
        context.report({
          message: `"${field.name}${separator}" is not "${field.name}: ", expected the colon right after the name and one space after it.`,
          start: field.separatorStart,
          end: field.separatorEnd,
          fix: { title: 'Write "Name: value"', edits: [{ start: field.separatorStart, end: field.separatorEnd, newText: ': ' }], safe: true },
        });
      }
    }
  },
});
