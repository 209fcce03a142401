/**
 * The questions behind "Create SECURITY.md", "Create security.txt" and `security-policy init`, described once:
 * prompts, choices, defaults (from the draft), validation, order and when each is asked. The VS Code wizard
 * renders them as QuickPicks and InputBoxes, `init` as terminal prompts; both then generate from the same draft.
 */
import {
  ACK_DAYS_CHOICES,
  contactUri,
  DEFAULT_DISCLOSURE_DAYS,
  formatSupportedVersions,
  parseLanguages,
  parseSupportedVersions,
  validateAckDays,
  validateContactUri,
  validateDisclosureDays,
  validateEmail,
  validateGithubRepo,
  validateHttpsUrl,
  validateLanguages,
  validateSupportedVersions,
  type PolicyAnswers,
  type SecurityTxtAnswers,
} from './generate';
import { POLICY_LOCATIONS, policyRelativePath, type PolicyLocation } from './locations';

export interface Choice<T> {
  value: T;
  /** What a person picks: the wizard's item label. */
  label: string;
  /** What a terminal user types for it. */
  key: string;
  description?: string;
  detail?: string;
}

interface QuestionBase<D> {
  id: string;
  /** The question; a function where it mentions something of the draft. */
  prompt: string | ((draft: D) => string);
  /** Asked only when this holds for the draft so far. */
  when?: (draft: D) => boolean;
}

/** One of several choices; a terminal also accepts any text `parse` understands (e.g. another number of days). */
export interface ChoiceQuestion<D, T> extends QuestionBase<D> {
  kind: 'choice';
  choices(draft: D): Array<Choice<T>>;
  get(draft: D): T;
  set(draft: D, value: T): void;
  parse?(text: string): { value: T } | { problem: string };
}

/** Any number of choices, or at least one when `atLeastOne` says why. */
export interface MultiQuestion<D, T> extends QuestionBase<D> {
  kind: 'multi';
  choices(draft: D): Array<Choice<T>>;
  get(draft: D): T[];
  set(draft: D, values: T[]): void;
  atLeastOne?: string;
}

/** Free text, validated as it is typed; an optional answer may be left empty. */
export interface TextQuestion<D> extends QuestionBase<D> {
  kind: 'text';
  placeholder: string;
  optional: boolean;
  validate: (value: string) => string | undefined;
  get: (draft: D) => string;
  set: (draft: D, value: string) => void;
}

// Methods (not function properties) make a question of any choice type fit the list; each is typed where written.
export type Question<D> = ChoiceQuestion<D, unknown> | MultiQuestion<D, unknown> | TextQuestion<D>;

export function promptOf<D>(question: Question<D>, draft: D): string {
  return typeof question.prompt === 'function' ? question.prompt(draft) : question.prompt;
}

// ---------------------------------------------------------------------------------------------------------------
// SECURITY.md

export type Channel = 'github' | 'email' | 'form';
export type OptionalSection = 'scope' | 'safeHarbor';

/** What the SECURITY.md questions fill in; `policyAnswers` turns it into the generator's input. */
export interface PolicyDraft {
  location: PolicyLocation;
  channels: Channel[];
  github: string;
  email: string;
  formUrl: string;
  encryptionKeyUrl: string;
  ackDays: number;
  disclosureDays: number | null;
  supported: string;
  sections: OptionalSection[];
  /** Where the supported versions were read from, for the prompt. */
  versionSource?: string;
}

export const DISCLOSURE_CHOICES = [90, 30, 45, 60, 120, 180] as const;
const LOCATION_DESCRIPTIONS: Record<PolicyLocation, string> = {
  root: 'repository root',
  '.github': 'next to other GitHub files',
  docs: 'with the documentation',
};
const optional =
  (validate: (v: string) => string | undefined) =>
  (v: string): string | undefined =>
    v === '' ? undefined : validate(v);

