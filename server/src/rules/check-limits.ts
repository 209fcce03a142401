import { defineRule } from '../core/rule';
import { LIMITS_RULE_ID, MAX_EDITOR_DOCUMENT_BYTES, MAX_FINDINGS_PER_FILE } from '../core/limits';
import { MAX_FILE_BYTES } from '../core/locations';

const OPENERS = '[a]('.repeat(130);

/**
 * Where the checker read less than the whole file: Markdown whose markup passes the parser's bounds was read as
 * plain text (see kinds/md/markdown-bounds.ts), or more findings than MAX_FINDINGS_PER_FILE were found (the runner
 * adds that finding itself, see core/runner.ts).
 */
export default defineRule({
  meta: {
    id: LIMITS_RULE_ID,
    defaultSeverity: 'info',
    fixable: false,
    description: `Part of the file was read as plain text because its markup passes what any real policy has (hundreds of brackets or backticks in one paragraph, block quotes nested more than 16 deep), or the file has more than ${MAX_FINDINGS_PER_FILE} findings and the rest are not listed. In the editor, a file over ${MAX_EDITOR_DOCUMENT_BYTES / 1024 / 1024} MB is not checked at all, and a warning at its top says so (the CLI checks files up to ${MAX_FILE_BYTES / 1024 / 1024} MB).`,
    rationale:
      'A Markdown parser spends time that grows with the square of some crafted shapes (a paragraph of `[a](`, runs of backticks); one such file in a repository could stall the editor or an organisation scan. Reading that part as plain text keeps every check linear in the size of the file, and saying so keeps the result honest.',
    howToFix:
      'Nothing, if the file is what you meant: its prose is still checked. Otherwise split the marked paragraph, or remove the stray brackets or quote markers. With too many findings, fix the first ones (often one mistake repeated) and check again.',
    invalid: [
      {
        text: `# Security\n\nEmail security@acme.org. ${OPENERS}\n`,
        expect: [
          {
            line: 3,
            column: 1,
            message:
              'This paragraph has more brackets, backticks or quote markers than a policy has, so it is read as plain text (links and code in it are not seen as such).',
          },
        ],
      },
      {
        text: `# Security\n\n${'>'.repeat(20)} Email security@acme.org.\n`,
        expect: [
          {
            line: 3,
            column: 17,
            message:
              'This paragraph has more brackets, backticks or quote markers than a policy has, so it is read as plain text (links and code in it are not seen as such).',
          },
        ],
      },
    ],
    valid: [{ text: '# Security\n\nEmail security@acme.org. See [our policy](https://acme.org/security).\n' }],
  },
  md(doc, context) {
    for (const [start, end] of doc.markdown.plainRanges ?? []) {
      context.report({
        message:
          'This paragraph has more brackets, backticks or quote markers than a policy has, so it is read as plain text (links and code in it are not seen as such).',
        start,
        end: Math.min(end, doc.lines.lineEnd(doc.lines.positionAt(start).line)),
      });
    }
  },
});
