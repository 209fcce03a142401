/**
 * The language a policy is written in, and whether the engine reads it: the lexicon covers ten languages, and a
 * rule that reports something missing ("no response time") must not say so about prose it cannot read. Detected
 * by script (Hangul, kana, Han, Cyrillic, Thai, Arabic, Hebrew) and, for Latin script, by the share of each
 * language's most common words.
 */
import { LANGUAGES } from '../../core/timeframe-words';

/** The languages the lexicon reads. */
export const READ_LANGUAGES: ReadonlySet<string> = new Set(LANGUAGES);

const COMMON_WORDS: Record<string, readonly string[]> = {
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
const LANGUAGES_WITH_WORDS = Object.keys(COMMON_WORDS);
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

/** Detects the language of a policy's prose (lower-cased, code masked); looks at the first 20,000 characters. */
export function detectLanguage(lowerProse: string): PolicyLanguage {
  const text = lowerProse.slice(0, 20_000);
  const counts = { hangul: 0, kana: 0, han: 0, cyrillic: 0, thai: 0, arabic: 0, hebrew: 0, latin: 0 };
  // Code units, not code points: every range below is in the Basic Multilingual Plane, and a surrogate falls in none.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) counts.latin++;
    } else if (c >= 0xac00 && c <= 0xd7af) counts.hangul++;
    else if (c >= 0x3040 && c <= 0x30ff) counts.kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) counts.han++;
    else if (c >= 0x0400 && c <= 0x04ff) counts.cyrillic++;
    else if (c >= 0x0e00 && c <= 0x0e7f) counts.thai++;
    else if (c >= 0x0600 && c <= 0x06ff) counts.arabic++;
    else if (c >= 0x0590 && c <= 0x05ff) counts.hebrew++;
    else if (c >= 0xc0 && c <= 0x24f) counts.latin++;
  }
  // A script counts when it is a fifth of the letters: a CJK policy often keeps English words and addresses.
  const letters = Object.values(counts).reduce((a, b) => a + b, 0);
  const share = (n: number): number => (letters === 0 ? 0 : n / letters);
  if (share(counts.hangul) > 0.2) return known('ko');
  if (share(counts.kana) > 0.05 && share(counts.kana + counts.han) > 0.2) return known('ja');
  if (share(counts.han) > 0.2) return known('zh');
  if (share(counts.cyrillic) > 0.2) return known('ru');
  if (share(counts.thai) > 0.2) return known('th');
  if (share(counts.arabic) > 0.2) return known('ar');
  if (share(counts.hebrew) > 0.2) return known('he');
  return latinLanguage(text);
}

function known(code: string): PolicyLanguage {
  return { code, read: READ_LANGUAGES.has(code) };
}

function latinLanguage(text: string): PolicyLanguage {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return { code: 'und', read: true };
  let best = 'und';
  let bestHits = 0;
  commonWordHits(words).forEach((hits, index) => {
    if (hits > bestHits) [best, bestHits] = [LANGUAGES_WITH_WORDS[index], hits];
  });
  // Too few common words of any language to tell: read it as if it were one we know rather than stay silent.
  return bestHits / words.length < 0.05 ? { code: 'und', read: true } : known(best);
}

/**
 * The language to write into a policy (a quick fix's sentence): as detected, or, in a text too short to tell, the
 * one language whose common words it holds most ("Schreiben Sie an …"), addresses and links left out (the "com" of
 * a URL is no Portuguese); "und" when none stands out. `detected`: the text's language when already worked out.
 */
export function writingLanguage(lowerProse: string, detected: PolicyLanguage = detectLanguage(lowerProse)): string {
  if (detected.code !== 'und') return detected.code;
  const words = lowerProse
    .slice(0, 20_000)
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
  return detectLanguage(text.slice(0, 20_000).toLowerCase());
}