/** A draft prefilled from earlier answers (flags, workspace facts). */
export function policyDraft(from: Partial<PolicyAnswers> & Pick<PolicyAnswers, 'ackDays' | 'disclosureDays'>, versionSource?: string): PolicyDraft {
  const channels: Channel[] = [
    ...(from.github ? (['github'] as const) : []),
    ...(from.email ? (['email'] as const) : []),
    ...(from.formUrl ? (['form'] as const) : []),
  ];
  return {
    location: from.location ?? 'root',
    channels: channels.length > 0 ? channels : ['email'],
    github: from.github ?? '',
    email: from.email ?? '',
    formUrl: from.formUrl ?? '',
    encryptionKeyUrl: from.encryptionKeyUrl ?? '',
    ackDays: from.ackDays,
    disclosureDays: from.disclosureDays,
    supported: formatSupportedVersions(from.supported ?? []),
    sections: [...(from.scope === false ? [] : (['scope'] as const)), ...(from.safeHarbor === false ? [] : (['safeHarbor'] as const))],
    versionSource,
  };
}

export function policyAnswers(d: PolicyDraft, today: Date): PolicyAnswers {
  const chosen = (c: Channel, value: string): string | undefined => (d.channels.includes(c) && value.trim() ? value.trim() : undefined);
  return {
    location: d.location,
    github: chosen('github', d.github),
    email: chosen('email', d.email),
    formUrl: chosen('form', d.formUrl),
    encryptionKeyUrl: d.encryptionKeyUrl.trim() || undefined,
    ackDays: d.ackDays,
    disclosureDays: d.disclosureDays,
    supported: d.supported.trim() ? parseSupportedVersions(d.supported) : [],
    scope: d.sections.includes('scope'),
    safeHarbor: d.sections.includes('safeHarbor'),
    today,
  };
}

