import { defineRule } from '../../../core/rule';
import { SUPPORTED_VERSIONS_WORDS } from '../lexicon';
import { documentAnchor, sectionInsertionPoint, insertBlockIn, fixTextsFor } from './helpers';

export default defineRule({
  meta: {
    id: 'no-supported-versions',
    defaultSeverity: 'info',
    profiles: { 'osps-l3': 'warning' },
    fixable: true,
    description: 'The policy does not say which versions receive security fixes.',
    rationale:
      "Reporters and users need to know whether a bug in an old release will be fixed. GitHub's template starts with this section; OSPS Baseline OSPS-DO-04.01 and OSPS-DO-05.01 ask for the support scope and duration.",
    howToFix:
      'Add a "Supported Versions" section (a table or one sentence such as "Only the latest release receives security fixes.").',
    fixTitles: {
      add: 'Add a "Supported Versions" section',
    },
    invalid: [
      {
        text: '# Security\n\n## Reporting\n\nEmail security@acme.org.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'No supported versions, expected a statement of which versions receive security fixes.',
          },
        ],
        fixed:
          '# Security\n\n## Supported Versions\n\nOnly the latest release receives security fixes.\n\n## Reporting\n\nEmail security@acme.org.\n',
      },
      {
        text: '# Security Policy\n\nReport vulnerabilities privately through https://github.com/acme/app/security/advisories/new.\n\n## Disclosure\n\nWe publish advisories within 90 days.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'No supported versions, expected a statement of which versions receive security fixes.',
          },
        ],
        fixed:
          '# Security Policy\n\nReport vulnerabilities privately through https://github.com/acme/app/security/advisories/new.\n\n## Supported Versions\n\nOnly the latest release receives security fixes.\n\n## Disclosure\n\nWe publish advisories within 90 days.\n',
      },
      // Spanish: the section inserted is Spanish.
      {
        text: '# Política de seguridad\n\n## Cómo reportar una vulnerabilidad\n\nPor favor, escriba a security@acme.es con los detalles del problema.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'No supported versions, expected a statement of which versions receive security fixes.',
          },
        ],
        fixed:
          '# Política de seguridad\n\n## Versiones compatibles\n\nSolo la última versión recibe correcciones de seguridad; actualice a ella antes de reportar un problema.\n\n## Cómo reportar una vulnerabilidad\n\nPor favor, escriba a security@acme.es con los detalles del problema.\n',
      },
    ],
    valid: [
      { text: '# Security\n\n## Supported Versions\n\n| Version | Supported |\n| --- | --- |\n| 2.x | ✅ |\n' },
      { text: '# Security\n\nOnly the latest release receives security fixes.\n' },
    ],
  },
  md(doc, context) {
    if (doc.sectionsOf('supportedVersions').length > 0 || doc.mentions(SUPPORTED_VERSIONS_WORDS)) return;
    const at = sectionInsertionPoint(doc, ['reporting', 'response', 'disclosure']);
    context.report({
      message: 'No supported versions, expected a statement of which versions receive security fixes.',
      ...documentAnchor(doc),
      fix: {
        titleId: 'add',
        edits: [insertBlockIn(doc, at, fixTextsFor(doc).supportedSection)],
        safe: false,
      },
    });
  },
});
