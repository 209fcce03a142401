/**
 * What the generators take: the answers for a SECURITY.md and a security.txt, their defaults and limits, and the
 * validators the wizard runs per keystroke and `init` runs on flags and prompts (a message, or undefined).
 */
import { checkLanguageTag } from '../kinds/txt/standards/bcp47';
import type { PolicyLocation } from './locations';

export const ACK_DAYS_CHOICES = [1, 2, 3, 5, 7, 10] as const;
// 10 business days is two weeks: a longer promise is what response-timeframe-long reports.
export const MAX_ACK_DAYS = 10;
export const DEFAULT_ACK_DAYS = 3;
export const DISCLOSURE_DAYS_MIN = 30;
export const DISCLOSURE_DAYS_MAX = 180;
export const DEFAULT_DISCLOSURE_DAYS = 90;

export interface VersionRow {
  version: string;
  supported: boolean;
}

export interface PolicyAnswers {
  location: PolicyLocation;
  /** "owner/repo": reports through GitHub private vulnerability reporting. */
  github?: string;
  email?: string;
  /** An https:// web form for reports. */
  formUrl?: string;
  /** An https:// URL of the OpenPGP key for email reports. */
  encryptionKeyUrl?: string;
  /** Business days to the first acknowledgement (1 to MAX_ACK_DAYS). */
  ackDays: number;
  /** Days to coordinated disclosure (30 to 180), or null for none stated. */
  disclosureDays: number | null;
  /** Rows of the supported-versions table; empty means "the latest release only". */
  supported: VersionRow[];
  scope: boolean;
  safeHarbor: boolean;
  today: Date;
}

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
}

// ---------------------------------------------------------------------------------------------------------------
// Validation: each returns a message for a bad answer, or undefined. Used per keystroke by the wizard.

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const GITHUB_REPO = /^[a-z0-9](?:[a-z0-9-]{0,38})\/[\w.-]{1,100}$/i;

export function validateEmail(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter an email address, e.g. security@your-project.org.';
  if (v.toLowerCase().startsWith('mailto:')) return 'Enter the address without "mailto:".';
  if (!EMAIL.test(v)) return `"${v}" is not an email address, expected e.g. security@your-project.org.`;
  if (/noreply|no-reply/i.test(v)) return `"${v}" cannot receive reports, expected a monitored mailbox.`;
  return undefined;
}

export function validateHttpsUrl(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter a URL starting with https://.';
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return `"${v}" is not a URL, expected one starting with https://.`;
  }
  if (url.protocol !== 'https:') return `"${v}" is not https, expected a URL starting with https://.`;
  if (!url.hostname.includes('.')) return `"${v}" has no domain name, expected e.g. https://your-project.org/...`;
  return undefined;
}

export function validateGithubRepo(value: string): string | undefined {
  const v = value.trim();
  if (!GITHUB_REPO.test(v)) return `"${v}" is not a GitHub repository, expected owner/repo.`;
  return undefined;
}

export function validateAckDays(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > MAX_ACK_DAYS) return `${value} is not a number of business days from 1 to ${MAX_ACK_DAYS}.`;
  return undefined;
}

export function validateDisclosureDays(value: number | null): string | undefined {
  if (value === null) return undefined;
  if (!Number.isInteger(value) || value < DISCLOSURE_DAYS_MIN || value > DISCLOSURE_DAYS_MAX) {
    return `${value} is not a disclosure window from ${DISCLOSURE_DAYS_MIN} to ${DISCLOSURE_DAYS_MAX} days.`;
  }
  return undefined;
}

export function validateLanguages(value: string): string | undefined {
  const tags = parseLanguages(value);
  if (tags.length === 0) return 'Enter at least one language tag, e.g. en.';
  for (const tag of tags) {
    const miss = checkLanguageTag(tag);
    if (miss) return `${miss.reason[0].toUpperCase()}${miss.reason.slice(1)}, expected ${miss.corrected ? `"${miss.corrected}"` : 'e.g. en, de or pt-BR'}.`;
  }
  return undefined;
}

export function parseLanguages(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** "3.x, < 3.0" → rows; a row starting with "<" or "!" is unsupported ("!2.x" is written "2.x"). */
export function parseSupportedVersions(value: string): VersionRow[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith('!')) return { version: part.slice(1).trim(), supported: false };
      return { version: part, supported: !part.startsWith('<') };
    });
}

export function formatSupportedVersions(rows: readonly VersionRow[]): string {
  return rows.map((r) => (r.supported || r.version.startsWith('<') ? r.version : `!${r.version}`)).join(', ');
}

export function validateSupportedVersions(value: string): string | undefined {
  const rows = parseSupportedVersions(value);
  if (rows.length === 0) return undefined;
  const bad = rows.find((r) => !/^(?:<\s?)?v?\d+(?:\.(?:\d+|x|\*)){0,2}(?:\.x)?$/i.test(r.version) || r.version.includes('|'));
  if (bad) return `"${bad.version}" is not a version, expected e.g. "3.x, < 3.0".`;
  if (!rows.some((r) => r.supported)) return 'No version is supported, expected at least one, e.g. "3.x, < 3.0".';
  return undefined;
}

/** Every problem with a set of answers, worst first; empty when they can be generated. */
export function validatePolicyAnswers(a: PolicyAnswers): string[] {
  const problems: string[] = [];
  if (!a.github && !a.email && !a.formUrl) problems.push('No way to report, expected at least one of a GitHub repository, an email or a web form.');
  const check = (message: string | undefined): void => {
    if (message) problems.push(message);
  };
  if (a.github !== undefined) check(validateGithubRepo(a.github));
  if (a.email !== undefined) check(validateEmail(a.email));
  if (a.formUrl !== undefined) check(validateHttpsUrl(a.formUrl));
  if (a.encryptionKeyUrl !== undefined) check(validateHttpsUrl(a.encryptionKeyUrl));
  check(validateAckDays(a.ackDays));
  check(validateDisclosureDays(a.disclosureDays));
  if (a.supported.length > 0) check(validateSupportedVersions(formatSupportedVersions(a.supported)));
  return problems;
}

/** A security.txt contact as typed: an email address (with or without "mailto:") or an https:// URL. */
export function contactUri(value: string): string {
  const v = value.trim();
  return v.includes('@') && !v.startsWith('https://') ? `mailto:${v.replace(/^mailto:/i, '')}` : v;
}

export function validateContactUri(uri: string): string | undefined {
  return uri.startsWith('mailto:') ? validateEmail(uri.slice(7)) : validateHttpsUrl(uri);
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
