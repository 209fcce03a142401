/**
 * Completion and hover in the engine's terms, one `KindAssist` per kind (its descriptor's `assist`): plain data
 * about a position in a text, which the language server turns into LSP items (lsp/assist.ts).
 */
import type { ParseCache } from './kind';

/**
 * Where completion or hover is asked: the text, the 0-based line and character, and as offsets the place itself and
 * the start of its line.
 */
export interface AssistPosition {
  text: string;
  line: number;
  character: number;
  offset: number;
  lineStart: number;
  /** The document's parse cache, kept between its checks: an assist that parses the whole text reuses it. */
  cache?: ParseCache;
}

/** One completion proposal; it replaces the cursor's line from `from` (a character) to the cursor. */
export interface Proposal {
  label: string;
  /** What it proposes, for the editor's icon: a section snippet, a field, a field holding others, a value. */
  kind: 'snippet' | 'field' | 'group' | 'value';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  sortText?: string;
  filterText?: string;
  from: number;
  newText: string;
  /** `newText` has snippet tab stops (`$0`, `${1:x}`). */
  snippet?: boolean;
  /** Ask for completion again once inserted: the field's value can be proposed. */
  suggestAfter?: boolean;
}

/** What hover shows: Markdown about the text between two offsets. */
export interface HoverText {
  markdown: string;
  start: number;
  end: number;
}

export interface KindAssist {
  /** Characters after which the editor asks for completion by itself. */
  triggers: readonly string[];
  completions(at: AssistPosition, trigger: string | undefined, now: Date): Proposal[];
  hover?(at: AssistPosition): HoverText | undefined;
}

/** The cursor's line up to the cursor. */
export function lineBefore(at: AssistPosition): string {
  return at.text.slice(at.lineStart, at.offset);
}
