/**
 * Blocks whose model is read without micromark: what is left of real policies once prose is set apart
 * (./markdown-prose.ts) is mostly headings, paragraphs whose only markup is plain links, code spans, autolinks,
 * escapes, line-break tags and brackets that open no link (./markdown-simple-inline.ts), tables of supported
 * versions, quotes, HTML comments, fenced code and thematic breaks. Their model is headings, links, code ranges,
 * comments and tables at offsets that need no parser to find, and micromark costs about 1.7 µs a character even
 * when warm (bench g).
 *
 * The text is read block by block, each in its plainest form: an ATX heading on one line with no `#` in its text; a
 * paragraph that no line of could open another block (one that starts a quote, a heading, fences or a comment ends
 * it); a table whose every row is framed by pipes, its delimiter row with as many cells as its header; a quote
 * whose every line starts with `>` and holds a line of a paragraph; a comment from `<!--` at the start of a line to
 * the end of the line holding `-->`; fenced code to its closing fence. Anything else (an image, a reference or
 * definition, HTML, a setext heading, markup across the lines of a quote, a tab, a lone carriage return) returns
 * undefined and the text goes to micromark. `test/markdown-simple.test.ts` holds the model to micromark's on the
 * evaluation corpus's blocks, sections and files, and `test/markdown-simple-properties.test.ts` on generated texts
 * and tables dense in these characters.
 */
import type { Heading, MarkdownModel } from './markdown';
import { MAX_OPENERS_PER_BLOCK } from './markdown-bounds';
import { closesFence, fenceOpenedBy } from './markdown-chunks';
import { MARKUP_LINE_START } from './markdown-prose';
import { opensHtmlBlock } from './markdown-simple-html';
import { mayOpenHtml, plainOfInline, readInline } from './markdown-simple-inline';
import { commentBody, emptyModel, hrefsOf, plainText, tableLines } from './markdown-text';

/** Characters that change offsets or line ends (tabs, lone carriage returns, NUL and other controls). */
// eslint-disable-next-line no-control-regex
const UNREAD_CHARACTER = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)/;
/** A line of spaces only: blank, but a table takes it as a row, so a table before one is left to micromark. */
const SPACES_ONLY = /^ +$/;
/** A thematic break: three or more `-`, `*` or `_`, spaces between (the model has nothing of it). */
const THEMATIC_BREAK = /^(?:(?:- *){3,}|(?:\* *){3,}|(?:_ *){3,})$/;
/** An ATX heading's marks at the start of a line (a line that is not one is a paragraph's). */
const ATX_MARKS = /^#{1,6}(?: |$)/;
const [BACKTICK, RETURN, SPACE, HASH, PIPE, LESS, GREATER, TILDE] = [0x60, 0x0d, 0x20, 0x23, 0x7c, 0x3c, 0x3e, 0x7e];

/** A block read: where the next one may start, or -1 when the block is not in its plainest form. */
type BlockReader = (text: string, at: number, model: MarkdownModel) => number;

/**
 * The model micromark would give `text`, when every block of it is one of the plainest forms read here (headings,
 * paragraphs, tables, quotes, comments, fenced code, thematic breaks); undefined otherwise.
 */
export function simpleModelOf(text: string): MarkdownModel | undefined {
  // A definition anywhere could turn a bracket into a reference: texts that may hold one are left to micromark.
  if (UNREAD_CHARACTER.test(text) || mayDefine(text) || openers(text) > MAX_OPENERS_PER_BLOCK) return undefined;
  const model = emptyModel();
  for (let at = 0; at < text.length;) {
    const [end, next] = lineAt(text, at);
    if (end === at || SPACES_ONLY.test(text.slice(at, end))) {
      at = next;
      continue;
    }
    at = readerAt(text, at)(text, at, model);
    if (at < 0) return undefined;
  }
  return model;
}

/** What reads the block that starts at `at`, from its first characters. */
function readerAt(text: string, at: number): BlockReader {
  const c = text.charCodeAt(at);
  if (c === HASH) return ATX_MARKS.test(text.slice(at, lineAt(text, at)[0])) ? readHeading : readParagraph;
  if (c === PIPE) return readTable;
  if (c === LESS) return text.startsWith('<!--', at) ? readComment : readHtmlBlock;
  if (c === BACKTICK || c === TILDE) return readFence;
  if (c === GREATER) return readQuote;
  if (THEMATIC_BREAK.test(text.slice(at, lineAt(text, at)[0]))) return (t, from) => lineAt(t, from)[1];
  return readParagraph;
}

/** Characters that may come before a definition's `[` on its line: indents, quote and list markers. */
const BEFORE_DEFINITION = new Set([...' >-*+.)0123456789']);

