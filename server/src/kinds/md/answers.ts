/** What the SECURITY.md generator takes: the answers, their defaults and limits, and their validators. */
import { validateEmail, validateGithubRepo, validateHttpsUrl } from '../../core/answers';
import { formatMessage, type Message } from '../../core/questions';
import type { PolicyLocation } from './locations';
import type { Language } from '../../core/timeframe-words';

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
  /** The language the policy is written in; English when not given. */
  language?: Language;
}

/** The validators' sentences (see core/answers.ts); every one is translated in each core/question-texts/<language>.ts. */
export const POLICY_ANSWER_MESSAGES = {
  ackDays: '{0} is not a number of business days from 1 to {1}.',
  disclosureDays: '{0} is not a disclosure window from {1} to {2} days.',
  notVersion: '"{0}" is not a version, expected e.g. "3.x, < 3.0".',
  noneSupported: 'No version is supported, expected at least one, e.g. "3.x, < 3.0".',
} as const;

export function validateAckDays(value: number): Message | undefined {
  if (!Number.isInteger(value) || value < 1 || value > MAX_ACK_DAYS)
    return [POLICY_ANSWER_MESSAGES.ackDays, value, MAX_ACK_DAYS];
  return undefined;
}

export function validateDisclosureDays(value: number | null): Message | undefined {
  if (value === null) return undefined;
  if (!Number.isInteger(value) || value < DISCLOSURE_DAYS_MIN || value > DISCLOSURE_DAYS_MAX) {
    return [POLICY_ANSWER_MESSAGES.disclosureDays, value, DISCLOSURE_DAYS_MIN, DISCLOSURE_DAYS_MAX];
  }
  return undefined;
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

export function validateSupportedVersions(value: string): Message | undefined {
  const rows = parseSupportedVersions(value);
  if (rows.length === 0) return undefined;
  const bad = rows.find(
    (r) => !/^(?:<\s?)?v?\d+(?:\.(?:\d+|x|\*)){0,2}(?:\.x)?$/i.test(r.version) || r.version.includes('|'),
  );
  if (bad) return [POLICY_ANSWER_MESSAGES.notVersion, bad.version];
  if (!rows.some((r) => r.supported)) return [POLICY_ANSWER_MESSAGES.noneSupported];
  return undefined;
}

/** Every problem with a set of answers, worst first, in English; empty when they can be generated. */
export function validatePolicyAnswers(a: PolicyAnswers): string[] {
  const problems: string[] = [];
  if (!a.github && !a.email && !a.formUrl)
    problems.push('No way to report, expected at least one of a GitHub repository, an email or a web form.');
  const check = (message: Message | undefined): void => {
    if (message) problems.push(formatMessage(message));
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

/** Current major supported, older ones not: 3.2.1 → 3.x ✅, < 3.0 ❌; 0.4.2 → 0.4.x ✅, < 0.4 ❌. */
export function supportedRowsFor(version: string | undefined): VersionRow[] {
  const m = version ? /^v?(\d{1,6})\.(\d{1,6})/.exec(version) : null;
  if (!m) return [];
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major > 0)
    return major === 1
      ? [{ version: '1.x', supported: true }]
      : [
          { version: `${major}.x`, supported: true },
          { version: `< ${major}.0`, supported: false },
        ];
  return minor > 0
    ? [
        { version: `0.${minor}.x`, supported: true },
        { version: `< 0.${minor}`, supported: false },
      ]
    : [{ version: '0.0.x', supported: true }];
}
