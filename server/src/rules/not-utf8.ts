import { defineRule, type RuleContext } from '../core/rule';

const REPLACEMENT_RUN = /\uFFFD{1,1000}/g;

export default defineRule({
  meta: {
    id: 'not-utf8',
    defaultSeverity: 'error',
    fixable: false,
    description: 'The file is not valid UTF-8 (the editor shows U+FFFD replacement characters), or is binary.',
    rationale:
      'GitHub, browsers and tools read policies as UTF-8; invalid bytes show as � and the words around them are lost. RFC 9116 §2.2 requires UTF-8 for security.txt.',
    howToFix: 'Re-save the file as UTF-8 and retype the characters shown as �.',
    messages: {
      binary: 'The file contains NUL bytes and looks binary, expected UTF-8 text.',
      invalid: 'Invalid UTF-8 here (shown as U+FFFD), expected UTF-8 text.',
    },
    invalid: [
      {
        text: 'header:\n  comment: Caf\uFFFD team\n',
        kind: 'si',
        path: 'security-insights.yml',
        expect: [{ line: 2, column: 15, message: 'Invalid UTF-8 here (shown as U+FFFD), expected UTF-8 text.' }],
      },
      {
        text: '# Security\n\nEmail s\uFFFDcurity@acme.org\n',
        expect: [{ line: 3, column: 8, message: 'Invalid UTF-8 here (shown as U+FFFD), expected UTF-8 text.' }],
      },
      {
        text: '\u0000\u0001\u0002ELF binary\n',
        expect: [{ line: 1, column: 1, message: 'The file contains NUL bytes and looks binary, expected UTF-8 text.' }],
      },
    ],
    valid: [{ text: '# Security\n\nEmail sécurité@acme.org\n' }],
  },
  md(doc, context) {
    reportInvalidUtf8(doc.text, context);
  },
  txt(doc, context) {
    reportInvalidUtf8(doc.text, context);
  },
  si(doc, context) {
    reportInvalidUtf8(doc.text, context);
  },
});

function reportInvalidUtf8(text: string, context: RuleContext): void {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    context.report({
      messageId: 'binary',
      start: nul,
      end: nul + 1,
    });
    return;
  }
  REPLACEMENT_RUN.lastIndex = 0;
  for (let m = REPLACEMENT_RUN.exec(text); m; m = REPLACEMENT_RUN.exec(text)) {
    context.report({
      messageId: 'invalid',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
}
