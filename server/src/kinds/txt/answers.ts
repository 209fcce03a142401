/** What the security.txt generator takes: the answers and their validators. */
import { validateContactUri, validateHttpsUrl } from '../../core/answers';
import { checkLanguageTag, type TagMiss, type TagMissId } from './standards/bcp47';
import { formatMessage, type Message } from '../../core/questions';
import type { Language } from '../../core/timeframe-words';

export interface SecurityTxtAnswers {
  /** Contact URIs, in order of preference: mailto:, https:. */
  contacts: string[];
  encryptionKeyUrl?: string;
  /** https:// URL of the human-readable policy. */
  policyUrl?: string;
  /** https:// origin of the web site serving the file: gives Canonical. */
  siteUrl?: string;
  /** RFC 5646 tags, e.g. ["en", "de"]. */
  languages: string[];
  today: Date;
  /** The language of the file's comments (the policy's); English when not given. */
  language?: Language;
}

const EXAMPLES = 'expected e.g. en, de or pt-BR.';

/**
 * The validators' sentences (see core/answers.ts); every one is translated in each core/question-texts/<language>.ts.
 * Why a tag is not BCP 47 has one sentence per reason of checkLanguageTag (standards/bcp47.ts), keyed by its id: the
 * reason's values in TAG_VALUES's order, then the corrected tag where there is one.
 */
export const SECURITY_TXT_ANSWER_MESSAGES = {
  noLanguage: 'Enter at least one language tag, e.g. en.',
  notRegistered: `"{0}" is not a registered language subtag, ${EXAMPLES}`,
  country: `"{0}" is the country code of {1}, not a language, ${EXAMPLES}`,
  countryCorrected: '"{0}" is the country code of {1}, not a language, expected "{2}".',
  underscore: '"{0}" separates its subtags with "_", expected "{1}".',
  malformed: `"{0}" is not well-formed ({1}), ${EXAMPLES}`,
  notWellFormed: `"{0}" is not a well-formed language tag, ${EXAMPLES}`,
  unregisteredExtlang: `"{0}" in "{1}" is not a registered extended language subtag, ${EXAMPLES}`,
  unregisteredScript: `"{0}" in "{1}" is not a registered script subtag, ${EXAMPLES}`,
  unregisteredRegion: `"{0}" in "{1}" is not a registered region subtag, ${EXAMPLES}`,
  unregisteredVariant: `"{0}" in "{1}" is not a registered variant subtag, ${EXAMPLES}`,
  variantTwice: `The variant "{0}" appears twice in "{1}", ${EXAMPLES}`,
  extensionTwice: `The extension "{0}" appears twice in "{1}", ${EXAMPLES}`,
} as const;
const M = SECURITY_TXT_ANSWER_MESSAGES;

/**
 * The names of each reason's values (TagMiss.values) in the order of its sentence's placeholders. A country's name
 * (the IANA registry's, in English) and the parser's words of a malformed tag stay as they are in every language.
 */
const TAG_VALUES: Readonly<Record<TagMissId, readonly string[]>> = {
  notRegistered: ['language'],
  country: ['language', 'country'],
  underscore: ['tag'],
  malformed: ['tag', 'detail'],
  notWellFormed: ['tag'],
  unregisteredExtlang: ['subtag', 'tag'],
  unregisteredScript: ['subtag', 'tag'],
  unregisteredRegion: ['subtag', 'tag'],
  unregisteredVariant: ['subtag', 'tag'],
  variantTwice: ['subtag', 'tag'],
  extensionTwice: ['subtag', 'tag'],
};

/** Why a tag is not BCP 47, as a message in the questions' language. */
function tagMessage(miss: TagMiss): Message {
  const values = TAG_VALUES[miss.id].map((name) => miss.values[name] ?? '');
  if (miss.id === 'country' && miss.corrected) return [M.countryCorrected, ...values, miss.corrected];
  return miss.corrected ? [M[miss.id], ...values, miss.corrected] : [M[miss.id], ...values];
}

export function validateLanguages(value: string): Message | undefined {
  const tags = parseLanguages(value);
  if (tags.length === 0) return [M.noLanguage];
  for (const tag of tags) {
    const miss = checkLanguageTag(tag);
    if (miss) return tagMessage(miss);
  }
  return undefined;
}

export function parseLanguages(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** Every problem with a set of answers, in English; empty when they can be generated. */
export function validateSecurityTxtAnswers(a: SecurityTxtAnswers): string[] {
  const problems: string[] = [];
  if (a.contacts.length === 0) problems.push('No contact, expected an email or an https:// URL.');
  const check = (message: Message | undefined): void => {
    if (message) problems.push(formatMessage(message));
  };
  for (const c of a.contacts) check(validateContactUri(c));
  for (const url of [a.encryptionKeyUrl, a.policyUrl, a.siteUrl]) if (url !== undefined) check(validateHttpsUrl(url));
  check(validateLanguages(a.languages.join(', ')));
  return problems;
}
