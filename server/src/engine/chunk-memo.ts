/**
 * Parsed Markdown chunks remembered across documents, least recently used dropped first, within a budget of
 * characters. A check over many repositories meets the same sections again and again (a company's template, GitHub's
 * default policy, a policy copied from a sister project with the name changed), and each is parsed once.
 */
import type { MarkdownModel } from './markdown';

export class ChunkMemo {
  /** Insertion order is recency order: a hit is moved to the end, eviction takes from the front. */
  private readonly models = new Map<string, MarkdownModel>();
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
