import { defineRule } from '../../../core/rule';
import { isCanonicalPolicyName, isStandardPolicyPath } from '../locations';
import { documentAnchor } from './helpers';

export default defineRule({
  meta: {
    id: 'policy-location',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'A SECURITY.md that GitHub will not surface (not in the root, `.github/` or `docs/`).',
    rationale:
      "GitHub shows the policy on the Security tab and links it when someone opens an issue only from the repository root, `.github/` or `docs/`. Elsewhere, reporters will not find it. A repository without a policy in those places is given its organisation's default policy (from the organisation's `.github` repository): the message then says that GitHub shows that one instead.",
    howToFix: 'Move the file to the repository root, `.github/` or `docs/`.',
    messages: {
      elsewhere: 'GitHub does not surface "{path}", expected SECURITY.md in the root, .github/ or docs/.',
      inherited:
        'GitHub does not surface "{path}" and shows the organisation\'s default policy instead ({inherited}), expected SECURITY.md in the root, .github/ or docs/.',
    },
    invalid: [
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        path: 'src/SECURITY.md',
        workspaceFiles: ['src/SECURITY.md'],
        expect: [
          {
            line: 1,
            column: 1,
            message: 'GitHub does not surface "src/SECURITY.md", expected SECURITY.md in the root, .github/ or docs/.',
          },
        ],
      },
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        path: 'packages/core/SECURITY.md',
        workspaceFiles: ['packages/core/SECURITY.md'],
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'GitHub does not surface "packages/core/SECURITY.md", expected SECURITY.md in the root, .github/ or docs/.',
          },
        ],
      },
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        path: 'src/SECURITY.md',
        workspaceFiles: ['src/SECURITY.md'],
        inheritedPolicy: 'acme/.github: SECURITY.md',
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'GitHub does not surface "src/SECURITY.md" and shows the organisation\'s default policy instead (acme/.github: SECURITY.md), expected SECURITY.md in the root, .github/ or docs/.',
          },
        ],
      },
    ],
    valid: [
      { text: '# Security\n\nEmail a@acme.org.\n', path: 'SECURITY.md' },
      { text: '# Security\n\nEmail a@acme.org.\n', path: '.github/SECURITY.md' },
    ],
  },
  md(doc, context) {
    const path = context.env.relativePath;
    if (!path || !isCanonicalPolicyName(path) || isStandardPolicyPath(path)) return;
    // When a policy exists where GitHub looks, this file shadows it instead (scorecard-shadowed).
    if (context.env.workspaceFiles?.some(isStandardPolicyPath)) return;
    const inherited = context.env.inheritedPolicy;
    context.report({
      ...(inherited
        ? { messageId: 'inherited', values: { path, inherited } }
        : { messageId: 'elsewhere', values: { path } }),
      ...documentAnchor(doc),
    });
  },
});
