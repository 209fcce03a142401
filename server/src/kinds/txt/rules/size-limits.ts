import { defineRule } from '../../../core/rule';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

const MAX_BYTES = 32 * 1024;
const MAX_LINES = 1000;
const MAX_FIELD = 2048;

export default defineRule({
  meta: {
    id: 'size-limits',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('5.4'),
    description: 'More than 32 KiB, 1,000 lines, or a field longer than 2,048 characters.',
    rationale:
      'RFC 9116 §5.4 lets readers cap what they parse to resist abuse; content beyond such limits may be ignored.',
    howToFix: 'Keep the file short: move long text to the Policy page.',
    messages: {
      bytes: 'The file is {bytes} bytes, expected at most {max}.',
      lines: 'The file has {lines} lines, expected at most {max}.',
      field: 'This field is {length} characters long, expected at most {max}.',
    },
    invalid: [
      {
        ...txtExample(`${VALID_FILE}Hiring: https://acme.org/${'a'.repeat(2100)}\n`),
        expect: [{ line: 5, column: 1, message: 'This field is 2125 characters long, expected at most 2048.' }],
      },
      {
        text: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n' + '#\n'.repeat(1000),
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [{ line: 1001, column: 1, message: 'The file has 1002 lines, expected at most 1000.' }],
      },
    ],
    valid: [txtExample(VALID_FILE)],
  },
  txt(doc, context) {
    const bytes = new TextEncoder().encode(doc.text).length;
    if (bytes > MAX_BYTES) context.report({ messageId: 'bytes', values: { bytes, max: MAX_BYTES }, ...doc.anchor });
    if (doc.rawLines.length > MAX_LINES) {
      const line = doc.rawLines[MAX_LINES];
      context.report({
        messageId: 'lines',
        values: { lines: doc.rawLines.length, max: MAX_LINES },
        start: line.start,
        end: line.end,
      });
    }
    for (const field of doc.fields) {
      const length = field.lineEnd - field.lineStart;
      if (length > MAX_FIELD)
        context.report({
          messageId: 'field',
          values: { length, max: MAX_FIELD },
          start: field.nameStart,
          end: field.nameEnd,
        });
    }
  },
});
