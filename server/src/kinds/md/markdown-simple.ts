/**
 * Blocks whose model is read without micromark: what is left of real policies once prose is set apart
 * (./markdown-prose.ts) is mostly a heading of plain words, paragraphs whose only markup is links written
 * `[label](destination)` and code spans of single backticks, and tables of supported versions. Their model is
 * headings, links, code ranges and tables at offsets that need no parser to find, and handing each such block to
 * micromark cost more than its model (bench g: four in five of micromark's calls on distinct real policies).
 *
 * Only the plainest form of each is read here, each on one line: a heading of `#` marks, a space and words without
 * markup; a link whose label holds no bracket, backtick or line break and whose destination holds no space,
 * parenthesis, bracket or backtick, with no title; a code span of one backtick on each side; a table whose every
 * row is framed by pipes, its delimiter row with as many cells as its header, with such cells. Anything else (an
 * image, a reference, an escape, HTML, a quote, a longer backtick run, markup across lines) returns undefined and
 * the block goes to micromark. `test/markdown-simple.test.ts` holds the model to micromark's on the evaluation
 * corpus's blocks and on generated texts and tables dense in these characters.
 */
import type { Heading, Link, MarkdownModel } from './markdown';
import { MAX_OPENERS_PER_BLOCK } from './markdown-bounds';
import { MARKUP_LINE_START } from './markdown-prose';
import { bareUrls, emptyModel, plainText, tableLines } from './markdown-text';

/** Characters that open what is not read here, or that change offsets or line ends (tabs, lone carriage returns, NUL). */
// eslint-disable-next-line no-control-regex
const UNREAD_CHARACTER = /[\\\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)/;
/** `<` opens HTML or an autolink unless a space follows it: "< 1.0" in a table of versions is text. */
const ANGLE_MARKUP = /<(?! )/;
const [OPEN, CLOSE, BACKTICK, NEWLINE, RETURN, SPACE, HASH, BANG, PAREN_OPEN, PAREN_CLOSE, PIPE] = [
  0x5b, 0x5d, 0x60, 0x0a, 0x0d, 0x20, 0x23, 0x21, 0x28, 0x29, 0x7c,
];

/**
 * The model micromark would give `text`, when it holds nothing but the plainest headings, links, code spans and
 * tables.
 */
export function simpleModelOf(text: string): MarkdownModel | undefined {
  if (UNREAD_CHARACTER.test(text) || ANGLE_MARKUP.test(text) || openers(text) > MAX_OPENERS_PER_BLOCK) return undefined;
  const model = emptyModel();
  let from = 0;
  if (text.charCodeAt(0) === HASH) {
    const heading = plainHeading(text);
    if (!heading) return undefined;
    model.headings.push(heading.heading);
    model.links.push(...bareUrls(text, heading.textStart, heading.textEnd));
    from = heading.next;
  }
  if (text.charCodeAt(from) === PIPE) return readTable(text, from, model) ? model : undefined;
  // A line that could open a block (a heading, a quote, fences, a break, a setext underline) is left to micromark,
  // and so is a pipe that may belong to a table.
  const rest = from === 0 ? text : text.slice(from);
  if (MARKUP_LINE_START.test(rest) || rest.includes('|')) return undefined;
  return readInline(text, from, text.length, model) ? model : undefined;
}

/** `[`, `]`, `<` and backticks: more than the bound and micromark reads a paragraph as text (./markdown-bounds.ts). */
function openers(text: string): number {
  let count = 0;
  for (const c of '[]<`') for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) count++;
  return count;
}

/** The ATX heading on the first line: `#` to `######`, a space, then words with no `#` or inline markup. */
function plainHeading(
  text: string,
): { heading: Heading; textStart: number; textEnd: number; next: number } | undefined {
  let depth = 0;
  while (text.charCodeAt(depth) === HASH) depth++;
  if (depth > 6 || text.charCodeAt(depth) !== SPACE) return undefined;
  const [end, next] = lineAt(text, 0);
  let textStart = depth;
  while (text.charCodeAt(textStart) === SPACE) textStart++;
  let textEnd = end;
  while (textEnd > textStart && text.charCodeAt(textEnd - 1) === SPACE) textEnd--;
  if (textEnd === textStart) return undefined;
  for (let i = textStart; i < textEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === HASH || c === OPEN || c === CLOSE || c === BACKTICK) return undefined;
  }
  const heading = { depth, text: plainText(text.slice(textStart, textEnd)), start: 0, end };
  return { heading, textStart, textEnd, next };
}

/** Where the line from `at` ends (before `\r\n` or `\n`) and where the next one starts. */
function lineAt(text: string, at: number): [end: number, next: number] {
  const newline = text.indexOf('\n', at);
  if (newline < 0) return [text.length, text.length];
  return [text.charCodeAt(newline - 1) === RETURN ? newline - 1 : newline, newline + 1];
}

