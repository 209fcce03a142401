/** What the security.txt generator takes: the answers and their validators. */
import { validateContactUri, validateHttpsUrl } from '../../core/answers';
import { checkLanguageTag } from './standards/bcp47';
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

export function validateLanguages(value: string): string | undefined {
  const tags = parseLanguages(value);
  if (tags.length === 0) return 'Enter at least one language tag, e.g. en.';
  for (const tag of tags) {
    const miss = checkLanguageTag(tag);
    if (miss)
      return `${miss.reason[0].toUpperCase()}${miss.reason.slice(1)}, expected ${miss.corrected ? `"${miss.corrected}"` : 'e.g. en, de or pt-BR'}.`;
  }
  return undefined;
}

export function parseLanguages(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

export function validateSecurityTxtAnswers(a: SecurityTxtAnswers): string[] {
  const problems: string[] = [];
  if (a.contacts.length === 0) problems.push('No contact, expected an email or an https:// URL.');
  for (const c of a.contacts) {
    const message = validateContactUri(c);
    if (message) problems.push(message);
  }
  for (const url of [a.encryptionKeyUrl, a.policyUrl, a.siteUrl]) {
    if (url !== undefined) {
      const message = validateHttpsUrl(url);
      if (message) problems.push(message);
    }
  }
  const languages = validateLanguages(a.languages.join(', '));
  if (languages) problems.push(languages);
  return problems;
}
