import { defineRule } from '../../../core/rule';
import { SCOPE_WORDS } from '../lexicon';
import { documentAnchor, fixTextsFor, insertBlockIn } from './helpers';

export default defineRule({
  meta: {
    id: 'no-scope',
    defaultSeverity: 'hint',
    profiles: { cisa: 'warning' },
    fixable: true,
    description: 'No statement of what is in and out of scope.',
    rationale:
      'Saying which components, versions and kinds of findings you accept saves reporters and maintainers time (CISA BOD 20-01 VDP template; disclose.io).',
    howToFix:
      'Add a "Scope" section listing what is covered and what is not (e.g. third-party services, social engineering, denial of service). The quick fix inserts one, in the policy\'s language, for you to adjust.',
    fixTitles: {
      add: 'Add a "Scope" section',
    },
    invalid: [
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        expect: [{ line: 1, column: 1, message: 'No scope, expected a statement of what is in and out of scope.' }],
        fixed:
          '# Security\n\nEmail a@acme.org.\n\n## Scope\n\nIn scope: the code in this repository and the releases published from it.\n\nOut of scope: vulnerabilities in third-party dependencies (please report them to their maintainers), denial of service by traffic volume, social engineering, and findings from automated scanners without a demonstrated impact.\n',
      },
      {
        text: '# Security Policy\n\n## Reporting a Vulnerability\n\nUse https://github.com/acme/app/security/advisories/new.\n',
        expect: [{ line: 1, column: 1, message: 'No scope, expected a statement of what is in and out of scope.' }],
        fixed:
          '# Security Policy\n\n## Reporting a Vulnerability\n\nUse https://github.com/acme/app/security/advisories/new.\n\n## Scope\n\nIn scope: the code in this repository and the releases published from it.\n\nOut of scope: vulnerabilities in third-party dependencies (please report them to their maintainers), denial of service by traffic volume, social engineering, and findings from automated scanners without a demonstrated impact.\n',
      },
      // Before a safe-harbor section, which reads best last.
      {
        text: '# Security\n\nEmail a@acme.org.\n\n## Safe Harbor\n\nWe support good-faith research.\n',
        expect: [{ line: 1, column: 1, message: 'No scope, expected a statement of what is in and out of scope.' }],
        fixed:
          '# Security\n\nEmail a@acme.org.\n\n## Scope\n\nIn scope: the code in this repository and the releases published from it.\n\nOut of scope: vulnerabilities in third-party dependencies (please report them to their maintainers), denial of service by traffic volume, social engineering, and findings from automated scanners without a demonstrated impact.\n\n## Safe Harbor\n\nWe support good-faith research.\n',
      },
      // Italian: the section inserted is Italian.
      {
        text: '# Politica di sicurezza\n\nSegnala le vulnerabilità a security@acme.it con una descrizione del problema e non aprire issue pubbliche.\n',
        expect: [{ line: 1, column: 1, message: 'No scope, expected a statement of what is in and out of scope.' }],
        fixed:
          "# Politica di sicurezza\n\nSegnala le vulnerabilità a security@acme.it con una descrizione del problema e non aprire issue pubbliche.\n\n## Ambito\n\nNell'ambito: il codice di questo repository e le versioni pubblicate a partire da esso.\n\nFuori dall'ambito: le vulnerabilità delle dipendenze di terze parti (segnalale ai rispettivi maintainer), il denial of service basato sul volume di traffico, l'ingegneria sociale e i risultati di scanner automatici senza un impatto dimostrato.\n",
      },
    ],
    valid: [
      {
        text: '# Security\n\nEmail a@acme.org.\n\n## Scope\n\nThe library in this repository. Out of scope: our website.\n',
      },
    ],
  },
  md(doc, context) {
    if (doc.sectionsOf('scope').length > 0 || doc.mentions(SCOPE_WORDS)) return;
    // Before a safe-harbor section, which reads best last; else at the end.
    const harbor = doc.sectionsOf('safeHarbor').find((s) => s.heading.depth <= 2);
    context.report({
      message: 'No scope, expected a statement of what is in and out of scope.',
      ...documentAnchor(doc),
      fix: {
        titleId: 'add',
        edits: [insertBlockIn(doc, harbor ? harbor.heading.start : doc.text.length, fixTextsFor(doc).scopeSection)],
        safe: false,
      },
    });
  },
});
