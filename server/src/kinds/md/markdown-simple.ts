/**
 * Blocks whose model is read without micromark: what is left of real policies once prose is set apart
 * (./markdown-prose.ts) is mostly a heading of plain words, and paragraphs whose only markup is links written
 * `[label](destination)` and code spans of single backticks. Their model is a heading, links and code ranges at
 * offsets that need no parser to find, and handing each such block to micromark cost more than its model (bench g:
 * three quarters of micromark's calls on distinct real policies).
 *
 * Only the plainest form of each is read here, each on one line: a heading of `#` marks, a space and words without
 * markup; a link whose label holds no bracket, backtick or line break and whose destination holds no space,
 * parenthesis, bracket or backtick, with no title; a code span of one backtick on each side. Anything else (an
 * image, a reference, an escape, HTML, a table, a quote, a longer backtick run, markup across lines) returns
 * undefined and the block goes to micromark. `test/markdown-simple.test.ts` holds the model to micromark's on the
 * evaluation corpus's blocks and on generated texts dense in these characters.
 */
import type { Heading, Link, MarkdownModel } from './markdown';
import { MAX_OPENERS_PER_BLOCK } from './markdown-bounds';
import { MARKUP_LINE_START } from './markdown-prose';
import { bareUrls, emptyModel, plainText } from './markdown-text';

/** Characters that open what is not read here, or that change offsets or line ends (tabs, carriage returns, NUL). */
// eslint-disable-next-line no-control-regex
const UNREAD_CHARACTER = /[<\\|\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const [OPEN, CLOSE, BACKTICK, NEWLINE, SPACE, HASH, BANG, PAREN_OPEN, PAREN_CLOSE] = [
  0x5b, 0x5d, 0x60, 0x0a, 0x20, 0x23, 0x21, 0x28, 0x29,
];

/** The model micromark would give `text`, when it holds nothing but the plainest headings, links and code spans. */
export function simpleModelOf(text: string): MarkdownModel | undefined {
  if (UNREAD_CHARACTER.test(text) || openers(text) > MAX_OPENERS_PER_BLOCK) return undefined;
  const model = emptyModel();
  let from = 0;
  if (text.charCodeAt(0) === HASH) {
    const heading = plainHeading(text);
    if (!heading) return undefined;
    model.headings.push(heading.heading);
    model.links.push(...bareUrls(text, heading.textStart, heading.textEnd));
    from = heading.heading.end;
  }
  // A line that could open a block (a heading, a quote, fences, a break, a setext underline) is left to micromark.
  if (MARKUP_LINE_START.test(from === 0 ? text : text.slice(from))) return undefined;
  return readInline(text, from, model) ? model : undefined;
}

/** `[`, `]` and backticks: more than the bound and micromark reads the paragraph as plain text (./markdown-bounds.ts). */
function openers(text: string): number {
  let count = 0;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) count++;
  for (let i = text.indexOf(']'); i >= 0; i = text.indexOf(']', i + 1)) count++;
  for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i + 1)) count++;
  return count;
}

/** The ATX heading on the first line: `#` to `######`, a space, then words with no `#` or inline markup. */
function plainHeading(text: string): { heading: Heading; textStart: number; textEnd: number } | undefined {
  let depth = 0;
  while (text.charCodeAt(depth) === HASH) depth++;
  if (depth > 6 || text.charCodeAt(depth) !== SPACE) return undefined;
  const newline = text.indexOf('\n');
  const end = newline < 0 ? text.length : newline;
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
  return { heading, textStart, textEnd };
}

/**
 * Links, code spans and the bare URLs of the text between them, from `from` on; false at anything else that
 * could be markup (a bracket outside such a link, an image, a backtick run of another form).
 */
function readInline(text: string, from: number, model: MarkdownModel): boolean {
  let runStart = from;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CLOSE) return false;
    if (c !== OPEN && c !== BACKTICK) continue;
    const link = c === OPEN ? plainLink(text, i) : undefined;
    const end = c === BACKTICK ? codeSpanEnd(text, i) : (link?.end ?? -1);
    if (end < 0) return false;
    model.links.push(...bareUrls(text, runStart, i));
    if (link) model.links.push(link);
    else model.codeRanges.push([i, end]);
    runStart = end;
    i = end - 1;
  }
  model.links.push(...bareUrls(text, runStart, text.length));
  return true;
}

/** The end of a code span of single backticks opened at `at`, closed on the same line; -1 for any other form. */
function codeSpanEnd(text: string, at: number): number {
  if (text.charCodeAt(at + 1) === BACKTICK) return -1;
  const close = text.indexOf('`', at + 1);
  if (close < 0 || text.charCodeAt(close + 1) === BACKTICK) return -1;
  const newline = text.indexOf('\n', at);
  return newline >= 0 && newline < close ? -1 : close + 1;
}

/** The plain link `[label](destination)` opened at `at`; undefined for any other form. */
function plainLink(text: string, at: number): Link | undefined {
  if (at > 0 && text.charCodeAt(at - 1) === BANG) return undefined;
  let close = at + 1;
  for (; close < text.length; close++) {
    const c = text.charCodeAt(close);
    if (c === CLOSE) break;
    if (c === OPEN || c === BACKTICK || c === NEWLINE) return undefined;
  }
  if (close === at + 1 || text.charCodeAt(close + 1) !== PAREN_OPEN) return undefined;
  const urlStart = close + 2;
  let urlEnd = urlStart;
  for (; urlEnd < text.length; urlEnd++) {
    const c = text.charCodeAt(urlEnd);
    if (c === PAREN_CLOSE) break;
    if (c <= SPACE || c === PAREN_OPEN || c === OPEN || c === CLOSE || c === BACKTICK) return undefined;
  }
  if (urlEnd === urlStart || urlEnd === text.length) return undefined;
  const url = text.slice(urlStart, urlEnd);
  const label = plainText(text.slice(at + 1, close));
  const kind = label === url || `mailto:${label}` === url ? 'autolink' : 'link';
  return { url, label, start: at, end: urlEnd + 1, kind };
}
