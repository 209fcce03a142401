/**
 * Scans of a policy's text run piece by piece (the sections the Markdown memo or the editor's cache parsed apart),
 * each piece's results kept with its parsed model. That model is shared by every document holding the same section
 * (a template's, a policy copied between repositories), so over an organisation a shared section is scanned once;
 * in the editor, the sections the user is not typing in are not scanned again.
 *
 * Only a scan that sees nothing across the start of an ATX heading line may run this way: a match or a lookaround
 * reaching from one section into the next would be lost. test/section-scans.test.ts compares each scan run this
 * way with the same scan over the whole text.
 */
import type { MarkdownModel, MarkdownPiece } from './markdown';

/** A scan of a text into items with offsets, and how to move an item by some offset. */
export interface PieceScan<T> {
  scan(text: string): T[];
  shift(item: T, by: number): T;
}

/** What each piece's scans found, by scan (a PieceScan, or the pattern of a yes/no test). */
const kept = new WeakMap<MarkdownModel, Map<object, unknown>>();

function keptFor(model: MarkdownModel): Map<object, unknown> {
  let results = kept.get(model);
  if (!results) kept.set(model, (results = new Map<object, unknown>()));
  return results;
}

/**
 * The items `scan` finds in `text`, in order, with document offsets. `text` is the document or a same-length
 * variant of it (folded prose); no pieces means it was parsed whole, and is scanned whole.
 */
export function scanPieces<T>(text: string, pieces: readonly MarkdownPiece[], scan: PieceScan<T>): T[] {
  if (pieces.length === 0) return scan.scan(text);
  const out: T[] = [];
  for (const piece of pieces) {
    const results = keptFor(piece.model);
    let found = results.get(scan) as T[] | undefined;
    if (!found) results.set(scan, (found = scan.scan(text.slice(piece.start, piece.end))));
    for (const item of found) out.push(scan.shift(item, piece.start));
  }
  return out;
}

/**
 * The sum, element by element, of the vectors `count` gives for each piece of `text` (kept with the piece, as scans
 * are), for counts that add up across a cut at a line start; `count` of the whole text when it was parsed whole.
 */
export function sumPieces(
  text: string,
  pieces: readonly MarkdownPiece[],
  count: (text: string) => readonly number[],
): readonly number[] {
  if (pieces.length === 0) return count(text);
  let sum: number[] | undefined;
  for (const piece of pieces) {
    const results = keptFor(piece.model);
    let found = results.get(count) as readonly number[] | undefined;
    if (!found) results.set(count, (found = count(text.slice(piece.start, piece.end))));
    if (!sum) sum = [...found];
    else for (let i = 0; i < sum.length; i++) sum[i] += found[i];
  }
  return sum!;
}

/** Whether `test` holds for some piece of `text` (for a pattern test: whether it matches anywhere). */
export function somePiece(
  text: string,
  pieces: readonly MarkdownPiece[],
  key: object,
  test: (text: string) => boolean,
): boolean {
  if (pieces.length === 0) return test(text);
  for (const piece of pieces) {
    const results = keptFor(piece.model);
    let holds = results.get(key) as boolean | undefined;
    if (holds === undefined) results.set(key, (holds = test(text.slice(piece.start, piece.end))));
    if (holds) return true;
  }
  return false;
}
