import { defineRule } from '../../../core/rule';
import { isCanonicalPolicyName, isStandardPolicyPath } from '../locations';
import { documentAnchor } from './helpers';

export default defineRule({
  meta: {
    id: 'scorecard-shadowed',
    defaultSeverity: 'warning',
    fixable: false,
    description:
      'Another file named `security.md` (any case, any folder) exists; OpenSSF Scorecard may score it instead of this policy.',
    rationale:
      "Scorecard's Security-Policy check matches `security.md` case-insensitively wherever it is, and may grade a documentation page (say `docs/api/security.md`) instead of the real policy, failing the check. A repository that inherits its organisation's default policy has no policy of its own to report on: such a file there is reported by `policy-location`, which names the default GitHub shows instead.",
    howToFix: 'Rename the other file (for example `docs/api/security-model.md`).',
    messages: {
      shadowed:
        '{files} may be scored by OpenSSF Scorecard instead of this policy, expected no other file named security.md.',
    },
    invalid: [
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        path: 'SECURITY.md',
        workspaceFiles: ['SECURITY.md', 'docs/api/security.md'],
        expect: [
          {
            line: 1,
            column: 1,
            message:
              '"docs/api/security.md" may be scored by OpenSSF Scorecard instead of this policy, expected no other file named security.md.',
          },
        ],
      },
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        path: '.github/SECURITY.md',
        workspaceFiles: ['.github/SECURITY.md', 'vendor/lib/Security.md'],
        expect: [
          {
            line: 1,
            column: 1,
            message:
              '"vendor/lib/Security.md" may be scored by OpenSSF Scorecard instead of this policy, expected no other file named security.md.',
          },
        ],
      },
    ],
    valid: [
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        path: 'SECURITY.md',
        workspaceFiles: ['SECURITY.md', 'docs/security-model.md'],
      },
    ],
  },
  md(doc, context) {
    const path = context.env.relativePath;
    const files = context.env.workspaceFiles;
    if (!path || !files || !isStandardPolicyPath(path)) return;
    const shadows = files.filter((f) => f !== path && isCanonicalPolicyName(f) && !isStandardPolicyPath(f));
    if (shadows.length === 0) return;
    context.report({
      messageId: 'shadowed',
      values: { files: shadows.map((s) => `"${s}"`).join(', ') },
      ...documentAnchor(doc),
    });
  },
});
