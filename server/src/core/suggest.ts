/** "Did you mean": the known name nearest to a mistyped one, as eslint, ruff and git suggest. */

/** Edit distance with adjacent transpositions (optimal string alignment), so "no-cotnact" is one step away. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

/**
 * The candidate nearest to `name`, when near enough to be what was meant: at most a third of its length away
 * (at least one edit), or a candidate that contains it or that it contains. Ties go to the earlier candidate.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  if (wanted === '') return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const distance = editDistance(wanted, c);
    const near = distance <= Math.max(1, Math.floor(Math.max(wanted.length, c.length) / 3));
    const part = wanted.length >= 4 && (c.includes(wanted) || wanted.includes(c) || sameWords(wanted, c));
    if ((near || part) && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The same words in another order: "schema-insights" for "insights-schema". */
function sameWords(a: string, b: string): boolean {
  const words = (s: string): string =>
    s
      .split(/[-_.\s]/)
      .sort()
      .join(' ');
  return words(a) === words(b);
}

/** `; did you mean "x"?` for a message, or nothing. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const closest = closestName(name, candidates);
  return closest === undefined ? '' : `; did you mean "${closest}"?`;
}
