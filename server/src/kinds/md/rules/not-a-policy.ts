import { defineRule } from '../../../core/rule';
import { POLICY_WORDS } from '../lexicon';
import { documentAnchor } from './helpers';

export default defineRule({
  meta: {
    id: 'not-a-policy',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'The file never speaks of reporting vulnerabilities (a security design guide, contributor rules).',
    rationale:
      'GitHub links SECURITY.md from the "Report a vulnerability" path. A file that explains hardening or coding rules instead leaves reporters without instructions.',
    howToFix: 'Add how to report a vulnerability, or move the guide to another file and write a policy here.',
    invalid: [
      {
        text: '# Security\n\nAlways validate input and keep dependencies up to date.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'This file never mentions reporting vulnerabilities, expected a security policy.',
          },
        ],
      },
      {
        text: '# Security Guidelines for Contributors\n\n## Secrets\n\nNever commit API tokens.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'This file never mentions reporting vulnerabilities, expected a security policy.',
          },
        ],
      },
    ],
    valid: [
      { text: '# Security\n\nTo report a vulnerability, email a@acme.org.\n' },
      // Each language's words for a security problem: "Sicherheitsanfälligkeit", "Sicherheitsproblem", "problème de sécurité".
      {
        text: '# Sicherheitsrichtlinie\n\n## Meldungen von Sicherheitsanfälligkeiten\n\nWenn ihr ein Sicherheitsproblem entdeckt, zögert nicht, es uns zu melden. Wir halten euch auf dem Laufenden.\n',
      },
      {
        text: '# Politique de sécurité\n\nSi vous découvrez un problème de sécurité dans ce projet, merci de nous le signaler avant de le rendre public.\n',
      },
    ],
  },
  md(doc, context) {
    if (doc.mentions(POLICY_WORDS) || doc.channels.some((c) => c.private) || !doc.language.read) return;
    context.report({
      message: 'This file never mentions reporting vulnerabilities, expected a security policy.',
      ...documentAnchor(doc),
    });
  },
});
