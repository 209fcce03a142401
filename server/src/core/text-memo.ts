/**
 * What was parsed from a text, remembered by that text across repositories, least recently used dropped first, within
 * a budget of characters. A check over many repositories meets the same texts again and again: sections of a
 * company's template or of GitHub's default policy, a security-insights.yml copied from a sister project. Each is
 * parsed once.
 *
 * A text is kept only the second time it is met: most of a repository's policy is its own (its name, its address),
 * and keeping it would fill the memo with text that never comes again, and the memory with it. A memo of files that
 * are usually copied whole (security.txt, security-insights.yml) keeps them the first time.
 */
import { BoundedSet, CACHE_BUDGETS } from './caches';

/**
 * FNV-1a over the UTF-16 code units, cut to 30 bits so that V8 stores it as a small integer (a full 32-bit value
 * takes a third more room in the set). A collision only lets a text in a visit early.
 */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 2;
}

export class TextMemo<V> {
  /** Insertion order is recency order: a hit is moved to the end, eviction takes from the front. */
  private readonly values = new Map<string, V>();
  private readonly metOnce = new BoundedSet<number>(CACHE_BUDGETS.metOnce);
  private chars = 0;
  hits = 0;
  misses = 0;

  /** `keepFirstMeeting`: keep a text the first time it is met, for texts usually copied whole (a template file). */
  constructor(
    private readonly maxChars: number,
    private readonly keepFirstMeeting = false,
  ) {}

  get(text: string): V | undefined {
    const value = this.values.get(text);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.values.delete(text);
    this.values.set(text, value);
    return value;
  }

  /**
   * What was parsed from `text`: the memo's, else `compute` of it. A text the memo is about to keep is first handed to
   * `own` (for a copy that keeps no larger string alive), and what is computed from that copy is kept.
   */
  remember(text: string, compute: (text: string) => V, own: (text: string) => string = (t) => t): V {
    const kept = this.get(text);
    if (kept !== undefined) return kept;
    if (!this.takes(text)) return compute(text);
    const key = own(text);
    const value = compute(key);
    this.store(key, value);
    return value;
  }

  /** Offers what was parsed from `text`; true when the memo keeps it. */
  set(text: string, value: V): boolean {
    if (!this.takes(text)) return false;
    this.store(text, value);
    return true;
  }

  /** Whether the memo keeps `text` when offered now; a first meeting is recorded instead (unless `keepFirstMeeting`). */
  private takes(text: string): boolean {
    if (text.length > this.maxChars || this.values.has(text)) return false;
    if (this.keepFirstMeeting) return true;
    const key = hash(text);
    if (this.metOnce.delete(key)) return true;
    this.metOnce.add(key);
    return false;
  }

  private store(text: string, value: V): void {
    this.values.set(text, value);
    this.chars += text.length;
    for (const oldest of this.values.keys()) {
      if (this.chars <= this.maxChars) break;
      this.values.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  get size(): number {
    return this.values.size;
  }

  /** Characters of text held, which bounds the memory the memo uses. */
  get heldChars(): number {
    return this.chars;
  }
}
