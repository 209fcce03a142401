import { defineRule } from '../core/rule';
import { trimTrailingSlashes } from '../core/text';
import { txtExample, VALID_FILE } from '../kinds/txt/rules/helpers';
import { siExample, VALID_INSIGHTS } from '../kinds/si/rules/helpers';

/** Quoted and listed, at most three: `"mailto:a@acme.org", "https://acme.org/report"`. */
const listed = (values: readonly string[]): string =>
  values
    .slice(0, 3)
    .map((v) => `"${v}"`)
    .join(', ');

export default defineRule({
  meta: {
    id: 'contact-mismatch',
    defaultSeverity: 'info',
    fixable: false,
    specUrl: 'https://www.rfc-editor.org/rfc/rfc9116#section-2.5.3',
    description: "The workspace's SECURITY.md, security.txt and security-insights.yml name different contacts.",
    rationale:
      "Two files that disagree on where to report leave researchers guessing which one is current; one of them is usually stale. A repository without a SECURITY.md of its own is compared with the organisation's default policy GitHub gives it (from the organisation's `.github` repository), which the message then names.",
    howToFix:
      'Make the Contact fields of security.txt, the channels of SECURITY.md and `project.vulnerability-reporting.contact` of security-insights.yml name the same addresses or pages.',
    messages: {
      txt: 'security.txt names {contacts} but SECURITY.md names {policy}, expected the same contacts.',
      txtInherited:
        'security.txt names {contacts} but SECURITY.md (inherited from {inherited}) names {policy}, expected the same contacts.',
      siPolicy: 'security-insights.yml names "{mine}" but SECURITY.md names {emails}, expected the same contact.',
      siInherited:
        'security-insights.yml names "{mine}" but SECURITY.md (inherited from {inherited}) names {emails}, expected the same contact.',
      siSecurityTxt: 'security-insights.yml names "{mine}" but security.txt names {emails}, expected the same contact.',
    },
    invalid: [
      {
        ...txtExample(VALID_FILE),
        policyContacts: ['mailto:psirt@acme.org'],
        expect: [
          {
            line: 1,
            column: 10,
            message:
              'security.txt names "mailto:security@acme.org" but SECURITY.md names "mailto:psirt@acme.org", expected the same contacts.',
          },
        ],
      },
      {
        text: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        policyContacts: ['https://github.com/acme/app/security/advisories/new'],
        expect: [
          {
            line: 1,
            column: 10,
            message:
              'security.txt names "mailto:security@acme.org" but SECURITY.md names "https://github.com/acme/app/security/advisories/new", expected the same contacts.',
          },
        ],
      },
      {
        ...siExample(VALID_INSIGHTS),
        policyContacts: ['mailto:psirt@acme.org'],
        securityTxtContacts: ['mailto:security@acme.org'],
        expect: [
          {
            line: 21,
            column: 14,
            message:
              'security-insights.yml names "mailto:security@acme.org" but SECURITY.md names "mailto:psirt@acme.org", expected the same contact.',
          },
        ],
      },
      {
        ...txtExample(VALID_FILE),
        policyContacts: ['mailto:psirt@acme.org'],
        inheritedPolicy: 'acme/.github: SECURITY.md',
        expect: [
          {
            line: 1,
            column: 10,
            message:
              'security.txt names "mailto:security@acme.org" but SECURITY.md (inherited from acme/.github: SECURITY.md) names "mailto:psirt@acme.org", expected the same contacts.',
          },
        ],
      },
    ],
    valid: [
      { ...txtExample(VALID_FILE), policyContacts: ['mailto:security@acme.org'] },
      {
        ...txtExample(VALID_FILE),
        policyContacts: ['mailto:security@acme.org'],
        inheritedPolicy: 'acme/.github: SECURITY.md',
      },
      txtExample(VALID_FILE),
      {
        ...siExample(VALID_INSIGHTS),
        policyContacts: ['mailto:security@acme.org', 'https://github.com/acme/app/security/advisories/new'],
      },
    ],
  },
  txt(doc, context) {
    const policy = context.env.policyContacts;
    const contacts = doc.fieldsNamed('contact');
    if (!policy || policy.length === 0 || contacts.length === 0) return;
    const normal = (v: string): string => trimTrailingSlashes(v.trim().toLowerCase());
    const known = new Set(policy.map(normal));
    if (contacts.some((c) => known.has(normal(c.value)))) return;
    // The policy the contacts come from: the repository's, or its organisation's default (`acme/.github: SECURITY.md`).
    const inherited = context.env.inheritedPolicy;
    const values = { contacts: contacts.map((c) => `"${c.value}"`).join(', '), policy: listed(policy) };
    context.report({
      ...(inherited ? { messageId: 'txtInherited', values: { ...values, inherited } } : { messageId: 'txt', values }),
      start: contacts[0].valueStart,
      end: contacts[0].valueEnd,
    });
  },
  si(doc, context) {
    const reporting = ['project', 'vulnerability-reporting', 'contact', 'email'];
    const email = doc.string(reporting);
    if (!email) return;
    const mine = `mailto:${email.toLowerCase()}`;
    const span = doc.spanFor(reporting);
    const inherited = context.env.inheritedPolicy;
    const others: Array<[string, readonly string[] | undefined]> = [
      [inherited ? 'siInherited' : 'siPolicy', context.env.policyContacts],
      ['siSecurityTxt', context.env.securityTxtContacts],
    ];
    for (const [messageId, contacts] of others) {
      const emails = (contacts ?? []).filter((c) => /^mailto:/i.test(c)).map((c) => c.toLowerCase());
      if (emails.length === 0 || emails.includes(mine)) continue;
      context.report({
        messageId,
        values: { mine, emails: listed(emails), inherited: inherited ?? '' },
        start: span.start,
        end: span.end,
      });
    }
  },
});
