/** Applying text edits, and inserting blocks of Markdown with the blank lines around them right. */
import type { TextEdit } from './types';
import { detectEol } from './text';

/** Applies non-overlapping edits; throws on overlap so a bad fix never corrupts text silently. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) {
      throw new RangeError(`Overlapping or invalid edit ${e.start}-${e.end}`);
    }
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Whether two sets of edits touch the same text (insertions at one point count as touching). */
export function editsOverlap(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return a.some((x) => b.some((y) => (x.start < y.end && y.start < x.end) || x.start === y.start));
}

/**
 * Whether the text before `at` ends with a blank line (`\n`, spaces or tabs, `\r`, `\n`), read backwards from `at`:
 * a pattern anchored at the end would try every line ending of the text before it.
 */
function endsWithBlankLine(text: string, at: number): boolean {
  let i = at - 1;
  if (text.charCodeAt(i--) !== 0x0a) return false;
  if (text.charCodeAt(i) === 0x0d) i--;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i--;
  return text.charCodeAt(i) === 0x0a;
}

/**
 * An edit that inserts a Markdown block (lines without trailing newline) at a line start `at`, separated from
 * its neighbours by exactly the blank lines Markdown needs, in the document's own line endings.
 */
export function insertBlock(text: string, at: number, lines: readonly string[]): TextEdit {
  const eol = detectEol(text);
  const before = text.slice(0, at);
  const after = text.slice(at);
  let prefix = '';
  if (before.length > 0) {
    if (!/\n$/.test(before)) prefix = eol + eol;
    else if (!endsWithBlankLine(text, at) && /\S/.test(before)) prefix = eol;
  }
  const suffix = after.length === 0 ? eol : /^[ \t]*\r?\n/.test(after) ? eol : eol + eol;
  return { start: at, end: at, newText: prefix + lines.join(eol) + suffix };
}

/**
 * An edit that removes whole lines, from a line's start `start` to a line's end `end` (before its break), with one
 * line break: the one after them, or, when they end the text without one, the one before them. Whether the text
 * ends with a line break is left as it was.
 */
export function lineRemoval(text: string, start: number, end: number): TextEdit {
  if (text.startsWith('\r\n', end)) return { start, end: end + 2, newText: '' };
  if (text[end] === '\n' || text[end] === '\r') return { start, end: end + 1, newText: '' };
  const before = text.endsWith('\r\n', start) ? 2 : text[start - 1] === '\n' || text[start - 1] === '\r' ? 1 : 0;
  return { start: start - before, end, newText: '' };
}
