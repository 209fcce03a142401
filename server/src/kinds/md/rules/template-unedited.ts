import { defineRule } from '../../../core/rule';
import type { PolicyDocument } from '../policy';
import { TEMPLATE_SENTENCES } from '../lexicon';

/** A row of GitHub's sample table; the table is the sample when most of its rows are. */
const SAMPLE_ROW = /^\|?\s{0,3}(?:5\.1\.x|5\.0\.x|4\.0\.x|< 4\.0)\s{0,3}\|/;

/** The sample table pasted as text, its cells apart by tabs or spaces: "5.1.x\t:white_check_mark:". */
const SAMPLE_TEXT_ROW = /^[ \t]{0,3}(?:5\.1\.x|5\.0\.x|4\.0\.x|< 4\.0)[ \t]{1,12}:/;

/** A version of the sample table: a policy without one has no row of it, which one scan tells before any line. */
const SAMPLE_VERSION = /5\.1\.x|5\.0\.x|4\.0\.x|< 4\.0/;

/** Runs of three or more lines of the sample table outside a Markdown table. */
function sampleTextRows(doc: PolicyDocument): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!SAMPLE_VERSION.test(doc.text)) return out;
  let run: { start: number; end: number; count: number } | undefined;
  for (let l = 0; l <= doc.lines.lineCount; l++) {
    const start = l < doc.lines.lineCount ? doc.lines.lineStart(l) : -1;
    if (start >= 0 && SAMPLE_TEXT_ROW.test(doc.text.slice(start, doc.lines.lineEnd(l)))) {
      if (run) [run.end, run.count] = [doc.lines.lineEnd(l), run.count + 1];
      else run = { start, end: doc.lines.lineEnd(l), count: 1 };
      continue;
    }
    if (run && run.count >= 3) out.push({ start: run.start, end: run.end });
    run = undefined;
  }
  return out;
}

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
    messages: {
      instructions: "GitHub's template instructions are still here, expected the project's own text.",
      sampleTable:
        "GitHub's sample version table (5.1.x, 5.0.x, 4.0.x, < 4.0) is still here, expected the project's own versions.",
    },
    fixTitles: {
      remove: 'Remove the template instructions',
    },
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
      // Reworded ('our project') is still the template.
      {
        text: '# Security Policy\n\n## Supported Versions\n\nUse this section to tell people about which versions of our project are\ncurrently being supported with security updates.\n\nOnly 2.x is.\n',
        expect: [
          {
            line: 5,
            column: 1,
            message: "GitHub's template instructions are still here, expected the project's own text.",
          },
        ],
        fixed: '# Security Policy\n\n## Supported Versions\n\nOnly 2.x is.\n',
      },
      // Translations: the author's project as "your project", in German, Portuguese and Korean.
      {
        text: '# Sicherheitsrichtlinie\n\n## Unterstützte Versionen\n\nHier siehst du, welche Versionen deines Projekts derzeit mit Sicherheitsupdates unterstützt werden.\n\nNur 2.x.\n',
        expect: [
          {
            line: 5,
            column: 17,
            message: "GitHub's template instructions are still here, expected the project's own text.",
          },
        ],
        fixed: '# Sicherheitsrichtlinie\n\n## Unterstützte Versionen\n\nNur 2.x.\n',
      },
      {
        text: '# Política de Segurança\n\n## Versões suportadas\n\nEsta seção informa quais versões do projeto estão sendo suportadas com atualizações de segurança.\n\nApenas a 2.x.\n',
        expect: [
          {
            line: 5,
            column: 1,
            message: "GitHub's template instructions are still here, expected the project's own text.",
          },
        ],
        fixed: '# Política de Segurança\n\n## Versões suportadas\n\nApenas a 2.x.\n',
      },
      {
        text: '# 보안 정책\n\n## 지원되는 버전\n\n프로젝트의 어떤 버전이 현재 보안 업데이트로 지원되는지 알려주세요.\n\n2.x만 지원합니다.\n',
        expect: [
          {
            line: 5,
            column: 1,
            message: "GitHub's template instructions are still here, expected the project's own text.",
          },
        ],
        fixed: '# 보안 정책\n\n## 지원되는 버전\n\n2.x만 지원합니다.\n',
      },
      // An instruction to the author: "describe it here".
      {
        text: '# Política de seguridad\n\n## Reportar una vulnerabilidad\n\nInforma a los usuarios cómo reportar una vulnerabilidad. Si tienes un proceso para ello, descríbelo aquí.\n\nEscribe a security@acme.org.\n',
        expect: [
          {
            line: 5,
            column: 90,
            message: "GitHub's template instructions are still here, expected the project's own text.",
          },
        ],
        fixed: '# Política de seguridad\n\n## Reportar una vulnerabilidad\n\nEscribe a security@acme.org.\n',
      },
      // The sample table pasted as text, tab-separated.
      {
        text: '# Security Policy\n\nSupported Versions\n\nVersion\tSupported\n5.1.x\t:white_check_mark:\n5.0.x\t:x:\n4.0.x\t:white_check_mark:\n< 4.0\t:x:\n',
        expect: [
          {
            line: 6,
            column: 1,
            message:
              "GitHub's sample version table (5.1.x, 5.0.x, 4.0.x, < 4.0) is still here, expected the project's own versions.",
          },
        ],
      },
    ],
    valid: [
      { text: '# Security Policy\n\n| Version | Supported |\n| --- | --- |\n| 2.x | ✅ |\n' },
      // The project's own table that happens to list 5.1.x, 5.0.x and 4.0.x among its versions.
      {
        text: '# Security Policy\n\n| Version | Supported |\n| --- | --- |\n| 11.x | ✅ |\n| 7.8.x | ✅ |\n| 5.4.x | ✅ |\n| 5.1.x | ❌ |\n| 5.0.x | ❌ |\n| 4.0.x | ❌ |\n| 3.x | ❌ |\n',
      },
    ],
  },
  md(doc, context) {
    TEMPLATE_SENTENCES.lastIndex = 0;
    const seen = new Set<number>();
    for (let m = TEMPLATE_SENTENCES.exec(doc.masked); m; m = TEMPLATE_SENTENCES.exec(doc.masked)) {
      const paragraph = doc.logicalLine(m.index);
      // One finding per paragraph, however many of the template's phrases it keeps.
      if (seen.has(paragraph.start)) continue;
      seen.add(paragraph.start);
      let removeEnd = paragraph.end;
      const rest = /^(?:\r?\n){1,2}/.exec(doc.text.slice(removeEnd));
      if (rest) removeEnd += rest[0].length;
      context.report({
        messageId: 'instructions',
        start: m.index,
        end: m.index + m[0].length,
        fix: {
          titleId: 'remove',
          edits: [{ start: paragraph.start, end: removeEnd, newText: '' }],
          safe: false,
        },
      });
    }
    for (const run of sampleTextRows(doc)) {
      context.report({
        messageId: 'sampleTable',
        ...run,
      });
    }
    for (const table of doc.markdown.tables) {
      const sample = table.lines.filter((l) => SAMPLE_ROW.test(doc.text.slice(l.start, l.end)));
      if (sample.length >= 3 && sample.length * 2 >= table.lines.length - 2) {
        context.report({
          messageId: 'sampleTable',
          start: sample[0].start,
          end: sample[sample.length - 1].end,
        });
      }
    }
  },
});
