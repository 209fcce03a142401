/**
 * The inline part of the plainest Markdown (./markdown-simple.ts): within a paragraph, a heading, a quote's line or a
 * table cell, links written `[label](destination)`, code spans of single backticks, autolinks (`<https://…>`,
 * `<name@host>`), escapes, HTML tags on one line (./markdown-simple-html.ts), brackets that open no link (`[@]`,
 * `[ ]`, `[SECURITY]`), and the bare URLs of the text between them. Any other form returns false and the block
 * goes to micromark.
 *
 * Brackets are text only where the text holds no definition (the caller leaves any `]:` to micromark), so a `[label]`
 * can be no reference; and only when its `]` is followed by neither `(` nor `[`, and nothing that binds tighter than
 * a link (a code span, an autolink, HTML) starts inside it.
 */
import type { Link, MarkdownModel } from './markdown';
import { htmlTagAt, mayOpenTag } from './markdown-simple-html';
import { bareUrls, plainText } from './markdown-text';

const [OPEN, CLOSE, BACKTICK, NEWLINE, RETURN, SPACE, BANG, PAREN_OPEN, PAREN_CLOSE, PIPE, LESS, GREATER, BACKSLASH] = [
  0x5b, 0x5d, 0x60, 0x0a, 0x0d, 0x20, 0x21, 0x28, 0x29, 0x7c, 0x3c, 0x3e, 0x5c,
];
/** What a backslash escapes (CommonMark 2.4): ASCII punctuation, which is then text. */
const ESCAPABLE = /^[!-/:-@[-`{-~]$/;
/** After `<`, what may open a tag, a closing tag, a comment, a declaration or an instruction (CommonMark 6.6). */
const MAY_OPEN_TAG = /^[A-Za-z/!?]$/;
/**
 * An autolink's URI (CommonMark 6.5): a scheme of 2 to 32 characters, a colon, then no ASCII control character,
 * space, `<` or `>` (a no-break space or another Unicode space may be in it).
 */
// eslint-disable-next-line no-control-regex
const AUTOLINK_URI = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\x00-\x20\x7f<>]*$/;
/** An autolink's email address, in the plainest form: word characters, dots, plus and hyphen, and a dotted host. */
const AUTOLINK_EMAIL = /^[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}$/;
/** The longest autolink looked for; a longer one is left to micromark. */
const MAX_AUTOLINK = 2048;

/** What a markup character starts: its end, and the links and code ranges the model gains from it. */
interface Piece {
  end: number;
  links: Link[];
  code: Array<[number, number]>;
  /** What it adds to the plain text of the heading it is in: a label, a code span's or an autolink's text. */
  plain: string;
}
/** The markup character is text. */
const TEXT = 'text';

/**
 * Links, code spans, autolinks, HTML tags, escapes and the bare URLs of the text between them, from `from` to `to`;
 * false at anything else that could be markup (an image, a bracket that may open a link, HTML over lines).
 */
export function readInline(text: string, from: number, to: number, model: MarkdownModel): boolean {
  return plainOfInline(text, from, to, model) !== undefined;
}

/** What `readInline` reads, and the plain text of it as a heading has it (without escapes, code marks or HTML). */
export function plainOfInline(text: string, from: number, to: number, model: MarkdownModel): string | undefined {
  let runStart = from;
  let plain = '';
  let plainFrom = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      if (!ESCAPABLE.test(text.charAt(i + 1))) continue;
      plain += text.slice(plainFrom, i);
      plainFrom = ++i;
      continue;
    }
    if (c !== OPEN && c !== CLOSE && c !== BACKTICK && c !== LESS) continue;
    const piece = pieceAt(text, i, to);
    if (piece === undefined) return undefined;
    if (piece === TEXT) continue;
    model.links.push(...bareUrls(text, runStart, i));
    model.links.push(...piece.links);
    model.codeRanges.push(...piece.code);
    plain += text.slice(plainFrom, i) + piece.plain;
    runStart = plainFrom = piece.end;
    i = piece.end - 1;
  }
  model.links.push(...bareUrls(text, runStart, to));
  return plain + text.slice(plainFrom, to);
}

/** What the markup character at `at` starts, TEXT when it is plain text, undefined when it is left to micromark. */
function pieceAt(text: string, at: number, to: number): Piece | typeof TEXT | undefined {
  switch (text.charCodeAt(at)) {
    case CLOSE:
      return text.charCodeAt(at + 1) === PAREN_OPEN ? undefined : TEXT;
    case OPEN:
      return bracketIsText(text, at, to) ? TEXT : plainLink(text, at, to);
    case BACKTICK: {
      const end = codeSpanEnd(text, at, to);
      return end < 0
        ? undefined
        : { end, links: [], code: [[at, end]], plain: codeContent(text.slice(at + 1, end - 1)) };
    }
    default:
      return angleAt(text, at, to);
  }
}

/**
 * What a `<` starts: an autolink, an HTML tag on its line (./markdown-simple-html.ts), which ends the text before it
 * and adds the links of its `href`s, or text, when it can open neither (`< 1.0`, `<= 2.0`, `<SECURITY_EMAIL>`).
 */
function angleAt(text: string, at: number, to: number): Piece | typeof TEXT | undefined {
  const link = autolinkAt(text, at, to);
  if (link) return { end: link.end, links: [link], code: [], plain: text.slice(at + 1, link.end - 1) };
  if (MAY_OPEN_TAG.test(text.charAt(at + 1))) {
    const tag = htmlTagAt(text, at, to);
    return tag === TEXT || tag === undefined ? tag : { end: tag.end, links: tag.links, code: [], plain: '' };
  }
  // Only an email autolink can start here, and none does unless a `>` closes it before a space.
  for (let i = at + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c <= SPACE || c === LESS) return TEXT;
    if (c === GREATER) return undefined;
  }
  return TEXT;
}

/** Whether the `<` at `at` may open HTML: a tag, a comment, a declaration or an instruction, not an autolink. */
export function mayOpenHtml(text: string, at: number): boolean {
  return mayOpenTag(text.slice(at, at + MAX_AUTOLINK)) && autolinkAt(text, at, text.length) === undefined;
}

/**
 * Whether the `[` at `at` is text: not an image's, and its `]` (if any before `to`) is followed by neither `(` nor
 * `[`, with no `[`, backtick or `<` before it. False when it may open a link, which `plainLink` then reads or not.
 */
function bracketIsText(text: string, at: number, to: number): boolean {
  if (at > 0 && text.charCodeAt(at - 1) === BANG) return false;
  for (let i = at + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN || c === BACKTICK || c === LESS || c === BACKSLASH) return false;
    if (c === CLOSE) {
      const next = text.charCodeAt(i + 1);
      return next !== PAREN_OPEN && next !== OPEN;
    }
  }
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

/** A code span's text: one space stripped from each side when both have one and it is not all spaces. */
function codeContent(inner: string): string {
  return inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== ''
    ? inner.slice(1, -1)
    : inner;
}

/**
 * The plain link `[label](destination)` opened at `at` and closed before `to`, its label of text, escapes and code
 * spans over one line or more, its destination with at most one line ending before or after it; undefined for any
 * other form.
 */
function plainLink(text: string, at: number, to: number): Piece | undefined {
  if (at > 0 && text.charCodeAt(at - 1) === BANG) return undefined;
  const code: Array<[number, number]> = [];
  let plain = '';
  let plainFrom = at + 1;
  let close = at + 1;
  for (; close < to; close++) {
    const c = text.charCodeAt(close);
    if (c === CLOSE) break;
    if (c === BACKTICK) {
      const end = codeSpanEnd(text, close, to);
      if (end < 0) return undefined;
      plain += text.slice(plainFrom, close) + codeContent(text.slice(close + 1, end - 1));
      code.push([close, end]);
      plainFrom = end;
      close = end - 1;
    } else if (c === NEWLINE || c === RETURN) {
      // A label goes on over a line ending, which it keeps, without the spaces around it.
      const after = lineEndAfter(text, close);
      if (after < 0) return undefined;
      let lineEnd = close;
      while (lineEnd > plainFrom && text.charCodeAt(lineEnd - 1) === SPACE) lineEnd--;
      plain += text.slice(plainFrom, lineEnd) + text.slice(close, after);
      for (plainFrom = after; text.charCodeAt(plainFrom) === SPACE;) plainFrom++;
      close = plainFrom - 1;
    } else if (c === BACKSLASH && ESCAPABLE.test(text.charAt(close + 1))) {
      plain += text.slice(plainFrom, close);
      plainFrom = ++close;
    } else if (c === OPEN || c === PIPE || c === LESS) return undefined;
  }
  if (close === at + 1 || close >= to || text.charCodeAt(close + 1) !== PAREN_OPEN) return undefined;
  plain += text.slice(plainFrom, close);
  const urlStart = pastSpace(text, close + 2);
  let urlEnd = urlStart;
  for (; urlEnd < to; urlEnd++) {
    const c = text.charCodeAt(urlEnd);
    if (c === PAREN_CLOSE || c === SPACE || c === NEWLINE || c === RETURN) break;
    if (c < SPACE || c === PAREN_OPEN || c === OPEN || c === CLOSE || c === BACKTICK || c === PIPE || c === LESS)
      return undefined;
    if (c === BACKSLASH) return undefined;
  }
  const end = pastSpace(text, urlEnd) + 1;
  if (urlEnd === urlStart || end > to || text.charCodeAt(end - 1) !== PAREN_CLOSE) return undefined;
  const url = text.slice(urlStart, urlEnd);
  const label = plainText(plain);
  const kind = label === url || `mailto:${label}` === url ? 'autolink' : 'link';
  return { end, links: [{ url, label, start: at, end, kind }], code, plain };
}

/** Past the line ending at `at` (`\n` or `\r\n`); -1 for a lone carriage return. */
function lineEndAfter(text: string, at: number): number {
  if (text.charCodeAt(at) === NEWLINE) return at + 1;
  return text.charCodeAt(at + 1) === NEWLINE ? at + 2 : -1;
}

/** Past the spaces from `from`, with at most one line ending among them (around a link's destination). */
function pastSpace(text: string, from: number): number {
  let at = from;
  while (text.charCodeAt(at) === SPACE) at++;
  if (text.charCodeAt(at) === RETURN && text.charCodeAt(at + 1) === NEWLINE) at += 2;
  else if (text.charCodeAt(at) === NEWLINE) at++;
  else return at;
  while (text.charCodeAt(at) === SPACE) at++;
  return at;
}

/** The autolink `<uri>` or `<email>` opened at `at` and closed on its line before `to`; undefined for any other `<`. */
function autolinkAt(text: string, at: number, to: number): Link | undefined {
  const limit = Math.min(to, at + MAX_AUTOLINK);
  let close = at + 1;
  while (close < limit && text.charCodeAt(close) > SPACE && text.charCodeAt(close) !== LESS) {
    if (text.charCodeAt(close) === GREATER) break;
    close++;
  }
  if (close >= limit || text.charCodeAt(close) !== GREATER) return undefined;
  const inner = text.slice(at + 1, close);
  const email = !AUTOLINK_URI.test(inner) && AUTOLINK_EMAIL.test(inner) && hostLabelsAreValid(inner);
  if (!email && !AUTOLINK_URI.test(inner)) return undefined;
  return {
    url: email ? `mailto:${inner}` : inner,
    label: plainText(inner),
    start: at,
    end: close + 1,
    kind: 'autolink',
  };
}

/** An email autolink's host: no label starts or ends with a hyphen (CommonMark 6.5). */
function hostLabelsAreValid(email: string): boolean {
  return email
    .slice(email.indexOf('@') + 1)
    .split('.')
    .every((label) => !label.startsWith('-') && !label.endsWith('-'));
}
