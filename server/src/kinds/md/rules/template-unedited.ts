import { defineRule } from '../../../core/rule';

const TEMPLATE_SENTENCES =
  /Use this section to tell people (?:about which versions of your project are|how to report a vulnerability)|Tell them where to go, how often they can expect to get an update|Verwenden Sie diesen Abschnitt, um|Utilice esta sección para|Usa esta sección para (?:informar|indicar|decir)|Utilisez cette section pour|Use esta seção para|Usa questa sezione per|Используйте этот раздел, чтобы|使用此部分(?:告诉|来告诉|说明)|このセクションを使用して|이 섹션을 사용하여/g;
const SAMPLE_ROW = /^\|?\s{0,3}(?:5\.1\.x|5\.0\.x|4\.0\.x|< 4\.0)\s{0,3}\|/;

export default defineRule({
  meta: {
    id: 'template-unedited',
    defaultSeverity: 'error',
    fixable: 'sometimes',
    description: "GitHub's default SECURITY.md template text is still in the policy.",
    rationale:
      'The template\'s instructions ("Use this section to tell people…") and its sample version table (5.1.x, 5.0.x, 4.0.x, < 4.0) tell a reporter nothing true about the project, and show the policy was never written.',
    howToFix:
      'Replace the instructions with the real process and the sample table with the versions you support. The quick fix removes the instruction paragraphs.',
    invalid: [
      {
        text: '# Security Policy\n\n## Reporting a Vulnerability\n\nUse this section to tell people how to report a vulnerability.\n\nEmail security@acme.org.\n',
        expect: [
          {
            line: 5,
            column: 1,
            message: "GitHub's template instructions are still here, expected the project's own text.",
          },
        ],
        fixed: '# Security Policy\n\n## Reporting a Vulnerability\n\nEmail security@acme.org.\n',
      },
      {
        text: '# Security Policy\n\n## Supported Versions\n\n| Version | Supported          |\n| ------- | ------------------ |\n| 5.1.x   | :white_check_mark: |\n| 5.0.x   | :x:                |\n| 4.0.x   | :white_check_mark: |\n| < 4.0   | :x:                |\n',
        expect: [
          {
            line: 7,
            column: 1,
            message:
              "GitHub's sample version table (5.1.x, 5.0.x, 4.0.x, < 4.0) is still here, expected the project's own versions.",
          },
        ],
      },
    ],
    valid: [{ text: '# Security Policy\n\n| Version | Supported |\n| --- | --- |\n| 2.x | ✅ |\n' }],
  },
  md(doc, context) {
    TEMPLATE_SENTENCES.lastIndex = 0;
    for (let m = TEMPLATE_SENTENCES.exec(doc.masked); m; m = TEMPLATE_SENTENCES.exec(doc.masked)) {
      const paragraph = doc.logicalLine(m.index);
      let removeEnd = paragraph.end;
      const rest = /^(?:\r?\n){1,2}/.exec(doc.text.slice(removeEnd));
      if (rest) removeEnd += rest[0].length;
      context.report({
        message: "GitHub's template instructions are still here, expected the project's own text.",
        start: m.index,
        end: m.index + m[0].length,
        fix: {
          title: 'Remove the template instructions',
          edits: [{ start: paragraph.start, end: removeEnd, newText: '' }],
          safe: false,
        },
      });
    }
    for (const table of doc.markdown.tables) {
      const sample = table.lines.filter((l) => SAMPLE_ROW.test(doc.text.slice(l.start, l.end)));
      if (sample.length >= 3) {
        context.report({
          message:
            "GitHub's sample version table (5.1.x, 5.0.x, 4.0.x, < 4.0) is still here, expected the project's own versions.",
          start: sample[0].start,
          end: sample[sample.length - 1].end,
        });
      }
    }
  },
});
