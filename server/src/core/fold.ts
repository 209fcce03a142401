/**
 * Case-insensitive matching made cheap: the text is lower-cased once (keeping every offset), and patterns are
 * run without the `i` flag, which in Unicode mode makes V8 fold the case of every character it compares.
 * The patterns themselves keep their `i` flag in the source, so they stay correct on their own.
 */

/** Lower case with the same length, so offsets into it are offsets into the original. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters lower-case to two code units (İ → i̇); keep those as they are.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const variants = new WeakMap<RegExp, RegExp>();
const globalVariants = new WeakMap<RegExp, RegExp>();

/** The same pattern without `i` (and with `g` when asked), for running over folded text. */
export function folded(pattern: RegExp, global = false): RegExp {
  const cache = global ? globalVariants : variants;
  let variant = cache.get(pattern);
  if (!variant) {
    variant = new RegExp(pattern.source, pattern.flags.replace(/[igy]/g, '') + (global ? 'g' : ''));
    cache.set(pattern, variant);
  }
  return variant;
}
