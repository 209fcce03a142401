/**
 * The HTML the plain Markdown reader (./markdown-simple-inline.ts) reads inside a paragraph: an open or closing tag
 * on one line (`<a href="…">`, `</a>`, `<br/>`), which adds the links of its `href`s to the model and ends the text
 * before it, and a `<` that can open no tag (`<SECURITY_EMAIL>`, `<= 2.0`), which is text (CommonMark 6.6). A tag
 * over two lines, a comment, a declaration or an instruction is left to micromark.
 */
import type { Link } from './markdown';
import { htmlBlockNames } from 'micromark-util-html-tag-name';
import { hrefsOf } from './markdown-text';

const LETTER = /^[A-Za-z]$/;
const NAME_CHAR = /^[A-Za-z0-9-]$/;
const ATTRIBUTE_START = /^[A-Za-z_:]$/;
const ATTRIBUTE_CHAR = /^[A-Za-z0-9_.:-]$/;
/** What ends an unquoted attribute value. */
const UNQUOTED_END = ' "\'=<>`\r\n';
/** The longest tag looked for on its line. */
const MAX_TAG = 4096;

/** An HTML tag at `at`: where it ends, and the links of its `href`s (at the tag's offsets). */
export interface HtmlTag {
  end: number;
  links: Link[];
}

/**
 * What the `<` at `at` opens before `to`: a tag on one line, 'text' when no tag can start there, undefined when a
 * tag may but is not read here (over two lines, a comment, a declaration, an instruction). Autolinks are read before.
 */
export function htmlTagAt(text: string, at: number, to: number): HtmlTag | 'text' | undefined {
  const ahead = text.slice(at, Math.min(to, at + MAX_TAG));
  const length = tagLength(ahead);
  if (length > 0) {
    const end = at + length;
    const links = hrefsOf(ahead.slice(0, length)).map((url): Link => ({
      url,
      label: '',
      start: at,
      end,
      kind: 'html',
    }));
    return { end, links };
  }
  return mayOpenTag(ahead) ? undefined : 'text';
}

/**
 * The length of the open or closing tag `fromAngle` starts with, on its line (CommonMark 6.6): a name, attributes
 * each after spaces, with a value unquoted or quoted, then `/>` or `>`; 0 when it starts with none.
 */
function tagLength(fromAngle: string): number {
  const s = fromAngle;
  const closing = s.charAt(1) === '/';
  let i = tagNameEnd(s);
  if (i === 0) return 0;
  for (;;) {
    const spaced = i;
    while (s.charAt(i) === ' ') i++;
    if (s.charAt(i) === '>') return i + 1;
    if (closing) return 0;
    if (s.charAt(i) === '/') return s.charAt(i + 1) === '>' ? i + 2 : 0;
    if (i === spaced || !ATTRIBUTE_START.test(s.charAt(i))) return 0;
    while (ATTRIBUTE_CHAR.test(s.charAt(i))) i++;
    let value = i;
    while (s.charAt(value) === ' ') value++;
    if (s.charAt(value) !== '=') continue;
    for (value++; s.charAt(value) === ' ';) value++;
    i = valueEnd(s, value);
    if (i < 0) return 0;
  }
}

/** Where an attribute's value from `at` ends: after its closing quote, or at what ends an unquoted one; -1 if none. */
function valueEnd(s: string, at: number): number {
  const quote = s.charAt(at);
  if (quote === '"' || quote === "'") {
    const close = s.indexOf(quote, at + 1);
    return close < 0 || s.slice(at, close).includes('\n') || s.slice(at, close).includes('\r') ? -1 : close + 1;
  }
  let end = at;
  while (end < s.length && !UNQUOTED_END.includes(s.charAt(end))) end++;
  return end === at ? -1 : end;
}

/** Whether the text from a `<` may open HTML: `<!`, `<?`, or a tag's name followed by what a tag goes on with. */
export function mayOpenTag(fromAngle: string): boolean {
  const c = fromAngle.charAt(1);
  if (c === '!' || c === '?') return true;
  const i = tagNameEnd(fromAngle);
  return i > 0 && (i >= fromAngle.length || ' \r\n/>'.includes(fromAngle.charAt(i)));
}

/**
 * Whether the line from a `<` opens an HTML block of a block-level tag (CommonMark's sixth kind: `<div align>`,
 * `</p>`), which also ends a paragraph before it: a name of micromark's list, then a space, `>`, `/>` or the line's end.
 */
export function opensHtmlBlock(lineFromAngle: string): boolean {
  const end = tagNameEnd(lineFromAngle);
  if (end === 0) return false;
  const after = lineFromAngle.charAt(end);
  const ends = after === '' || after === ' ' || after === '>' || lineFromAngle.startsWith('/>', end);
  return (
    ends && htmlBlockNames.includes(lineFromAngle.slice(lineFromAngle.charAt(1) === '/' ? 2 : 1, end).toLowerCase())
  );
}

/** Where the name of the open or closing tag `fromAngle` starts with ends (`<name`, `</name`); 0 when it has none. */
function tagNameEnd(fromAngle: string): number {
  let i = fromAngle.charAt(1) === '/' ? 2 : 1;
  if (!LETTER.test(fromAngle.charAt(i))) return 0;
  while (NAME_CHAR.test(fromAngle.charAt(i))) i++;
  return i;
}
