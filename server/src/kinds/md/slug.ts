/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, `-1`, `-2`… for repeats. */
const NOT_SLUG_CHAR = /[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu;

export function githubSlug(heading: string): string {
  return heading.trim().toLowerCase().replace(NOT_SLUG_CHAR, '').replace(/ /g, '-');
}

export function githubSlugs(headings: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headings.map((h) => {
    const base = githubSlug(h);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  });
}
