import { defineRule } from '../../../core/rule';

export default defineRule({
  meta: {
    id: 'email-without-encryption',
    defaultSeverity: 'info',
    fixable: false,
    description: 'Email is the only channel and no encrypted alternative is offered.',
    rationale:
      'Email crosses many servers in clear text. An OpenPGP key (URL or fingerprint), an HTTPS form or GitHub private vulnerability reporting lets reporters send exploit details safely.',
    howToFix:
      'Publish an OpenPGP key (a URL and its fingerprint), or offer GitHub private vulnerability reporting or an HTTPS form.',
    invalid: [
      {
        text: '# Security\n\nEmail security@acme.org.\n',
        expect: [
          {
            line: 3,
            column: 7,
            message:
              'Email is the only channel, expected an encrypted alternative (an OpenPGP key, an HTTPS form or GitHub private vulnerability reporting).',
          },
        ],
      },
      {
        text: '# Security\n\nReport vulnerabilities by email to [our team](mailto:psirt@acme.org).\n',
        expect: [
          {
            line: 3,
            column: 54,
            message:
              'Email is the only channel, expected an encrypted alternative (an OpenPGP key, an HTTPS form or GitHub private vulnerability reporting).',
          },
        ],
      },
    ],
    valid: [
      { text: '# Security\n\nEmail security@acme.org, encrypted with [our key](https://acme.org/pgp.asc).\n' },
      { text: '# Security\n\nEmail security@acme.org or use GitHub private vulnerability reporting.\n' },
    ],
  },
  md(doc, context) {
    const channels = doc.channels;
    const email = channels.find((c) => c.kind === 'email');
    if (!email) return;
    if (
      channels.some(
        (c) => c.kind === 'github-private' || c.kind === 'bug-bounty' || (c.kind === 'web' && /^https:/i.test(c.value)),
      )
    )
      return;
    if (doc.hasVerifiableKey) return;
    context.report({
      message:
        'Email is the only channel, expected an encrypted alternative (an OpenPGP key, an HTTPS form or GitHub private vulnerability reporting).',
      start: email.start,
      end: email.end,
    });
  },
});
