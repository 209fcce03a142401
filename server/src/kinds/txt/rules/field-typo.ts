import { defineRule } from '../../../core/rule';
import { editDistance } from '../../../core/text';
import { isKnownField, KNOWN_FIELDS } from '../securitytxt';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

const VARIANTS: Record<string, string> = {
  acknowledgements: 'Acknowledgments',
  acknowledgement: 'Acknowledgments',
  acknowledgment: 'Acknowledgments',
  expiration: 'Expires',
  expiry: 'Expires',
  'expiration-date': 'Expires',
  expire: 'Expires',
  'security-policy': 'Policy',
  'preferred-language': 'Preferred-Languages',
  'preferred-lang': 'Preferred-Languages',
  languages: 'Preferred-Languages',
  contacts: 'Contact',
  'e-mail': 'Contact',
  email: 'Contact',
  'bug-bounties': 'Bug-Bounty',
  bugbounty: 'Bug-Bounty',
  bug_bounty: 'Bug-Bounty',
  encrypt: 'Encryption',
  'encryption-key': 'Encryption',
  canonical_url: 'Canonical',
  hire: 'Hiring',
  jobs: 'Hiring',
  policies: 'Policy',
};

/** The registered field an unknown name most likely meant, if any. */
export function intendedField(name: string): string | undefined {
  const key = name.toLowerCase().replace(/\s+/g, '-');
  if (isKnownField(key)) return undefined;
  if (VARIANTS[key]) return VARIANTS[key];
  return KNOWN_FIELDS.find((k) => editDistance(key, k.toLowerCase(), 2) <= (k.length > 6 ? 2 : 1));
}

export default defineRule({
  meta: {
    id: 'field-typo',
    defaultSeverity: 'warning',
    fixable: true,
    specUrl: rfcSection('2.5'),
    description:
      'An unknown field close to a registered one: `Acknowledgements`, `Expiration`, `Security policy`, `Preferred-Language`.',
    rationale:
      "Researchers' tools read only the registered names (RFC 9116 §2.5, IANA registry); a misspelled Expires or Contact is as good as missing.",
    howToFix: 'Use the registered name. The quick fix renames the field.',
    messages: {
      typo: '"{name}" is not a registered field, expected "{intended}".',
    },
    fixTitles: {
      rename: 'Rename to "{name}"',
    },
    invalid: [
      {
        ...txtExample(`${VALID_FILE}Acknowledgements: https://acme.org/thanks\n`),
        expect: [
          { line: 5, column: 1, message: '"Acknowledgements" is not a registered field, expected "Acknowledgments".' },
        ],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\nAcknowledgments: https://acme.org/thanks\n',
      },
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpiration: 2027-06-30T00:00:00Z\n'),
        expect: [{ line: 2, column: 1, message: '"Expiration" is not a registered field, expected "Expires".' }],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        ...txtExample(`${VALID_FILE}Preferred-Language: en\n`),
        expect: [
          {
            line: 5,
            column: 1,
            message: '"Preferred-Language" is not a registered field, expected "Preferred-Languages".',
          },
        ],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\nPreferred-Languages: en\n',
      },
    ],
    valid: [txtExample(`${VALID_FILE}Acknowledgments: https://acme.org/thanks\n`)],
  },
  txt(doc, context) {
    for (const line of doc.body) {
      // "Security policy: …" is not a field to the parser (space in the name); catch it here too.
      const raw = doc.text.slice(line.contentStart, line.end);
      const spaced = line.kind === 'invalid' ? /^([A-Za-z]{1,30}(?: [A-Za-z]{1,30}){1,2})\s{0,3}:/.exec(raw) : null;
      const name = line.field?.name ?? spaced?.[1];
      if (!name) continue;
      const intended = intendedField(name);
      if (!intended) continue;
      const start = line.field ? line.field.nameStart : line.contentStart;
      context.report({
        messageId: 'typo',
        values: { name, intended },
        start,
        end: start + name.length,
        fix: {
          titleId: 'rename',
          titleValues: { name: intended },
          edits: [{ start, end: start + name.length, newText: intended }],
          safe: true,
        },
      });
    }
  },
});
