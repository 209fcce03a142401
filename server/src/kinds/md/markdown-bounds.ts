/**
 * What the Markdown parser is handed. micromark is quadratic or worse on a few crafted shapes (a paragraph of
 * `[a](` openers, `[[[…]]]`, runs of backticks of growing length: each opener looks ahead to the paragraph's end),
 * and its memory grows with every block-quote marker. cmark, md4c and markdown-it bound the same families. Here a
 * paragraph with more markup openers than any real policy has is read as plain text (its openers blanked, same
 * length, so every offset holds), and block quotes deeper than any real policy nests are read at that depth. The
 * ranges read that way are kept, so that the user is told.
 */

import { closesFence, fenceOpenedBy } from './markdown-chunks';

/** More `[`, `]`, `<` and backtick runs than this in one paragraph (or table row) and it is read as plain text. */
export const MAX_OPENERS_PER_BLOCK = 256;
/** Block quotes nested deeper than this are read as text at this depth. */
export const MAX_QUOTE_DEPTH = 16;

export interface Defused {
  /** The text to parse: the original when nothing was out of bounds, else a copy of the same length. */
  text: string;
  /** Source ranges read as plain text, in order. */
  plain: Array<[number, number]>;
}

interface Block {
  start: number;
  end: number;
  /** Whether its second line is a table's delimiter row: then each row is measured on its own. */
  table: boolean;
}

const DELIMITER_ROW = /^ {0,3}[|: \t]*-[-|: \t]*\r?$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** `text` with out-of-bounds paragraphs and quote markers blanked. */
export function defuse(text: string): Defused {
  const plain: Array<[number, number]> = [];
  for (const block of blocksOf(text)) {
    for (const [start, end] of block.table ? rowsOf(text, block) : [[block.start, block.end] as const]) {
      if (openers(text, start, end) > MAX_OPENERS_PER_BLOCK) plain.push([start, end]);
    }
    const deep = deepQuotes(text, block);
    if (deep) plain.push(deep);
  }
  if (plain.length === 0) return { text, plain };
  plain.sort((a, b) => a[0] - b[0]);
  return { text: blanked(text, plain), plain };
}

/** Paragraph-like runs of non-blank lines outside fenced code, with where they start and end. */
function* blocksOf(text: string): Generator<Block> {
  let fence: string | undefined;
  let block: Block | undefined;
  let lineInBlock = 0;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, Math.min(end, start + 200));
    const blank = line.trim() === '' && end - start < 200;
    const opened = fence === undefined ? fenceOpenedBy(line) : undefined;
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (opened !== undefined) {
      if (block) yield block;
      block = undefined;
      fence = opened;
    } else if (blank) {
      if (block) yield block;
      block = undefined;
    } else if (ATX_HEADING.test(line)) {
      // A heading is a block of its own, as in a document parsed section by section (./markdown-chunks.ts).
      if (block) yield block;
      block = undefined;
      yield { start, end, table: false };
    } else if (!block) {
      block = { start, end, table: false };
      lineInBlock = 1;
    } else {
      block.end = end;
      if (++lineInBlock === 2 && line.includes('|') && DELIMITER_ROW.test(line)) block.table = true;
    }
    start = end + 1;
  }
  if (block) yield block;
}

function* rowsOf(text: string, block: Block): Generator<readonly [number, number]> {
  for (let start = block.start; start < block.end;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline > block.end ? block.end : newline;
    yield [start, end];
    start = end + 1;
  }
}

/** `[`, `]`, `<` and runs of backticks between two offsets. */
function openers(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x5d || c === 0x3c) count++;
    else if (c === 0x60 && text.charCodeAt(i - 1) !== 0x60) count++;
  }
  return count;
}

/** The first and last offsets of block-quote markers past MAX_QUOTE_DEPTH in a block, if any. */
function deepQuotes(text: string, block: Block): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (const [start, end] of rowsOf(text, block)) {
    let depth = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3e) depth++;
      else if (c !== 0x20 && c !== 0x09) break;
      if (c === 0x3e && depth > MAX_QUOTE_DEPTH) {
        if (first < 0) first = i;
        last = i + 1;
      }
    }
  }
  return first < 0 ? undefined : [first, last];
}

/** A copy of `text` with, in each range, the characters that open markup replaced by spaces. */
function blanked(text: string, ranges: ReadonlyArray<[number, number]>): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from), text.slice(from, end).replace(/[[\]<>`]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
