/**
 * A unified diff of two texts by lines (`diff -u`), for showing a deployed security.txt against the local one.
 * Common lines at both ends are set aside first; the middle is aligned by a longest common subsequence when it is
 * small (a security.txt is a few dozen lines), else shown as replaced whole, so the cost stays bounded.
 */

/** One line of the diff: kept (' '), removed ('-') or added ('+'). */
type Op = { sign: ' ' | '-' | '+'; text: string };

/** Cells of the table for the middle part, beyond which it is shown as replaced whole. */
const MAX_CELLS = 1_000_000;
const CONTEXT = 3;

const linesOf = (text: string): string[] => {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
};

/** The edit script of `a` into `b` by a longest common subsequence (both short). */
function align(a: readonly string[], b: readonly string[]): Op[] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ sign: ' ', text: a[i++] });
      j++;
    } else if (i < a.length && (j === b.length || table[(i + 1) * width + j] >= table[i * width + j + 1]))
      ops.push({ sign: '-', text: a[i++] });
    else ops.push({ sign: '+', text: b[j++] });
  }
  return ops;
}

/** The edit script of `a` into `b`. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  const middle =
    (midA.length + 1) * (midB.length + 1) <= MAX_CELLS
      ? align(midA, midB)
      : [...midA.map((text) => ({ sign: '-' as const, text })), ...midB.map((text) => ({ sign: '+' as const, text }))];
  const kept = (text: string): Op => ({ sign: ' ', text });
  return [...a.slice(0, start).map(kept), ...middle, ...a.slice(a.length - end).map(kept)];
}

/** `start,count` of a hunk's side, as diff writes it (the line before, when empty). */
const range = (start: number, count: number): string =>
  count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`;

/**
 * The unified diff turning `before` into `after`, with three lines of context, under `--- beforeName` and
 * `+++ afterName`; '' when the texts have the same lines.
 */
export function unifiedDiff(before: string, after: string, beforeName: string, afterName: string): string {
  const ops = editScript(linesOf(before), linesOf(after));
  const changed = ops.flatMap((op, i) => (op.sign === ' ' ? [] : [i]));
  if (changed.length === 0) return '';
  const out = [`--- ${beforeName}`, `+++ ${afterName}`];
  // Lines before each op, in each text, to number the hunks.
  const atA: number[] = [];
  const atB: number[] = [];
  let inA = 0;
  let inB = 0;
  for (const op of ops) {
    atA.push(inA);
    atB.push(inB);
    if (op.sign !== '+') inA++;
    if (op.sign !== '-') inB++;
  }
  for (let k = 0; k < changed.length;) {
    const first = Math.max(0, changed[k] - CONTEXT);
    let last = changed[k];
    while (k < changed.length && changed[k] <= last + 2 * CONTEXT) last = changed[k++];
    const end = Math.min(ops.length, last + CONTEXT + 1);
    const hunk = ops.slice(first, end);
    const countA = hunk.filter((op) => op.sign !== '+').length;
    const countB = hunk.filter((op) => op.sign !== '-').length;
    out.push(`@@ -${range(atA[first], countA)} +${range(atB[first], countB)} @@`);
    for (const op of hunk) out.push(`${op.sign}${op.text}`);
  }
  return `${out.join('\n')}\n`;
}
