/** Patterns built from lists of words: each word escaped, so a list holds plain text. */

/** A literal as a pattern source, valid with the `u` flag (which forbids escaping `-`, `'` and the like). */
export function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** The words, each once in the order first given. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** An alternation of literals, the longest first, so the longest word at a place is the one matched. */
export function longestFirst(words: Iterable<string>): string {
  return unique(words)
    .sort((a, b) => b.length - a.length)
    .map(escapeLiteral)
    .join('|');
}
