/** Completion and hover for security.txt: field names with their RFC 9116 meaning, and values where one can be proposed. */
import { expiresOneYearAhead, type KNOWN_FIELDS, URI_FIELDS } from './securitytxt';

type KnownField = (typeof KNOWN_FIELDS)[number];

export interface FieldInfo {
  name: KnownField;
  /** RFC 9116 section; empty for fields registered with IANA later. */
  section: string;
  summary: string;
  required?: boolean;
  once?: boolean;
  uri: boolean;
}

const RFC = 'https://www.rfc-editor.org/rfc/rfc9116';

/** Every known field (the Record type makes the compiler check), in completion order: required fields first. */
const DETAILS: Record<KnownField, Omit<FieldInfo, 'name' | 'uri'>> = {
  Contact: {
    section: '2.5.3',
    summary:
      'How to report a vulnerability: a `mailto:`, `tel:` or `https://` URI. Required; may repeat, in order of preference.',
    required: true,
  },
  Expires: {
    section: '2.5.5',
    summary: 'When this file stops being valid, as an RFC 3339 date-time. Required, once, less than a year ahead.',
    required: true,
    once: true,
  },
  Encryption: {
    section: '2.5.4',
    summary: 'Where to find a key for encrypted reports (`https://`, `dns:`, `openpgp4fpr:`). Never the key itself.',
  },
  Acknowledgments: { section: '2.5.1', summary: 'A page thanking researchers who reported issues.' },
  Canonical: { section: '2.5.2', summary: 'The URI(s) this file is served from; expected in a signed file.' },
  Policy: { section: '2.5.7', summary: 'Your vulnerability disclosure policy.' },
  Hiring: { section: '2.5.6', summary: 'Security-related job openings.' },
  'Preferred-Languages': {
    section: '2.5.8',
    summary: 'Languages for reports: comma-separated RFC 5646 tags (`en, de`). Once.',
    once: true,
  },
  CSAF: {
    section: '',
    summary: 'The CSAF provider metadata (`…/provider-metadata.json`), from the IANA registry (CSAF 2.0).',
  },
  'Bug-Bounty': {
    section: '',
    summary: 'Whether reports may be rewarded: exactly `True` or `False`. From the IANA registry.',
    once: true,
  },
};

export const FIELD_INFO: FieldInfo[] = (Object.keys(DETAILS) as KnownField[]).map((name) => ({
  name,
  ...DETAILS[name],
  uri: URI_FIELDS.has(name.toLowerCase()),
}));

export function fieldInfo(name: string): FieldInfo | undefined {
  return FIELD_INFO.find((f) => f.name.toLowerCase() === name.toLowerCase());
}

export function fieldDocumentation(info: FieldInfo): string {
  const link = info.section
    ? `[RFC 9116 §${info.section}](${RFC}#section-${info.section})`
    : '[IANA security.txt fields](https://www.iana.org/assignments/security-txt-fields/security-txt-fields.xhtml)';
  const flags = [info.required ? 'required' : 'optional', info.once ? 'at most once' : undefined]
    .filter(Boolean)
    .join(', ');
  return `**${info.name}** (${flags})\n\n${info.summary}\n\n${link}`;
}

export interface ValueProposal {
  label: string;
  insertText: string;
  detail: string;
}

const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'zh', 'ja', 'ko', 'cs', 'pl', 'sv', 'uk'];

/** Values that can be proposed for a field after "Name: ". */
export function valueProposals(field: string, today: Date): ValueProposal[] {
  const info = fieldInfo(field);
  if (!info) return [];
  switch (info.name) {
    case 'Expires': {
      const value = expiresOneYearAhead(today);
      return [
        {
          label: value,
          insertText: value,
          detail: 'One year from now, less a second (the longest RFC 9116 recommends)',
        },
      ];
    }
    case 'Bug-Bounty':
      return ['True', 'False'].map((v) => ({ label: v, insertText: v, detail: 'Bug-Bounty value' }));
    case 'Preferred-Languages':
      return LANGUAGES.map((l) => ({ label: l, insertText: l, detail: 'RFC 5646 language tag' }));
    case 'Contact':
      return [
        { label: 'mailto:', insertText: 'mailto:', detail: 'An email address' },
        { label: 'https://', insertText: 'https://', detail: 'A web form or page' },
        { label: 'tel:', insertText: 'tel:', detail: 'A phone number' },
      ];
    default:
      return info.uri ? [{ label: 'https://', insertText: 'https://', detail: 'A web URI' }] : [];
  }
}
