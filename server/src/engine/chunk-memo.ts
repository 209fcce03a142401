/**
 * Parsed Markdown chunks remembered across documents, least recently used dropped first, within a budget of
 * characters. A check over many repositories meets the same sections again and again (a company's template, GitHub's
 * default policy, a policy copied from a sister project with the name changed), and each is parsed once.
 *
 * A section is kept only the second time it is met: most sections of a repository's policy are its own (its name,
 * its address), and keeping them would fill the memo with text that never comes again, and the memory with it.
 */
import type { MarkdownModel } from './markdown';

/** Sections met once are remembered by a hash, this many at most (2.4 MB, measured) before starting afresh. */
const MAX_MET_ONCE = 100_000;

/**
 * FNV-1a over the UTF-16 code units, cut to 30 bits so that V8 stores it as a small integer (a full 32-bit value
 * takes a third more room in the set). A collision only lets a section in a visit early.
 */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 2;
}

export class ChunkMemo {
  /** Insertion order is recency order: a hit is moved to the end, eviction takes from the front. */
  private readonly models = new Map<string, MarkdownModel>();
  private readonly metOnce = new Set<number>();
  private chars = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxChars: number) {}

  get(text: string): MarkdownModel | undefined {
    const model = this.models.get(text);
    if (!model) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.models.delete(text);
    this.models.set(text, model);
    return model;
  }

  set(text: string, model: MarkdownModel): void {
    if (text.length > this.maxChars || this.models.has(text)) return;
    const key = hash(text);
    if (!this.metOnce.delete(key)) {
      if (this.metOnce.size >= MAX_MET_ONCE) this.metOnce.clear();
      this.metOnce.add(key);
      return;
    }
    this.models.set(text, model);
    this.chars += text.length;
    for (const oldest of this.models.keys()) {
      if (this.chars <= this.maxChars) break;
      this.models.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  get size(): number {
    return this.models.size;
  }

  /** Characters of chunk text held, which bounds the memory the memo uses. */
  get heldChars(): number {
    return this.chars;
  }
}
