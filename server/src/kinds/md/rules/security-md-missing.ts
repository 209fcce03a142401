import { defineRule } from '../../../core/rule';
import { fileKindOf } from '../../../core/locations';
import { formatMessage } from '../../../core/message-text';
import { isStandardPolicyPath } from '../locations';

const WHERE = 'the root, .github/ or docs/';
const ORG_HINT =
  ' On GitHub, an organisation\'s default policy may apply: name a checkout of its .github repository with --org-defaults PATH (or "orgDefaults" in .security-policy.json).';
const MESSAGES = {
  none: `No SECURITY.md in ${WHERE}, expected a policy that tells reporters how to reach you privately.${ORG_HINT}`,
  elsewhere: `No SECURITY.md where GitHub shows one (${WHERE}): {file} is not shown, expected it moved there.${ORG_HINT}`,
};

export default defineRule({
  meta: {
    id: 'security-md-missing',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: 'https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository',
    description:
      'The repository has no SECURITY.md in its root, .github/ or docs/, and is given no default policy by its organisation.',
    rationale:
      "Someone who finds a vulnerability looks for SECURITY.md, as GitHub's Security tab and \"Report a vulnerability\" do, and OpenSSF Scorecard's Security-Policy check and OSPS Baseline (OSPS-VM-02) require one. Without it the report goes to a public issue or nowhere. A repository that GitHub gives its organisation's default policy (from the organisation's `.github` repository) has one: in an organisation scan, or with `--org-defaults PATH`, it is not reported.",
    howToFix:
      'Run `security-policy init` (or "Security Policy: Create SECURITY.md" in VS Code) to write one from a few answers. If your organisation\'s `.github` repository has a default policy, check with `--org-defaults PATH` to a checkout of it, or set `"orgDefaults"` in `.security-policy.json`.',
    messages: MESSAGES,
    invalid: [
      {
        text: '',
        workspaceFiles: [],
        expect: [{ line: 1, column: 1, message: MESSAGES.none }],
      },
      {
        text: '',
        workspaceFiles: ['.well-known/security.txt', 'security/SECURITY.md'],
        expect: [{ line: 1, column: 1, message: formatMessage(MESSAGES.elsewhere, { file: 'security/SECURITY.md' }) }],
      },
    ],
    valid: [
      { text: '', workspaceFiles: ['SECURITY.md'] },
      { text: '', workspaceFiles: ['.well-known/security.txt', 'docs/SECURITY.md'] },
      { text: '', workspaceFiles: [], inheritedPolicy: 'acme/.github: SECURITY.md' },
    ],
  },
  repository: {
    kind: 'md',
    check(context) {
      const { workspaceFiles, inheritedPolicy } = context.env;
      if (!workspaceFiles || inheritedPolicy !== undefined || workspaceFiles.some(isStandardPolicyPath)) return;
      const misplaced = workspaceFiles.find((f) => fileKindOf(f) === 'md');
      const said = misplaced ? { messageId: 'elsewhere', values: { file: misplaced } } : { messageId: 'none' };
      context.report({ ...said, start: 0, end: 0 });
    },
  },
});
