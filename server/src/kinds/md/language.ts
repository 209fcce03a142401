/**
 * The language a policy is written in, and whether the engine reads it: the lexicon covers ten languages, and a
 * rule that reports something missing ("no response time") must not say so about prose it cannot read. Detected
 * by script (Hangul, kana, Han, Cyrillic, Thai, Arabic, Hebrew) and, for Latin script, by the share of each
 * language's most common words.
 */
import { LANGUAGES } from '../../core/timeframe-words';

/** The languages the lexicon reads. */
export const READ_LANGUAGES: ReadonlySet<string> = new Set(LANGUAGES);

export const COMMON_WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'to',
    'of',
    'is',
    'you',
    'we',
    'for',
    'please',
    'with',
    'be',
    'not',
    'this',
    'that',
    'will',
    'are',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'wir',
    'sie',
    'mit',
    'bitte',
    'für',
    'ein',
    'eine',
    'zu',
    'auf',
    'werden',
  ],
  es: ['el', 'la', 'los', 'las', 'que', 'y', 'en', 'por', 'para', 'con', 'una', 'es', 'se', 'del', 'su', 'si'],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'et',
    'est',
    'vous',
    'nous',
    'pour',
    'avec',
    'une',
    'pas',
    'dans',
    'du',
    'sur',
    'votre',
  ],
  pt: ['o', 'os', 'que', 'e', 'em', 'para', 'com', 'não', 'uma', 'um', 'é', 'do', 'da', 'você', 'seu'],
  it: ['il', 'lo', 'che', 'è', 'per', 'con', 'non', 'una', 'un', 'del', 'della', 'di', 'sono', 'gli', 'le', 'tua'],
  nl: ['het', 'een', 'en', 'van', 'niet', 'wij', 'u', 'voor', 'met', 'op', 'te', 'dat', 'zijn', 'worden', 'uw', 'ons'],
  pl: ['w', 'z', 'na', 'nie', 'się', 'jest', 'do', 'że', 'lub', 'oraz', 'jeśli', 'przez', 'aby', 'zgłoszenie', 'luki'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'lütfen', 'olarak', 'değil', 'veya', 'gibi', 'daha', 'olan', 'her', 'çok'],
  vi: ['và', 'của', 'các', 'là', 'có', 'không', 'để', 'được', 'cho', 'trong', 'với', 'một', 'những', 'này'],
  id: ['dan', 'yang', 'untuk', 'dengan', 'tidak', 'ini', 'itu', 'kami', 'anda', 'atau', 'dari', 'akan', 'dapat'],
  sv: ['och', 'att', 'är', 'för', 'med', 'inte', 'vi', 'du', 'som', 'på', 'av', 'det', 'en', 'om'],
};
export const LANGUAGES_WITH_WORDS = Object.keys(COMMON_WORDS);
/** Each common word's languages, by their index in LANGUAGES_WITH_WORDS: one lookup per word of a text. */
const LANGUAGES_OF_WORD = new Map<string, number[]>();
Object.values(COMMON_WORDS).forEach((words, index) => {
  for (const word of new Set(words)) LANGUAGES_OF_WORD.set(word, [...(LANGUAGES_OF_WORD.get(word) ?? []), index]);
});

/** How many of the words are common words of each language, in the order of LANGUAGES_WITH_WORDS. */
function commonWordHits(words: readonly string[]): number[] {
  const hits = LANGUAGES_WITH_WORDS.map(() => 0);
  for (const word of words) for (const index of LANGUAGES_OF_WORD.get(word) ?? []) hits[index]++;
  return hits;
}

export interface PolicyLanguage {
  /** A BCP 47 primary tag ("de"), or "und" when nothing can be told. */
  code: string;
  /** True when the lexicon reads it (or nothing can be told, as for a policy of links and addresses). */
  read: boolean;
}

/** How much of a policy's prose the language is told from: its first characters. */
export const LANGUAGE_SAMPLE_CHARS = 20_000;

/** The scripts told apart by their letters, in the order of their counts in LanguageCounts. */
const [HANGUL, KANA, HAN, CYRILLIC, THAI, ARABIC, HEBREW, LATIN] = [0, 1, 2, 3, 4, 5, 6, 7];
const WORDS = 8;
const HITS = 9;

/**
 * What a language is told from, as one vector: the letters of each script (HANGUL to LATIN), the words (runs of
 * letters) at WORDS, and from HITS on how many of them are common words of each language (LANGUAGES_WITH_WORDS'
 * order). The vectors of two texts cut apart at a line start add up to the vector of the whole, so a policy's is
 * summed from its sections' (see ./policy.ts).
 */
export type LanguageCounts = readonly number[];

/** The counts of `lowerProse` (lower-cased prose, code masked). */
export function languageCounts(lowerProse: string): LanguageCounts {
  const counts = new Array<number>(HITS + LANGUAGES_WITH_WORDS.length).fill(0);
  countScripts(lowerProse, counts);
  countWords(lowerProse, counts);
  return counts;
}

