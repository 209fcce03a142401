/**
 * A unified diff of two texts by lines (`diff -u`): a deployed security.txt against the local one, and what
 * `check --diff` shows `--fix` would change. Common lines at both ends are set aside first; the middle is aligned by
 * a longest common subsequence when it is small (a security.txt is a few dozen lines), else shown as replaced whole,
 * so the cost stays bounded.
 *
 * By default lines are compared as read (CRLF and LF alike, a missing last line break ignored): the deployed copy is
 * compared for what it says. `exact` compares bytes, as `diff -u` and `git diff` do: a line keeps its CR, and a last
 * line without a line break differs from the same line with one and is followed by `\ No newline at end of file`,
 * so that `patch` applied to the old text gives the new one exactly.
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

/** The lines with their line breaks ('\n', after a CR if any); the last has none when the text does not end in one. */
const exactLinesOf = (text: string): string[] => {
  const parts = text.split('\n');
  const last = parts.pop() as string;
  const lines = parts.map((part) => `${part}\n`);
  if (last !== '') lines.push(last);
  return lines;
};

/** A line of the diff as written: the sign, the line without its '\n', and the marker when it has none. */
const written = (op: Op, exact: boolean): string[] => {
  if (!exact) return [`${op.sign}${op.text}`];
  if (op.text.endsWith('\n')) return [`${op.sign}${op.text.slice(0, -1)}`];
  return [`${op.sign}${op.text}`, '\\ No newline at end of file'];
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
 * `+++ afterName`; '' when the texts have the same lines (with `exact`, the same bytes).
 */
export function unifiedDiff(
  before: string,
  after: string,
  beforeName: string,
  afterName: string,
  options: { exact?: boolean } = {},
): string {
  const exact = options.exact === true;
  const split = exact ? exactLinesOf : linesOf;
  const ops = editScript(split(before), split(after));
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
    for (const op of hunk) out.push(...written(op, exact));
  }
  return `${out.join('\n')}\n`;
}
