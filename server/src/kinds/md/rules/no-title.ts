import { defineRule } from '../../../core/rule';
import { detectEol } from '../../../core/text';
import { fixTextsFor } from './helpers';

export default defineRule({
  meta: {
    id: 'no-title',
    defaultSeverity: 'info',
    fixable: true,
    description: 'The document has no level-1 heading.',
    rationale:
      'A title ("Security Policy") tells a reader landing from a search or a link what the page is, and gives tools a stable anchor.',
    howToFix: 'Start the file with `# Security Policy`. The quick fix inserts it.',
    fixTitles: {
      add: 'Add the title "{title}"',
    },
    invalid: [
      {
        text: '## Reporting\n\nEmail a@acme.org.\n',
        expect: [{ line: 1, column: 1, message: 'No title, expected a level-1 heading such as "# Security Policy".' }],
        fixed: '# Security Policy\n\n## Reporting\n\nEmail a@acme.org.\n',
      },
      {
        text: 'Security Policy\n\nReport vulnerabilities to security@acme.org.\n',
        expect: [{ line: 1, column: 1, message: 'No title, expected a level-1 heading such as "# Security Policy".' }],
        fixed: '# Security Policy\n\nSecurity Policy\n\nReport vulnerabilities to security@acme.org.\n',
      },
      // Russian: the title inserted is Russian.
      {
        text: '## Как сообщить об уязвимости\n\nПишите на security@acme.ru, мы ответим в течение двух рабочих дней.\n',
        expect: [{ line: 1, column: 1, message: 'No title, expected a level-1 heading such as "# Security Policy".' }],
        fixed:
          '# Политика безопасности\n\n## Как сообщить об уязвимости\n\nПишите на security@acme.ru, мы ответим в течение двух рабочих дней.\n',
      },
    ],
    valid: [
      { text: '# Security Policy\n\nEmail a@acme.org.\n' },
      { text: 'Security Policy\n===\n\nEmail a@acme.org.\n' },
    ],
  },
  md(doc, context) {
    if (doc.title) return;
    const first = /\S[^\r\n]*/.exec(doc.text);
    const at = doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const eol = detectEol(doc.text);
    const title = fixTextsFor(doc).title;
    context.report({
      message: 'No title, expected a level-1 heading such as "# Security Policy".',
      start: first ? first.index : 0,
      end: first ? first.index + first[0].length : 0,
      fix: {
        titleId: 'add',
        titleValues: { title },
        edits: [{ start: at, end: at, newText: `${title}${eol}${eol}` }],
        safe: false,
      },
    });
  },
});
