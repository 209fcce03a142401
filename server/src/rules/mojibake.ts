import { defineRule } from '../core/rule';
import { findMojibake } from '../core/mojibake';
import type { RuleContext } from '../core/rule';

export default defineRule({
  meta: {
    id: 'mojibake',
    defaultSeverity: 'error',
    fixable: true,
    description: 'Text mis-decoded through Windows-1252, Windows-1254 or Latin-1 (`âœ…`, `ğŸ”’`, `Ã©`).',
    rationale:
      'When UTF-8 is read as a legacy code page and saved again, every emoji and accented letter turns into two to four junk characters, and the bytes the code page does not define are dropped. Headings and tables become unreadable.',
    howToFix:
      'Apply the quick fix: it maps the characters back to their bytes, restores dropped bytes where the emoji is unambiguous in context, and decodes them as UTF-8. Then make sure your editor saves UTF-8.',
    messages: {
      misdecoded: 'Mis-decoded text "{found}", expected "{replacement}" (UTF-8 read as Windows-1252/1254).',
    },
    fixTitles: {
      repair: 'Repair mojibake: "{found}" → "{replacement}"',
    },
    invalid: [
      {
        text: '# Security\n\n## ğŸ”’ Reporting\n\n| 1.x | âœ… |\n\nCafÃ©\n',
        expect: [
          { line: 3, column: 4, message: 'Mis-decoded text "ğŸ”’", expected "🔒" (UTF-8 read as Windows-1252/1254).' },
          { line: 5, column: 9, message: 'Mis-decoded text "âœ…", expected "✅" (UTF-8 read as Windows-1252/1254).' },
          { line: 7, column: 4, message: 'Mis-decoded text "Ã©", expected "é" (UTF-8 read as Windows-1252/1254).' },
        ],
        fixed: '# Security\n\n## 🔒 Reporting\n\n| 1.x | ✅ |\n\nCafé\n',
      },
      {
        text: '# SÃ©curitÃ©\n\nâš ï¸ Email security@acme.org.\n',
        expect: [
          { line: 1, column: 4, message: 'Mis-decoded text "Ã©", expected "é" (UTF-8 read as Windows-1252/1254).' },
          { line: 1, column: 11, message: 'Mis-decoded text "Ã©", expected "é" (UTF-8 read as Windows-1252/1254).' },
        ],
        fixed: '# Sécurité\n\nâš ï¸ Email security@acme.org.\n',
      },
    ],
    valid: [{ text: '# Sécurité\n\n## 🔒 Signaler\n\nCafé, naïve, doğru, für, ✅.\n' }],
  },
  md(doc, context) {
    reportMojibake(doc.text, context);
  },
  txt(doc, context) {
    reportMojibake(doc.text, context);
  },
});

function reportMojibake(text: string, context: RuleContext): void {
  for (const repair of findMojibake(text)) {
    const found = text.slice(repair.start, repair.end);
    context.report({
      messageId: 'misdecoded',
      values: { found, replacement: repair.replacement },
      start: repair.start,
      end: repair.end,
      fix: {
        titleId: 'repair',
        titleValues: { found, replacement: repair.replacement },
        edits: [{ start: repair.start, end: repair.end, newText: repair.replacement }],
        safe: true,
      },
    });
  }
}