function countScripts(text: string, counts: number[]): void {
  // Code units, not code points: every range below is in the Basic Multilingual Plane, and a surrogate falls in none.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) counts[LATIN]++;
    } else if (c >= 0xac00 && c <= 0xd7af) counts[HANGUL]++;
    else if (c >= 0x3040 && c <= 0x30ff) counts[KANA]++;
    else if (c >= 0x4e00 && c <= 0x9fff) counts[HAN]++;
    else if (c >= 0x0400 && c <= 0x04ff) counts[CYRILLIC]++;
    else if (c >= 0x0e00 && c <= 0x0e7f) counts[THAI]++;
    else if (c >= 0x0600 && c <= 0x06ff) counts[ARABIC]++;
    else if (c >= 0x0590 && c <= 0x05ff) counts[HEBREW]++;
    else if (c >= 0xc0 && c <= 0x24f) counts[LATIN]++;
  }
}

/** FNV-1a over code units: common words are looked up by the hash of a word's units, without cutting it out. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const COMMON_BY_HASH = new Map<number, Array<{ word: string; languages: number[] }>>();
for (const [word, languages] of LANGUAGES_OF_WORD) {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  COMMON_BY_HASH.set(h, [...(COMMON_BY_HASH.get(h) ?? []), { word, languages }]);
}

const LETTER = /^\p{L}$/u;
/** Whether each code unit of the Basic Multilingual Plane is a letter: 0 not yet known, 1 a letter, 2 not one. */
const BMP_LETTERS = new Uint8Array(0x10000);

/** The length (1 or 2 code units) of the letter at `i`, or 0 when there is none: as `\p{L}` with the `u` flag. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (BMP_LETTERS[c] === 0)
    BMP_LETTERS[c] = c >= 0xdc00 && c <= 0xdfff ? 2 : LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return BMP_LETTERS[c] === 1 ? 1 : 0;
}

/** Counts the words of `text` (as `text.match(/\p{L}+/gu)` finds them) and the common words of each language. */
function countWords(text: string, counts: number[]): void {
  for (let i = 0; i < text.length;) {
    let width = letterAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    do {
      for (const end = i + width; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
      width = i < text.length ? letterAt(text, i) : 0;
    } while (width > 0);
    counts[WORDS]++;
    for (const common of COMMON_BY_HASH.get(h) ?? [])
      if (common.word.length === i - start && text.startsWith(common.word, start))
        for (const index of common.languages) counts[HITS + index]++;
  }
}

/** Detects the language of a policy's prose (lower-cased, code masked); looks at its first LANGUAGE_SAMPLE_CHARS. */
export function detectLanguage(lowerProse: string): PolicyLanguage {
  return languageFrom(languageCounts(lowerProse.slice(0, LANGUAGE_SAMPLE_CHARS)));
}

/** The language told by the counts of a policy's prose (at most its first LANGUAGE_SAMPLE_CHARS). */
export function languageFrom(counts: LanguageCounts): PolicyLanguage {
  // A script counts when it is a fifth of the letters: a CJK policy often keeps English words and addresses.
  const letters = counts.slice(0, WORDS).reduce((a, b) => a + b, 0);
  const share = (n: number): number => (letters === 0 ? 0 : n / letters);
  if (share(counts[HANGUL]) > 0.2) return known('ko');
  if (share(counts[KANA]) > 0.05 && share(counts[KANA] + counts[HAN]) > 0.2) return known('ja');
  if (share(counts[HAN]) > 0.2) return known('zh');
  if (share(counts[CYRILLIC]) > 0.2) return known('ru');
  if (share(counts[THAI]) > 0.2) return known('th');
  if (share(counts[ARABIC]) > 0.2) return known('ar');
  if (share(counts[HEBREW]) > 0.2) return known('he');
  return latinLanguage(counts[WORDS], counts.slice(HITS));
}

function known(code: string): PolicyLanguage {
  return { code, read: READ_LANGUAGES.has(code) };
}

function latinLanguage(words: number, hits: readonly number[]): PolicyLanguage {
  if (words < 20) return { code: 'und', read: true };
  let best = 'und';
  let bestHits = 0;
  hits.forEach((n, index) => {
    if (n > bestHits) [best, bestHits] = [LANGUAGES_WITH_WORDS[index], n];
  });
  // Too few common words of any language to tell: read it as if it were one we know rather than stay silent.
  return bestHits / words < 0.05 ? { code: 'und', read: true } : known(best);
}

/**
 * The language to write into a policy (a quick fix's sentence): as detected, or, in a text too short to tell, the
 * one language whose common words it holds most ("Schreiben Sie an …"), addresses and links left out (the "com" of
 * a URL is no Portuguese); "und" when none stands out. `detected`: the text's language when already worked out.
 */
export function writingLanguage(lowerProse: string, detected: PolicyLanguage = detectLanguage(lowerProse)): string {
  if (detected.code !== 'und') return detected.code;
  const words = lowerProse
    .slice(0, LANGUAGE_SAMPLE_CHARS)
    .split(/\s+/)
    .filter((token) => !token.includes('/') && !token.includes('@') && !/\p{L}\.\p{L}/u.test(token))
    .flatMap((token) => token.match(/\p{L}+/gu) ?? []);
  let best = 'und';
  let bestHits = 0;
  let tie = false;
  commonWordHits(words).forEach((hits, index) => {
    if (hits > bestHits) [best, bestHits, tie] = [LANGUAGES_WITH_WORDS[index], hits, false];
    else if (hits === bestHits && hits > 0) tie = true;
  });
  return tie ? 'und' : best;
}

/** The language a policy is written in, from its raw text (for the editor's status: no parse needed). */
export function policyLanguageOf(text: string): PolicyLanguage {
  return detectLanguage(text.slice(0, LANGUAGE_SAMPLE_CHARS).toLowerCase());
}
