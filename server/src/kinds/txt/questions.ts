/** The security.txt questions of the wizard and `init` (see ./questions.ts), and the draft they fill in. */
import { contactUri, validateContactUri, validateHttpsUrl } from '../../core/answers';
import { parseLanguages, validateLanguages, type SecurityTxtAnswers } from './answers';
import { optional, type MultiQuestion, type Question } from '../../core/questions';
import type { Language } from '../../core/timeframe-words';

export interface SecurityTxtDraft {
  /** Contacts offered (from the policy), and those chosen. */
  offered: string[];
  contacts: string[];
  /** Typed when the policy names none. */
  contact: string;
  encryptionKeyUrl: string;
  siteUrl: string;
  policyUrl: string;
  languages: string;
  /** The policy the contacts came from, for the prompts. */
  policyPath?: string;
  /** The policy's language, for the file's comments. */
  language?: Language;
}

export function securityTxtAnswers(d: SecurityTxtDraft, today: Date): SecurityTxtAnswers {
  return {
    contacts: d.offered.length > 0 ? d.contacts : d.contact.trim() ? [contactUri(d.contact)] : [],
    encryptionKeyUrl: d.encryptionKeyUrl.trim() || undefined,
    siteUrl: d.siteUrl.trim() || undefined,
    policyUrl: d.policyUrl.trim() || undefined,
    languages: parseLanguages(d.languages),
    today,
    ...(d.language ? { language: d.language } : {}),
  };
}

export const SECURITY_TXT_QUESTIONS: ReadonlyArray<Question<SecurityTxtDraft>> = [
  {
    id: 'contacts',
    kind: 'multi',
    prompt: (d) =>
      d.policyPath
        ? ['Contacts from {0} (the security.txt should name the same)', d.policyPath]
        : ['Contacts from the policy (the security.txt should name the same)'],
    atLeastOne: 'Pick at least one contact.',
    when: (d) => d.offered.length > 0,
    choices: (d) => d.offered.map((c, i) => ({ value: c, key: String(i + 1), label: c })),
    get: (d) => d.contacts,
    set: (d, v: string[]) => void (d.contacts = v),
  } satisfies MultiQuestion<SecurityTxtDraft, string>,
  {
    id: 'contact',
    kind: 'text',
    prompt: (d) =>
      d.policyPath
        ? ['{0} names no contact: an email or https:// URL for reports', d.policyPath]
        : ['An email or https:// URL for reports'],
    placeholder: 'security@your-project.org',
    optional: false,
    when: (d) => d.offered.length === 0,
    validate: (v) => validateContactUri(contactUri(v)),
    get: (d) => d.contact,
    set: (d, v) => void (d.contact = v),
  },
  {
    id: 'key',
    kind: 'text',
    prompt: 'OpenPGP key URL (Encryption; optional)',
    placeholder: 'https://your-project.org/security.asc',
    optional: true,
    validate: optional(validateHttpsUrl),
    get: (d) => d.encryptionKeyUrl,
    set: (d, v) => void (d.encryptionKeyUrl = v),
  },
  {
    id: 'site',
    kind: 'text',
    prompt: 'The web site that will serve the file, for Canonical (optional)',
    placeholder: 'https://your-project.org',
    optional: true,
    validate: optional(validateHttpsUrl),
    get: (d) => d.siteUrl,
    set: (d, v) => void (d.siteUrl = v),
  },
  {
    id: 'policy',
    kind: 'text',
    prompt: 'Policy: the URL of your security policy (optional)',
    placeholder: 'https://github.com/owner/repo/blob/HEAD/SECURITY.md',
    optional: true,
    validate: optional(validateHttpsUrl),
    get: (d) => d.policyUrl,
    set: (d, v) => void (d.policyUrl = v),
  },
  {
    id: 'languages',
    kind: 'text',
    prompt: 'Preferred languages for reports (RFC 5646 tags, comma-separated)',
    placeholder: 'en, de',
    optional: false,
    validate: validateLanguages,
    get: (d) => d.languages,
    set: (d, v) => void (d.languages = v),
  },
];
