/**
 * BCP 47 (RFC 5646) language tags: well-formed by the `bcp-47` parser (§2.1), valid by the IANA Language Subtag
 * Registry (§2.2.9: every subtag registered with its type, no variant or extension singleton twice). The registry
 * is compiled into subtags.generated.ts from the language-subtag-registry package, so no data is fetched.
 *
 * A tag that misses says which subtag and why; a primary subtag that is a country code, not a language (`cz`,
 * `CZ-Czechia`), is named as such, with the language meant where that is certain.
 */
import { parse } from 'bcp-47';
import {
  EXTLANGS,
  GRANDFATHERED,
  LANGUAGES,
  LANGUAGES3,
  RANGES,
  REDUNDANT,
  REGION_NAMES,
  REGIONS,
  SCRIPTS,
  VARIANTS,
} from './subtags.generated';

export interface TagMiss {
  reason: string;
  /** Which reason it is, and its values: what a rule's message for it needs (the words of `reason` left out). */
  id: TagMissId;
  values: Readonly<Record<string, string>>;
  /** The tag corrected, where the intent is certain. */
  corrected?: string;
}

type SubtagType = 'language' | 'extlang' | 'script' | 'region' | 'variant';

export type TagMissId =
  | 'notRegistered'
  | 'country'
  | 'underscore'
  | 'malformed'
  | 'notWellFormed'
  | `unregistered${Capitalize<Exclude<SubtagType, 'language'>>}`
  | 'variantTwice'
  | 'extensionTwice';

let registry: { sets: Record<SubtagType, Set<string>>; tags: Set<string>; regions: Map<string, string> } | undefined;

/** The three-letter languages from their bitmap (see scripts/generate-subtags.mjs). */
function threeLetterLanguages(): string[] {
  const bytes = atob(LANGUAGES3);
  const codes: string[] = [];
  for (let i = 0; i < 26 ** 3; i++) {
    if (!(bytes.charCodeAt(i >> 3) & (1 << (i & 7)))) continue;
    codes.push(String.fromCharCode(97 + Math.floor(i / 676), 97 + (Math.floor(i / 26) % 26), 97 + (i % 26)));
  }
  return codes;
}

/** The registry as sets, built on first use. */
function loaded(): NonNullable<typeof registry> {
  registry ??= {
    sets: {
      language: new Set([...LANGUAGES.split(' '), ...threeLetterLanguages()]),
      extlang: new Set(EXTLANGS.split(' ')),
      script: new Set(SCRIPTS.split(' ')),
      region: new Set(REGIONS.split(' ')),
      variant: new Set(VARIANTS.split(' ')),
    },
    tags: new Set([...GRANDFATHERED.split(' '), ...REDUNDANT.split(' ')]),
    regions: new Map(REGION_NAMES.split('|').map((p) => p.split('=') as [string, string])),
  };
  return registry;
}

/** Country codes written where a language belongs, with the language of that country people mean. */
const LANGUAGE_OF_COUNTRY: Record<string, string> = {
  cz: 'cs',
  jp: 'ja',
  cn: 'zh',
  gr: 'el',
  dk: 'da',
  ua: 'uk',
  rs: 'sr',
  by: 'be',
  il: 'he',
  vn: 'vi',
  ir: 'fa',
  gb: 'en',
  us: 'en',
  at: 'de',
  ch: 'de',
  br: 'pt',
  mx: 'es',
  ee: 'et',
  si: 'sl',
  kz: 'kk',
  ge: 'ka',
  pk: 'ur',
  np: 'ne',
};

export function isRegistered(type: SubtagType, subtag: string): boolean {
  const lower = subtag.toLowerCase();
  if (loaded().sets[type].has(lower)) return true;
  const ranges = type === 'language' || type === 'script' || type === 'region' ? RANGES[type] : [];
  return ranges.some(([from, to]) => lower.length === from.length && lower >= from && lower <= to);
}