export const POLICY_QUESTIONS: ReadonlyArray<Question<PolicyDraft>> = [
  {
    id: 'location',
    kind: 'choice',
    prompt: 'Where should the policy go? GitHub shows it from any of these.',
    choices: () => POLICY_LOCATIONS.map((l) => ({ value: l, key: l, label: policyRelativePath(l), description: LOCATION_DESCRIPTIONS[l] })),
    get: (d) => d.location,
    set: (d, v: PolicyLocation) => void (d.location = v),
  } satisfies ChoiceQuestion<PolicyDraft, PolicyLocation>,
  {
    id: 'channels',
    kind: 'multi',
    prompt: 'How should reporters reach you privately? (pick one or more)',
    atLeastOne: 'Pick at least one way to report.',
    choices: (d) => [
      {
        value: 'github',
        key: 'github',
        label: 'GitHub private vulnerability reporting',
        description: d.github || 'enable it in the repository settings',
        detail: 'Reports arrive as draft security advisories.',
      },
      { value: 'email', key: 'email', label: 'Email', description: 'a monitored address such as security@…' },
      { value: 'form', key: 'form', label: 'Web form', description: 'an https:// page for reports' },
    ],
    get: (d) => d.channels,
    set: (d, v: Channel[]) => void (d.channels = v),
  } satisfies MultiQuestion<PolicyDraft, Channel>,
  {
    id: 'github',
    kind: 'text',
    prompt: 'GitHub repository (owner/repo) with private vulnerability reporting enabled',
    placeholder: 'owner/repo',
    optional: false,
    validate: validateGithubRepo,
    when: (d) => d.channels.includes('github'),
    get: (d) => d.github,
    set: (d, v) => void (d.github = v),
  },
  {
    id: 'email',
    kind: 'text',
    prompt: 'Email address for reports',
    placeholder: 'security@your-project.org',
    optional: false,
    validate: validateEmail,
    when: (d) => d.channels.includes('email'),
    get: (d) => d.email,
    set: (d, v) => void (d.email = v),
  },
  {
    id: 'form',
    kind: 'text',
    prompt: 'Web form for reports',
    placeholder: 'https://your-project.org/security/report',
    optional: false,
    validate: validateHttpsUrl,
    when: (d) => d.channels.includes('form'),
    get: (d) => d.formUrl,
    set: (d, v) => void (d.formUrl = v),
  },
  {
    id: 'key',
    kind: 'text',
    prompt: 'OpenPGP key URL for encrypted reports (optional: leave empty for none)',
    placeholder: 'https://your-project.org/security.asc',
    optional: true,
    validate: optional(validateHttpsUrl),
    get: (d) => d.encryptionKeyUrl,
    set: (d, v) => void (d.encryptionKeyUrl = v),
  },
  {
    id: 'ackDays',
    kind: 'choice',
    prompt: 'Acknowledge a report within…',
    choices: (d) =>
      [...new Set([...ACK_DAYS_CHOICES, d.ackDays])].map((n) => ({
        value: n,
        key: String(n),
        label: `${n} business day${n === 1 ? '' : 's'}`,
        description: n === 3 ? 'recommended' : undefined,
      })),
    get: (d) => d.ackDays,
    set: (d, v: number) => void (d.ackDays = v),
    parse: (text) => {
      const problem = validateAckDays(Number(text));
      return problem ? { problem } : { value: Number(text) };
    },
  } satisfies ChoiceQuestion<PolicyDraft, number>,
  {
    id: 'disclosureDays',
    kind: 'choice',
    prompt: 'Coordinated disclosure: publish within…',
    choices: (d) => [
      ...[...new Set([...DISCLOSURE_CHOICES, ...(d.disclosureDays === null ? [] : [d.disclosureDays])])].map((n) => ({
        value: n,
        key: String(n),
        label: `${n} days`,
        description: n === DEFAULT_DISCLOSURE_DAYS ? 'the common default' : undefined,
      })),
      { value: null, key: 'none', label: 'No fixed window', description: 'agree on a date with each reporter' },
    ],
    get: (d) => d.disclosureDays,
    set: (d, v: number | null) => void (d.disclosureDays = v),
    parse: (text) => {
      const problem = validateDisclosureDays(Number(text));
      return problem ? { problem } : { value: Number(text) };
    },
  } satisfies ChoiceQuestion<PolicyDraft, number | null>,
  {
    id: 'supported',
    kind: 'text',
    prompt: (d) =>
      `Supported versions: "<" or "!" marks unsupported ones${d.versionSource ? ` (from ${d.versionSource})` : ''}; empty means the latest release only`,
    placeholder: '3.x, < 3.0',
    optional: true,
    validate: optional(validateSupportedVersions),
    get: (d) => d.supported,
    set: (d, v) => void (d.supported = v),
  },
  {
    id: 'sections',
    kind: 'multi',
    prompt: 'Optional sections',
    choices: () => [
      { value: 'scope', key: 'scope', label: 'Scope', description: 'what is in and out of scope' },
      { value: 'safeHarbor', key: 'safe-harbor', label: 'Safe Harbor', description: 'no legal action against good-faith research' },
    ],
    get: (d) => d.sections,
    set: (d, v: OptionalSection[]) => void (d.sections = v),
  } satisfies MultiQuestion<PolicyDraft, OptionalSection>,
];

// ---------------------------------------------------------------------------------------------------------------
// security.txt

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
}

export function securityTxtAnswers(d: SecurityTxtDraft, today: Date): SecurityTxtAnswers {
  return {
    contacts: d.offered.length > 0 ? d.contacts : d.contact.trim() ? [contactUri(d.contact)] : [],
    encryptionKeyUrl: d.encryptionKeyUrl.trim() || undefined,
    siteUrl: d.siteUrl.trim() || undefined,
    policyUrl: d.policyUrl.trim() || undefined,
    languages: parseLanguages(d.languages),
    today,
  };
}

export const SECURITY_TXT_QUESTIONS: ReadonlyArray<Question<SecurityTxtDraft>> = [
  {
    id: 'contacts',
    kind: 'multi',
    prompt: (d) => `Contacts from ${d.policyPath ?? 'the policy'} (the security.txt should name the same)`,
    atLeastOne: 'Pick at least one contact.',
    when: (d) => d.offered.length > 0,
    choices: (d) => d.offered.map((c, i) => ({ value: c, key: String(i + 1), label: c })),
    get: (d) => d.contacts,
    set: (d, v: string[]) => void (d.contacts = v),
  } satisfies MultiQuestion<SecurityTxtDraft, string>,
  {
    id: 'contact',
    kind: 'text',
    prompt: (d) => (d.policyPath ? `${d.policyPath} names no contact: an email or https:// URL for reports` : 'An email or https:// URL for reports'),
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