/**
 * A table of `|`-framed rows from `from` to the block's end: a header, a delimiter row with as many cells, then
 * rows, each cell read as inline text; false for any other shape (a row without its frame, text after the table).
 */
function readTable(text: string, from: number, model: MarkdownModel): boolean {
  const rows: Array<[number, number]> = [];
  let at = from;
  while (at < text.length) {
    const [end, next] = lineAt(text, at);
    if (end === at) break;
    rows.push([at, end]);
    at = next;
  }
  // Only line endings may follow: micromark takes a last line of spaces into the table.
  if (!/^(?:\r?\n)*$/.test(text.slice(at)) || rows.length < 2) return false;
  const cells = rows.map(([start, end]) => cellsOf(text, start, end));
  const delimiters = cells[1]?.map(([start, end]) => text.slice(start, end));
  if (cells.some((c) => !c) || cells[0]!.length !== delimiters!.length) return false;
  if (!delimiters!.every((d) => /^ *:?-+:? *$/.test(d))) return false;
  const end = rows[rows.length - 1][1];
  model.tables.push({ start: from, end, lines: tableLines(text, from, end) });
  for (const [i, row] of cells.entries())
    if (i !== 1 && !row!.every(([start, end]) => readInline(text, start, end, model))) return false;
  return true;
}

/** The cells of a row framed by pipes (`| a | b |`), between the pipes; undefined when the row is not framed. */
function cellsOf(text: string, start: number, end: number): Array<[number, number]> | undefined {
  let last = end;
  while (last > start && text.charCodeAt(last - 1) === SPACE) last--;
  if (text.charCodeAt(start) !== PIPE || text.charCodeAt(last - 1) !== PIPE || last - start < 2) return undefined;
  const cells: Array<[number, number]> = [];
  for (let pipe = start; pipe < last - 1;) {
    const next = text.indexOf('|', pipe + 1);
    cells.push([pipe + 1, next]);
    pipe = next;
  }
  return cells;
}

/**
 * Links, code spans and the bare URLs of the text between them, from `from` to `to`; false at anything else that
 * could be markup (a bracket outside such a link, an image, a backtick run of another form).
 */
function readInline(text: string, from: number, to: number, model: MarkdownModel): boolean {
  let runStart = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === CLOSE) return false;
    if (c !== OPEN && c !== BACKTICK) continue;
    const link = c === OPEN ? plainLink(text, i, to) : undefined;
    const end = c === BACKTICK ? codeSpanEnd(text, i, to) : (link?.end ?? -1);
    if (end < 0) return false;
    model.links.push(...bareUrls(text, runStart, i));
    if (link) model.links.push(link);
    else model.codeRanges.push([i, end]);
    runStart = end;
    i = end - 1;
  }
  model.links.push(...bareUrls(text, runStart, to));
  return true;
}

/** The end of a code span of single backticks opened at `at`, closed on its line before `to`; else -1. */
function codeSpanEnd(text: string, at: number, to: number): number {
  if (text.charCodeAt(at + 1) === BACKTICK) return -1;
  const close = text.indexOf('`', at + 1);
  if (close < 0 || close >= to || text.charCodeAt(close + 1) === BACKTICK) return -1;
  for (let i = at + 1; i < close; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || c === RETURN || c === PIPE) return -1;
  }
  return close + 1;
}

/** The plain link `[label](destination)` opened at `at` and closed before `to`; undefined for any other form. */
function plainLink(text: string, at: number, to: number): Link | undefined {
  if (at > 0 && text.charCodeAt(at - 1) === BANG) return undefined;
  let close = at + 1;
  for (; close < to; close++) {
    const c = text.charCodeAt(close);
    if (c === CLOSE) break;
    if (c === OPEN || c === BACKTICK || c === NEWLINE || c === RETURN || c === PIPE) return undefined;
  }
  if (close === at + 1 || close >= to || text.charCodeAt(close + 1) !== PAREN_OPEN) return undefined;
  const urlStart = close + 2;
  let urlEnd = urlStart;
  for (; urlEnd < to; urlEnd++) {
    const c = text.charCodeAt(urlEnd);
    if (c === PAREN_CLOSE) break;
    if (c <= SPACE || c === PAREN_OPEN || c === OPEN || c === CLOSE || c === BACKTICK || c === PIPE) return undefined;
  }
  if (urlEnd === urlStart || urlEnd >= to) return undefined;
  const url = text.slice(urlStart, urlEnd);
  const label = plainText(text.slice(at + 1, close));
  const kind = label === url || `mailto:${label}` === url ? 'autolink' : 'link';
  return { url, label, start: at, end: urlEnd + 1, kind };
}