/**
 * Whether `text` may hold a link reference definition: a `]:` somewhere (its label may span lines) and a `[` with
 * nothing before it on its line but indents, quote markers and list markers (`{ ["key"]: 1 }` in code defines
 * nothing).
 */
function mayDefine(text: string): boolean {
  if (!text.includes(']:')) return false;
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
    let i = open - 1;
    while (i >= 0 && text[i] !== '\n' && BEFORE_DEFINITION.has(text[i])) i--;
    if (i < 0 || text[i] === '\n') return true;
  }
  return false;
}

/** `[`, `]`, `<` and backticks: more than the bound and micromark reads a paragraph as text (./markdown-bounds.ts). */
function openers(text: string): number {
  let count = 0;
  for (const c of '[]<`') for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) count++;
  return count;
}

/**
 * An ATX heading on the line at `at`: `#` to `######`, then a space and text without `#` whose markup is read as
 * plain, or nothing (an empty heading).
 */
function readHeading(text: string, at: number, model: MarkdownModel): number {
  let depth = 0;
  while (text.charCodeAt(at + depth) === HASH) depth++;
  const [end, next] = lineAt(text, at);
  if (depth > 6 || (text.charCodeAt(at + depth) !== SPACE && at + depth !== end)) return -1;
  let textStart = at + depth;
  while (text.charCodeAt(textStart) === SPACE) textStart++;
  let textEnd = end;
  while (textEnd > textStart && text.charCodeAt(textEnd - 1) === SPACE) textEnd--;
  const heading: Heading = { depth, text: '', start: at, end };
  model.headings.push(heading);
  if (textEnd === textStart) return next;
  // A `#` may close the heading (`## Title ##`): left to micromark.
  if (text.slice(textStart, textEnd).includes('#')) return -1;
  const plain = plainOfInline(text, textStart, textEnd, model);
  if (plain === undefined) return -1;
  heading.text = plainText(plain);
  return next;
}

/**
 * A paragraph from `at` to the next blank line, when no line of it could open another block (a heading, a quote,
 * fences, a break, a setext underline, HTML) and no pipe could make it a table; its inline markup read as plain.
 */
function readParagraph(text: string, at: number, model: MarkdownModel): number {
  const [end, next] = linesFrom(text, at, interrupts);
  if (!isPlainParagraph(text, at, end)) return -1;
  return readInline(text, at, end, model) ? next : -1;
}

/** Whether the line from `at` opens a block that ends a paragraph: a quote, a heading, fences, a comment or HTML. */
function interrupts(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  const line = text.slice(at, end);
  if (c === GREATER || (c === HASH && ATX_MARKS.test(line))) return true;
  if (c === LESS) return line.startsWith('<!--') || opensHtmlBlock(line);
  return (c === BACKTICK || c === TILDE) && fenceOpenedBy(line) !== undefined;
}

/**
 * Whether the lines from `at` to `end` make a paragraph and nothing else: no line could open another block (a
 * heading, a quote, fences, a break, a setext underline, a table's delimiter row, HTML).
 */
function isPlainParagraph(text: string, at: number, end: number): boolean {
  const paragraph = text.slice(at, end);
  if (MARKUP_LINE_START.test(paragraph)) return false;
  if (paragraph.includes('|') && paragraph.split('\n').some(isDelimiterLike)) return false;
  for (let line = at; line < end; line = lineAt(text, line)[1]) if (startsWithHtml(text, line)) return false;
  return true;
}

/** Whether a line from `at` starts with what may open an HTML block (`<br>` alone on a line; `<p>` ends a paragraph). */
function startsWithHtml(text: string, at: number): boolean {
  let first = at;
  while (text.charCodeAt(first) === SPACE) first++;
  return text.charCodeAt(first) === LESS && mayOpenHtml(text, first);
}

/** A line that could be a table's delimiter row: only pipes, colons, hyphens and spaces, with a hyphen. */
function isDelimiterLike(line: string): boolean {
  const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
  return trimmed.includes('-') && [...trimmed].every((c) => c === '|' || c === ':' || c === '-' || c === ' ');
}

/**
 * A block quote of `>` lines up to the next blank line, the content of each a line of a plain paragraph (a line of
 * `>` alone ends one); a line without `>` (lazy), a line that could be a table's delimiter row, or any block but a
 * paragraph is left to micromark. Each line is read on its own: a link or code span over two lines of a quote is
 * left to micromark too.
 */
