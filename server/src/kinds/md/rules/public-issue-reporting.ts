import { defineRule } from '../../../core/rule';

export default defineRule({
  meta: {
    id: 'public-issue-reporting',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'The policy tells reporters to open a public issue, pull request or discussion for a vulnerability.',
    rationale:
      "Issues, pull requests and discussions are public: a vulnerability reported there is disclosed to everyone before a fix exists. GitHub's own guidance and OSPS-VM-03.01 call for a private channel.",
    howToFix:
      'Point reporters to a private channel instead, and say explicitly "do not open a public issue for a security vulnerability".',
    invalid: [
      {
        text: '# Security\n\nIf you find a vulnerability, please open an issue on GitHub.\n',
        expect: [
          {
            line: 3,
            column: 37,
            message:
              'Reporters are told to use a public issue for a vulnerability, expected a private channel and a "do not open a public issue".',
          },
        ],
      },
      {
        text: '# Sicherheit\n\nBitte ein Issue eröffnen, wenn Sie eine Sicherheitslücke finden.\n',
        expect: [
          {
            line: 3,
            column: 11,
            message:
              'Reporters are told to use a public issue for a vulnerability, expected a private channel and a "do not open a public issue".',
          },
        ],
      },
    ],
    valid: [
      { text: '# Security\n\nPlease do not open a public issue for a vulnerability; email security@acme.org.\n' },
      {
        text: '# Security\n\n**Please DO NOT**:\n- Open a public GitHub issue for security vulnerabilities\n\nEmail security@acme.org.\n',
      },
      { text: '# Security\n\nFor general questions, please use GitHub Issues.\n' },
      // "Issue" as the problem reported, not as a tracker: a heading, a channel's sentence, a delegation.
      { text: '# Report a security issue\n\nTo report a security issue, email security@acme.org.\n' },
      { text: '# Security\n\nPlease report security issues via GitHub Security Advisories.\n' },
      { text: '# Seguridad\n\nPara reportar un problema de seguridad, escribe a security@acme.org.\n' },
    ],
  },
  md(doc, context) {
    for (const p of doc.publicIssueInstructions) {
      context.report({
        message:
          'Reporters are told to use a public issue for a vulnerability, expected a private channel and a "do not open a public issue".',
        start: p.start,
        end: p.end,
      });
    }
  },
});