/** The registry's name of a two-letter region (`cz` → Czechia). */
export function regionName(code: string): string | undefined {
  return loaded().regions.get(code.toLowerCase());
}

const capitalized = <T extends string>(word: T): Capitalize<T> =>
  (word.charAt(0).toUpperCase() + word.slice(1)) as Capitalize<T>;

function primaryMiss(language: string, rest: string): TagMiss {
  const country = regionName(language);
  if (!country)
    return { reason: `"${language}" is not a registered language subtag`, id: 'notRegistered', values: { language } };
  const meant = LANGUAGE_OF_COUNTRY[language.toLowerCase()];
  const reason = `"${language}" is the country code of ${country}, not a language`;
  // A country code followed by a country name ("CZ-Czechia") means the country's language alone.
  const restIsName = /^-[A-Za-z]{5,8}$/.test(rest) && !isRegistered('variant', rest.slice(1));
  const said = { reason, id: 'country' as const, values: { language, country } };
  if (!meant) return said;
  return { ...said, corrected: restIsName ? meant : `${meant}${rest}` };
}

/** Why `tag` is not a valid BCP 47 language tag, or undefined when it is one. */
export function checkLanguageTag(tag: string): TagMiss | undefined {
  if (loaded().tags.has(tag.toLowerCase())) return undefined;
  let malformed: string | undefined;
  const parsed = parse(tag, {
    normalize: false,
    warning: (reason) => {
      malformed ??= reason;
    },
  });
  if (malformed) {
    const hyphenated = tag.replace(/_/g, '-');
    if (hyphenated !== tag && !checkLanguageTag(hyphenated))
      return {
        reason: `"${tag}" separates its subtags with "_"`,
        id: 'underscore',
        values: { tag },
        corrected: hyphenated,
      };
    const comma = malformed.indexOf(',');
    // The parser's own words (bcp-47's warning), in English whatever the language.
    const detail = (comma < 0 ? malformed : malformed.slice(0, comma)).toLowerCase();
    return { reason: `"${tag}" is not well-formed (${detail})`, id: 'malformed', values: { tag, detail } };
  }
  if (!parsed.language) {
    if (parsed.privateuse.length > 0 && parsed.extensions.length === 0) return undefined;
    return { reason: `"${tag}" is not a well-formed language tag`, id: 'notWellFormed', values: { tag } };
  }
  if (!isRegistered('language', parsed.language))
    return primaryMiss(parsed.language, tag.slice(parsed.language.length));
  const typed: Array<[SubtagType, string]> = [
    ...parsed.extendedLanguageSubtags.map((s): [SubtagType, string] => ['extlang', s]),
    ...(parsed.script ? [['script', parsed.script] as [SubtagType, string]] : []),
    ...(parsed.region ? [['region', parsed.region] as [SubtagType, string]] : []),
    ...parsed.variants.map((s): [SubtagType, string] => ['variant', s]),
  ];
  const unknown = typed.find(([type, subtag]) => !isRegistered(type, subtag));
  if (unknown)
    return {
      reason: `"${unknown[1]}" in "${tag}" is not a registered ${unknown[0] === 'extlang' ? 'extended language' : unknown[0]} subtag`,
      id: `unregistered${capitalized(unknown[0] as Exclude<SubtagType, 'language'>)}`,
      values: { subtag: unknown[1], tag },
    };
  const variants = parsed.variants.map((v) => v.toLowerCase());
  const twice = variants.find((v, i) => variants.indexOf(v) !== i);
  if (twice)
    return {
      reason: `the variant "${twice}" appears twice in "${tag}"`,
      id: 'variantTwice',
      values: { subtag: twice, tag },
    };
  const singletons = parsed.extensions.map((e) => e.singleton.toLowerCase());
  const repeated = singletons.find((s, i) => singletons.indexOf(s) !== i);
  if (repeated)
    return {
      reason: `the extension "${repeated}" appears twice in "${tag}"`,
      id: 'extensionTwice',
      values: { subtag: repeated, tag },
    };
  return undefined;
}
