import { defineRule } from '../../../core/rule';
import { SCOPE_WORDS } from '../lexicon';
import { documentAnchor } from './helpers';

export default defineRule({
  meta: {
    id: 'no-scope',
    defaultSeverity: 'hint',
    profiles: { cisa: 'warning' },
    fixable: false,
    description: 'No statement of what is in and out of scope.',
    rationale:
      'Saying which components, versions and kinds of findings you accept saves reporters and maintainers time (CISA BOD 20-01 VDP template; disclose.io).',
    howToFix:
      'Add a "Scope" section listing what is covered and what is not (e.g. third-party services, social engineering, denial of service).',
    invalid: [
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        expect: [{ line: 1, column: 1, message: 'No scope, expected a statement of what is in and out of scope.' }],
      },
      {
        text: '# Security Policy\n\n## Reporting a Vulnerability\n\nUse https://github.com/acme/app/security/advisories/new.\n',
        expect: [{ line: 1, column: 1, message: 'No scope, expected a statement of what is in and out of scope.' }],
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
    context.report({
      message: 'No scope, expected a statement of what is in and out of scope.',
      ...documentAnchor(doc),
    });
  },
});