function readQuote(text: string, at: number, model: MarkdownModel): number {
  let line = at;
  while (line < text.length) {
    const [end, next] = lineAt(text, line);
    if (end === line || SPACES_ONLY.test(text.slice(line, end))) break;
    if (text.charCodeAt(line) !== GREATER) return -1;
    const content = text.charCodeAt(line + 1) === SPACE ? line + 2 : line + 1;
    const blank = text.slice(content, end).trim() === '';
    if (!blank && (!isPlainParagraph(text, content, end) || !readInline(text, content, end, model))) return -1;
    line = next;
  }
  return line;
}

/** An HTML comment from `<!--` at `at` to the end of the line holding `-->`, when that line holds nothing after it. */
function readComment(text: string, at: number, model: MarkdownModel): number {
  // `<!-->` and `<!--->` are comments that close at once: left to micromark.
  if (text.charCodeAt(at + 4) === 0x3e || text.startsWith('->', at + 4)) return -1;
  const close = text.indexOf('-->', at + 4);
  if (close < 0) return -1;
  const [end, next] = lineAt(text, close);
  const body = commentBody(text.slice(at, end));
  if (body === undefined || end !== close + 3) return -1;
  model.comments.push({ body, start: at, end });
  model.codeRanges.push([at, end]);
  return next;
}

/**
 * An HTML block of a block-level tag (CommonMark's sixth kind: `<div align="center">`, `</p>`, `<h5>`) from `at` to
 * the next blank line, whatever it holds; the model has the links of its `href`s, each over the whole block. Any
 * other HTML block (raw text, a comment that does not end its line, an inline tag alone on a line) is left to
 * micromark.
 */
function readHtmlBlock(text: string, at: number, model: MarkdownModel): number {
  if (!opensHtmlBlock(text.slice(at, lineAt(text, at)[0]))) return -1;
  const [end, next] = linesFrom(text, at);
  for (const url of hrefsOf(text.slice(at, end))) model.links.push({ url, label: '', start: at, end, kind: 'html' });
  return next;
}

/** Fenced code from a fence at `at` to its closing fence; an unclosed fence is left to micromark. */
function readFence(text: string, at: number, model: MarkdownModel): number {
  const [end, next] = lineAt(text, at);
  const fence = fenceOpenedBy(text.slice(at, end));
  if (fence === undefined) return readParagraph(text, at, model);
  for (let line = next; line < text.length;) {
    const [lineEnd, after] = lineAt(text, line);
    if (closesFence(text.slice(line, lineEnd), fence)) {
      model.codeRanges.push([at, lineEnd]);
      return after;
    }
    line = after;
  }
  return -1;
}

/**
 * The lines from the one at `at` up to a blank line (or a line `stops` at): where the last one ends and where the
 * line after it starts.
 */
function linesFrom(
  text: string,
  at: number,
  stops: (text: string, line: number, end: number) => boolean = () => false,
): [end: number, next: number] {
  let [end, next] = lineAt(text, at);
  while (next < text.length) {
    const [lineEnd, after] = lineAt(text, next);
    if (lineEnd === next || SPACES_ONLY.test(text.slice(next, lineEnd)) || stops(text, next, lineEnd)) break;
    [end, next] = [lineEnd, after];
  }
  return [end, next];
}

/** Where the line from `at` ends (before `\r\n` or `\n`) and where the next one starts. */
function lineAt(text: string, at: number): [end: number, next: number] {
  const newline = text.indexOf('\n', at);
  if (newline < 0) return [text.length, text.length];
  return [text.charCodeAt(newline - 1) === RETURN ? newline - 1 : newline, newline + 1];
}

/**
 * A table of `|`-framed rows from `at` to the next empty line: a header, a delimiter row with as many cells, then
 * rows, each cell read as inline text; -1 for any other shape (a row without its frame, a line of spaces).
 */
function readTable(text: string, at: number, model: MarkdownModel): number {
  const rows: Array<[number, number]> = [];
  let next = at;
  while (next < text.length) {
    const [end, after] = lineAt(text, next);
    if (end === next) break;
    rows.push([next, end]);
    next = after;
  }
  if (rows.length < 2) return -1;
  // An escaped pipe does not split a cell: rows with escapes are left to micromark.
  if (rows.some(([start, end]) => text.slice(start, end).includes('\\'))) return -1;
  const cells = rows.map(([start, end]) => cellsOf(text, start, end));
  const delimiters = cells[1]?.map(([start, end]) => text.slice(start, end));
  if (cells.some((c) => !c) || cells[0]!.length !== delimiters!.length) return -1;
  if (!delimiters!.every((d) => /^ *:?-+:? *$/.test(d))) return -1;
  const end = rows[rows.length - 1][1];
  model.tables.push({ start: at, end, lines: tableLines(text, at, end) });
  for (const [i, row] of cells.entries())
    if (i !== 1 && !row!.every(([start, end]) => readInline(text, start, end, model))) return -1;
  return next;
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
