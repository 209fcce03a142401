/**
 * The inline part of the plainest Markdown (./markdown-simple.ts): within a paragraph or a table cell, links written
 * `[label](destination)`, code spans of single backticks, autolinks (`<https://…>`, `<name@host>`), brackets that
 * open no link (`[@]`, `[ ]`, `[SECURITY]`), and the bare URLs of the text between them. Any other form returns
 * false and the block goes to micromark.
 *
 * Brackets are text only where the text holds no definition (the caller leaves any `]:` to micromark), so a `[label]`
 * can be no reference; and only when its `]` is followed by neither `(` nor `[`, and nothing that binds tighter than
 * a link (a code span, an autolink, HTML) starts inside it.
 */
import type { Link, MarkdownModel } from './markdown';
import { bareUrls, plainText } from './markdown-text';

const [OPEN, CLOSE, BACKTICK, NEWLINE, RETURN, SPACE, BANG, PAREN_OPEN, PAREN_CLOSE, PIPE, LESS, GREATER] = [
  0x5b, 0x5d, 0x60, 0x0a, 0x0d, 0x20, 0x21, 0x28, 0x29, 0x7c, 0x3c, 0x3e,
];
/** An autolink's URI (CommonMark 6.5): a scheme of 2 to 32 characters, a colon, no space, `<` or `>`. */
const AUTOLINK_URI = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/;
/** An autolink's email address, in the plainest form: word characters, dots, plus and hyphen, and a dotted host. */
const AUTOLINK_EMAIL = /^[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}$/;
/** The longest autolink looked for; a longer one is left to micromark. */
const MAX_AUTOLINK = 2048;

/**
 * Links, code spans, autolinks and the bare URLs of the text between them, from `from` to `to`; false at anything
 * else that could be markup (an image, a bracket that may open a link, a backtick run or `<` of another form).
 */
export function readInline(text: string, from: number, to: number, model: MarkdownModel): boolean {
  let runStart = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === CLOSE) {
      if (text.charCodeAt(i + 1) === PAREN_OPEN) return false;
      continue;
    }
    if (c === LESS && text.charCodeAt(i + 1) === SPACE) continue;
    if (c !== OPEN && c !== BACKTICK && c !== LESS) continue;
    if (c === OPEN && bracketIsText(text, i, to)) continue;
    const link = c === OPEN ? plainLink(text, i, to) : c === LESS ? autolinkAt(text, i, to) : undefined;
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

/**
 * Whether the `[` at `at` is text: not an image's, and its `]` (if any before `to`) is followed by neither `(` nor
 * `[`, with no `[`, backtick or `<` before it. False when it may open a link, which `plainLink` then reads or not.
 */
function bracketIsText(text: string, at: number, to: number): boolean {
  if (at > 0 && text.charCodeAt(at - 1) === BANG) return false;
  for (let i = at + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN || c === BACKTICK || c === LESS) return false;
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

/** The plain link `[label](destination)` opened at `at` and closed before `to`; undefined for any other form. */
function plainLink(text: string, at: number, to: number): Link | undefined {
  if (at > 0 && text.charCodeAt(at - 1) === BANG) return undefined;
  let close = at + 1;
  for (; close < to; close++) {
    const c = text.charCodeAt(close);
    if (c === CLOSE) break;
    if (c === OPEN || c === BACKTICK || c === NEWLINE || c === RETURN || c === PIPE || c === LESS) return undefined;
  }
  if (close === at + 1 || close >= to || text.charCodeAt(close + 1) !== PAREN_OPEN) return undefined;
  const urlStart = close + 2;
  let urlEnd = urlStart;
  for (; urlEnd < to; urlEnd++) {
    const c = text.charCodeAt(urlEnd);
    if (c === PAREN_CLOSE) break;
    if (c <= SPACE || c === PAREN_OPEN || c === OPEN || c === CLOSE || c === BACKTICK || c === PIPE || c === LESS)
      return undefined;
  }
  if (urlEnd === urlStart || urlEnd >= to) return undefined;
  const url = text.slice(urlStart, urlEnd);
  const label = plainText(text.slice(at + 1, close));
  const kind = label === url || `mailto:${label}` === url ? 'autolink' : 'link';
  return { url, label, start: at, end: urlEnd + 1, kind };
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
