import { defineRule } from '../../../core/rule';
import { dirName } from '../../../core/locations';
import { isStandardPolicyPath, STANDARD_POLICY_DIRS } from '../locations';
import { documentAnchor } from './helpers';

export default defineRule({
  meta: {
    id: 'policy-duplicate',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'SECURITY.md exists in more than one of the root, `.github/` and `docs/`.',
    rationale:
      "GitHub shows one of them (`.github/` first, then the root, then `docs/`), while other tools and readers may pick another. Two policies drift apart and contradict each other. The organisation's default policy (from its `.github` repository) is never a duplicate: a policy of the repository's own replaces it, as on GitHub.",
    howToFix: 'Keep one SECURITY.md and delete the others (or replace them with a link).',
    messages: {
      duplicate: 'Another policy exists at {others}; GitHub shows "{shown}", expected a single SECURITY.md.',
    },
    invalid: [
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        path: 'SECURITY.md',
        workspaceFiles: ['SECURITY.md', '.github/SECURITY.md'],
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'Another policy exists at ".github/SECURITY.md"; GitHub shows ".github/SECURITY.md", expected a single SECURITY.md.',
          },
        ],
      },
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        path: 'docs/SECURITY.md',
        workspaceFiles: ['docs/SECURITY.md', 'SECURITY.md', '.github/SECURITY.md'],
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'Another policy exists at "SECURITY.md", ".github/SECURITY.md"; GitHub shows ".github/SECURITY.md", expected a single SECURITY.md.',
          },
        ],
      },
    ],
    valid: [
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        path: 'SECURITY.md',
        workspaceFiles: ['SECURITY.md', 'SECURITY.zh-CN.md'],
      },
    ],
  },
  md(doc, context) {
    const path = context.env.relativePath;
    const files = context.env.workspaceFiles;
    if (!path || !files || !isStandardPolicyPath(path)) return;
    const others = files.filter((f) => f !== path && isStandardPolicyPath(f));
    if (others.length === 0) return;
    const all = [path, ...others];
    const shown = STANDARD_POLICY_DIRS.map((d) => all.find((f) => dirName(f) === d)).find(Boolean);
    context.report({
      messageId: 'duplicate',
      values: { others: others.map((o) => `"${o}"`).join(', '), shown: String(shown) },
      ...documentAnchor(doc),
    });
  },
});
