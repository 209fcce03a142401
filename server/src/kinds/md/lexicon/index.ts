/** The words of every language the lexicon reads, one module per language. */
import { LANGUAGES } from '../../../core/timeframe-words';
import type { Language, Term, Words } from './types';
import { en } from './en';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { it } from './it';
import { ru } from './ru';
import { zh } from './zh';
import { ja } from './ja';
import { ko } from './ko';

export { LANGUAGES };
export type { Language, Pattern, SectionKind, Term, Words } from './types';

export const LEXICON: Readonly<Record<Language, Words>> = { en, de, es, fr, pt, it, ru, zh, ja, ko };

/** How a term reads on a page: a literal as written, a pattern as its reading. */
export const termText = (term: Term): string => (typeof term === 'string' ? term : term.reads);
