/**
 * The engine's caches and their budgets, in one place. Every cache keeps only what is computed from text alone (or
 * from code), so dropping one changes speed, never results. Where each lives:
 * - parsed documents and Markdown sections across repositories: `ParseMemo` (core/documents.ts), budgets per kind
 *   in the kind's descriptor (`memo`);
 * - texts met once by those memos: `TextMemo` (core/text-memo.ts), `metOnce` below;
 * - rule plans by kind and configuration: core/runner.ts, `plans`;
 * - rule findings replayed on a remembered document: core/replays.ts, `replaysPerRule`, gone with the document;
 * - what a policy heading means, by its text: kinds/md/policy.ts, `headingMeanings`;
 * - case-folded regex variants (core/fold.ts) and per-section scan results (kinds/md/section-scans.ts): weak maps
 *   keyed by a regex literal or a parsed section, bounded by the code and gone with the section.
 */

export const CACHE_BUDGETS = {
  /** Rule plans: a server sees a few configurations, a CLI run one per repository configuration. */
  plans: 100,
  /** Replays kept per rule and document: a file met in repositories that differ in what the rule reads. */
  replaysPerRule: 4,
  /** Texts a memo remembers having met once, by a 30-bit hash (2.4 MB, measured) before starting afresh. */
  metOnce: 100_000,
  /** Heading texts whose meaning is kept: the same few headings come back in policy after policy. */
  headingMeanings: 10_000,
} as const;

/** A map that starts afresh when it is full: for caches whose keys keep coming back. */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

/** A set that starts afresh when it is full. */
export class BoundedSet<V> extends Set<V> {
  constructor(private readonly max: number) {
    super();
  }

  override add(value: V): this {
    if (this.size >= this.max && !this.has(value)) this.clear();
    return super.add(value);
  }
}
