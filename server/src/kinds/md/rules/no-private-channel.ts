import { defineRule } from '../../../core/rule';
import { trimTrailingBlank, insertBlockIn, fixTextsFor } from './helpers';

export default defineRule({
  meta: {
    id: 'no-private-channel',
    defaultSeverity: 'warning',
    profiles: { 'osps-l2': 'error' },
    fixable: true,
    description: 'Every channel the policy names is public (issues, discussions, a profile, a chat).',
    rationale:
      'A vulnerability reported in public is disclosed before it is fixed. OSPS Baseline OSPS-VM-03.01 asks for a way to report privately.',
    howToFix:
      'Add a private channel: a security email address, a web form, or GitHub private vulnerability reporting (the quick fix adds a line that points to it).',
    fixTitles: {
      add: 'Add GitHub private vulnerability reporting',
    },
    invalid: [
      {
        text: '# Security\n\n## Reporting\n\nPlease open an issue at https://github.com/acme/app/issues to report a vulnerability.\n',
        expect: [
          {
            line: 5,
            column: 8,
            message:
              'Only public channels are given, expected a private one (email, web form or GitHub private vulnerability reporting).',
          },
        ],
        fixed:
          "# Security\n\n## Reporting\n\nPlease open an issue at https://github.com/acme/app/issues to report a vulnerability.\n\nTo report a vulnerability privately, use GitHub's private vulnerability reporting: open the **Security** tab of this repository and choose **Report a vulnerability**.\n",
      },
      {
        text: '# Security\n\nReport vulnerabilities in our [Discord](https://discord.gg/acme) or in GitHub Discussions.\n',
        expect: [
          {
            line: 3,
            column: 31,
            message:
              'Only public channels are given, expected a private one (email, web form or GitHub private vulnerability reporting).',
          },
        ],
        fixed:
          "# Security\n\nReport vulnerabilities in our [Discord](https://discord.gg/acme) or in GitHub Discussions.\n\nTo report a vulnerability privately, use GitHub's private vulnerability reporting: open the **Security** tab of this repository and choose **Report a vulnerability**.\n",
      },
      {
        // A handle is a public profile: GitHub has no private messages.
        text: '# Security\n\n## Reporting a Vulnerability\n\nContact me on GitHub: **@alice**.\n',
        expect: [
          {
            line: 5,
            column: 25,
            message:
              'Only public channels are given, expected a private one (email, web form or GitHub private vulnerability reporting).',
          },
        ],
        fixed:
          "# Security\n\n## Reporting a Vulnerability\n\nContact me on GitHub: **@alice**.\n\nTo report a vulnerability privately, use GitHub's private vulnerability reporting: open the **Security** tab of this repository and choose **Report a vulnerability**.\n",
      },
      // "Contact us by opening an issue" names a public channel: no private one, though not no contact.
      {
        text: '# Security\n\n## How to report\n\nIf you find a vulnerability, contact us directly by opening an issue.\n',
        expect: [
          {
            line: 5,
            column: 53,
            message:
              'Only public channels are given, expected a private one (email, web form or GitHub private vulnerability reporting).',
          },
        ],
        fixed:
          "# Security\n\n## How to report\n\nIf you find a vulnerability, contact us directly by opening an issue.\n\nTo report a vulnerability privately, use GitHub's private vulnerability reporting: open the **Security** tab of this repository and choose **Report a vulnerability**.\n",
      },
      // The same in Spanish, as numbered steps.
      {
        text: '# Seguridad\n\n## Reportar una vulnerabilidad\n\n1. No divulgues la vulnerabilidad públicamente.\n2. Contáctanos directamente abriendo un _issue_.\n',
        expect: [
          {
            line: 6,
            column: 29,
            message:
              'Only public channels are given, expected a private one (email, web form or GitHub private vulnerability reporting).',
          },
        ],
        fixed:
          "# Seguridad\n\n## Reportar una vulnerabilidad\n\n1. No divulgues la vulnerabilidad públicamente.\n2. Contáctanos directamente abriendo un _issue_.\n\nTo report a vulnerability privately, use GitHub's private vulnerability reporting: open the **Security** tab of this repository and choose **Report a vulnerability**.\n",
      },
      // An address without a top-level domain cannot receive mail: the profile link is all that is left.
      {
        text: '# Security\n\n## Reporting a Vulnerability\n\nContact the [project lead](https://github.com/alice) when reporting a vulnerability, or email support@acme.\n',
        expect: [
          {
            line: 5,
            column: 13,
            message:
              'Only public channels are given, expected a private one (email, web form or GitHub private vulnerability reporting).',
          },
        ],
        fixed:
          "# Security\n\n## Reporting a Vulnerability\n\nContact the [project lead](https://github.com/alice) when reporting a vulnerability, or email support@acme.\n\nTo report a vulnerability privately, use GitHub's private vulnerability reporting: open the **Security** tab of this repository and choose **Report a vulnerability**.\n",
      },
      // Italian: the sentence inserted is Italian.
      {
        text: '# Sicurezza\n\nPer segnalare un problema di sicurezza, apri una issue su https://github.com/acme/app/issues con una descrizione del problema.\n',
        expect: [
          {
            line: 3,
            column: 59,
            message:
              'Only public channels are given, expected a private one (email, web form or GitHub private vulnerability reporting).',
          },
        ],
        fixed:
          '# Sicurezza\n\nPer segnalare un problema di sicurezza, apri una issue su https://github.com/acme/app/issues con una descrizione del problema.\n\nPer segnalare una vulnerabilità in privato, usa la segnalazione privata delle vulnerabilità di GitHub: apri la scheda **Security** di questo repository e scegli **Report a vulnerability**.\n',
      },
    ],
    valid: [
      { text: '# Security\n\n## Reporting\n\nEmail security@acme.org. Do not open an issue for a vulnerability.\n' },
      // An email address, a package scope and a handle beside a private channel are not "only public".
      {
        text: '# Security\n\n## Reporting\n\nEmail security@acme.org (PGP key from @alice). The @acme/app package is covered.\n',
      },
    ],
  },
  md(doc, context) {
    const channels = doc.channels;
    if (channels.length === 0 || channels.some((c) => c.private)) return;
    const first = channels[0];
    const section = doc.sectionAt(first.start);
    const at = section ? trimTrailingBlank(doc.text, section.ownEnd) : doc.text.length;
    context.report({
      message:
        'Only public channels are given, expected a private one (email, web form or GitHub private vulnerability reporting).',
      start: first.start,
      end: first.end,
      fix: {
        titleId: 'add',
        edits: [insertBlockIn(doc, at, [fixTextsFor(doc).privateReporting])],
        safe: false,
      },
    });
  },
});
