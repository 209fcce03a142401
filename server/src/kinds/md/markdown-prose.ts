/**
 * Text in which the Markdown parser can find nothing the model records (./markdown.ts): most paragraphs and list
 * items of real policies. Their model is empty, so they are not handed to micromark, whose cost per parse is about
 * that of a short paragraph (bench g: a third of the blocks of the evaluation corpus's policies).
 *
 * With the constructs MICROMARK_EXTENSIONS turns off (emphasis, character references, hard breaks, lists, indented
 * code), what is left that the model records starts with a character below or at the start of a line below:
 * - links, images, definitions and link labels: `[` or `]`; autolinks and HTML: `<`; inline code: a backtick;
 *   escapes: a backslash; table cells: `|`;
 * - ATX headings `#`, block quotes `>`, setext underlines `=` or `-`, thematic breaks of `-`, `*` or `_`, fenced
 *   code of `~` (a backtick fence is caught above), and a table's delimiter row (`-` and `:`), at any indent, as
 *   indented code is off.
 * Conservative: text that merely looks like markup (a line `= 1`, a line of `- -`) is parsed as before.
 */

const MARKUP_CHARACTER = /[[\]<`\\|]/;
/**
 * A line that opens a block other than a paragraph (or may: conservative). A `#` does only as an ATX heading's marks
 * (`#TODO: add an address` is a paragraph's line).
 */
export const MARKUP_LINE_START = /^[ \t]*(?:[>=]|#{1,6}(?:[ \t\r]|$)|~~~|[-*_:][-*_: \t]*$)/m;

/** Whether `text` is prose alone: the parser would find no heading, link, table, code, comment or HTML in it. */
export function isProse(text: string): boolean {
  return !MARKUP_CHARACTER.test(text) && !MARKUP_LINE_START.test(text);
}
