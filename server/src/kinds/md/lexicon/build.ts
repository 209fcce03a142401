/** Patterns built from the lexicon's lists: each literal escaped, each language's words bounded as the concept asks. */
import { escapeLiteral, unique } from '../../../core/patterns';
import { LANGUAGES, LEXICON } from './index';
import type { Language, Term, Words } from './types';

/**
 * How a language's words stand in the text: `word`, between word boundaries (`\b`, for Latin script); `letters`,
 * between non-letters (Cyrillic, which `\b` does not see); `start`, after a non-letter (a stem that takes endings);
 * `none`, anywhere (stems, and scripts written without spaces).
 */
export type Bound = 'word' | 'letters' | 'start' | 'none';
export type Bounds = Partial<Record<Language, Bound>>;

const termSource = (term: Term): string => (typeof term === 'string' ? escapeLiteral(term) : term.pattern);

function wrap(bound: Bound, parts: string[]): string {
  const inner = parts.join('|');
  if (bound === 'word') return String.raw`\b(?:${inner})\b`;
  if (bound === 'letters') return String.raw`(?<![\p{L}])(?:${inner})(?![\p{L}])`;
  if (bound === 'start') return String.raw`(?<!\p{L})(?:${inner})`;
  return inner;
}

/**
 * The alternation of a concept's terms in every language, in the languages' order; consecutive languages bounded
 * alike share one group.
 */
export function alternation(pick: (words: Words) => readonly Term[], bounds: Bounds = {}): string {
  const groups: Array<{ bound: Bound; parts: string[] }> = [];
  for (const language of LANGUAGES) {
    const parts = pick(LEXICON[language]).map(termSource);
    if (parts.length === 0) continue;
    const bound = bounds[language] ?? 'none';
    const last = groups.at(-1);
    if (last && last.bound === bound) last.parts.push(...parts);
    else groups.push({ bound, parts });
  }
  return groups.map((g) => wrap(g.bound, unique(g.parts))).join('|');
}

export function built(pick: (words: Words) => readonly Term[], flags: string, bounds: Bounds = {}): RegExp {
  return new RegExp(alternation(pick, bounds), flags);
}

/** "open a new private security advisory": the advisory words of every language, slot by slot. */
export function advisoryInstruction(): string {
  const slot = (pick: (a: NonNullable<Words['advisory']>) => readonly string[], space: string): string =>
    unique(LANGUAGES.flatMap((l) => (LEXICON[l].advisory ? pick(LEXICON[l].advisory) : [])))
      .map((w) => escapeLiteral(w) + space)
      .join('|');
  return `(?:${slot((a) => a.verbs, '')}) (?:${slot((a) => a.articles, ' ')})?(?:${slot((a) => a.new, ' ')})?(?:${slot((a) => a.private, ' ')})?(?:github )?security advisor`;
}
