/** The SECURITY.md questions of the wizard and `init` (see ./questions.ts), and the draft they fill in. */
import {
  ACK_DAYS_CHOICES,
  DEFAULT_DISCLOSURE_DAYS,
  formatSupportedVersions,
  parseSupportedVersions,
  validateAckDays,
  validateDisclosureDays,
  validateSupportedVersions,
  type PolicyAnswers,
} from './answers';
import { validateEmail, validateGithubRepo, validateHttpsUrl } from '../../core/answers';
import { POLICY_LOCATIONS, policyRelativePath, type PolicyLocation } from './locations';
import { messageChoice, optional, type ChoiceQuestion, type MultiQuestion, type Question } from '../../core/questions';
import { LANGUAGES, type Language } from '../../core/timeframe-words';
import { LANGUAGE_NAMES } from './texts';

export type Channel = 'github' | 'email' | 'form';
export type OptionalSection = 'scope' | 'safeHarbor';

/** What the SECURITY.md questions fill in; `policyAnswers` turns it into the generator's input. */
export interface PolicyDraft {
  language: Language;
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
/** A draft prefilled from earlier answers (flags, workspace facts). */
export function policyDraft(
  from: Partial<PolicyAnswers> & Pick<PolicyAnswers, 'ackDays' | 'disclosureDays'>,
  versionSource?: string,
): PolicyDraft {
  const channels: Channel[] = [
    ...(from.github ? (['github'] as const) : []),
    ...(from.email ? (['email'] as const) : []),
    ...(from.formUrl ? (['form'] as const) : []),
  ];
  return {
    language: from.language ?? 'en',
    location: from.location ?? 'root',
    channels: channels.length > 0 ? channels : ['email'],
    github: from.github ?? '',
    email: from.email ?? '',
    formUrl: from.formUrl ?? '',
    encryptionKeyUrl: from.encryptionKeyUrl ?? '',
    ackDays: from.ackDays,
    disclosureDays: from.disclosureDays,
    supported: formatSupportedVersions(from.supported ?? []),
    sections: [
      ...(from.scope === false ? [] : (['scope'] as const)),
      ...(from.safeHarbor === false ? [] : (['safeHarbor'] as const)),
    ],
    versionSource,
  };
}

export function policyAnswers(d: PolicyDraft, today: Date): PolicyAnswers {
  const chosen = (c: Channel, value: string): string | undefined =>
    d.channels.includes(c) && value.trim() ? value.trim() : undefined;
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
    language: d.language,
  };
}

export const POLICY_QUESTIONS: ReadonlyArray<Question<PolicyDraft>> = [
  {
    id: 'language',
    kind: 'choice',
    prompt: 'Which language should the policy be written in?',
    choices: () => LANGUAGES.map((l) => ({ value: l, key: l, label: LANGUAGE_NAMES[l], description: l })),
    get: (d) => d.language,
    set: (d, v: Language) => void (d.language = v),
  } satisfies ChoiceQuestion<PolicyDraft, Language>,
  {
    id: 'location',
    kind: 'choice',
    prompt: 'Where should the policy go? GitHub shows it from any of these.',
    choices: () =>
      POLICY_LOCATIONS.map((l) => ({
        value: l,
        key: l,
        label: policyRelativePath(l),
        description: LOCATION_DESCRIPTIONS[l],
      })),
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
        ...messageChoice(n, String(n), n === 1 ? ['1 business day'] : ['{0} business days', n]),
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
        ...messageChoice<number | null>(n, String(n), ['{0} days', n]),
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
      d.versionSource
        ? [
            'Supported versions: "<" or "!" marks unsupported ones (from {0}); empty means the latest release only',
            d.versionSource,
          ]
        : ['Supported versions: "<" or "!" marks unsupported ones; empty means the latest release only'],
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
      {
        value: 'safeHarbor',
        key: 'safe-harbor',
        label: 'Safe Harbor',
        description: 'no legal action against good-faith research',
      },
    ],
    get: (d) => d.sections,
    set: (d, v: OptionalSection[]) => void (d.sections = v),
  } satisfies MultiQuestion<PolicyDraft, OptionalSection>,
];
