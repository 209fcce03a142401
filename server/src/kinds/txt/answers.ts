/** What the security.txt generator takes: the answers and their validators. */
import { validateContactUri, validateHttpsUrl } from '../../core/answers';
import { checkLanguageTag } from './standards/bcp47';
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

/** The validators' sentences (see core/answers.ts); every one is translated in each core/question-texts/<language>.ts. */
export const SECURITY_TXT_ANSWER_MESSAGES = {
  noLanguage: 'Enter at least one language tag, e.g. en.',
} as const;

/**
 * Why a tag is not BCP 47 (bcp47.ts's reason), the same in every language: the reasons' translations are the
 * preferred-languages rule's diagnostics (core/messages/txt/), sentences with named values and "In
 * Preferred-Languages", which would bring every diagnostic catalog into the wizard's bundle.
 */
const TAG_MISS = '{0}';

export function validateLanguages(value: string): Message | undefined {
  const tags = parseLanguages(value);
  if (tags.length === 0) return [SECURITY_TXT_ANSWER_MESSAGES.noLanguage];
  for (const tag of tags) {
    const miss = checkLanguageTag(tag);
    if (miss) {
      const expected = miss.corrected ? `"${miss.corrected}"` : 'e.g. en, de or pt-BR';
      return [TAG_MISS, `${miss.reason[0].toUpperCase()}${miss.reason.slice(1)}, expected ${expected}.`];
    }
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
