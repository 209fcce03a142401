import { defineRule } from '../../../core/rule';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'missing-final-newline',
    defaultSeverity: 'error',
    fixable: true,
    specUrl: rfcSection('2.2'),
    description: 'The last line has no line break.',
    rationale:
      'RFC 9116 §2.2 (and its ABNF) ends every line, the last one included, with a line break; strict parsers drop an unterminated last field.',
    howToFix: 'End the file with a line break. The quick fix appends one.',
    fixTitles: {
      add: 'Add the final line break',
    },
    invalid: [
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z'),
        expect: [
          { line: 2, column: 1, message: 'The last line has no line break, expected the file to end with one.' },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        text: 'Contact: mailto:security@acme.org\r\nExpires: 2027-06-30T00:00:00Z',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          { line: 2, column: 1, message: 'The last line has no line break, expected the file to end with one.' },
        ],
        fixed: 'Contact: mailto:security@acme.org\r\nExpires: 2027-06-30T00:00:00Z\r\n',
      },
    ],
    valid: [txtExample(VALID_FILE)],
  },
  txt(doc, context) {
    const text = doc.text;
    if (text.length === 0 || text.endsWith('\n')) return;
    const last = doc.rawLines[doc.rawLines.length - 1];
    context.report({
      message: 'The last line has no line break, expected the file to end with one.',
      start: last.start,
      end: last.end,
      fix: {
        titleId: 'add',
        edits: [{ start: text.length, end: text.length, newText: doc.eol }],
        safe: true,
      },
    });
  },
});
