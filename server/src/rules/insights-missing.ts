import { defineRule } from '../core/rule';
import { fileKindOf } from '../core/locations';
import { isStandardPolicyPath } from '../kinds/md/locations';

export default defineRule({
  meta: {
    id: 'insights-missing',
    defaultSeverity: 'off',
    profiles: { 'osps-l1': 'info', 'osps-l2': 'warning' },
    fixable: false,
    specUrl: 'https://baseline.openssf.org/',
    description:
      'The repository has a SECURITY.md but no security-insights.yml, the machine-readable record OSPS Baseline scanners read.',
    rationale:
      "The OSPS Baseline scanner, LFX Insights and CLOMonitor take their evidence (contacts, administrators, repositories, security tools) from security-insights.yml. Without it they cannot credit what SECURITY.md says. Off under `recommended`: the file is optional for most projects. Reported on a repository's own SECURITY.md only: an organisation's default policy is checked once, in its `.github` repository.",
    howToFix:
      'Run "Security Policy: Create security-insights.yml" (or `security-policy init --insights`): it writes a 2.2.0 file prefilled from SECURITY.md, the git remote and the license.',
    invalid: [
      {
        text: '# Security\n\nEmail security@acme.org.\n',
        path: 'SECURITY.md',
        workspaceFiles: ['SECURITY.md'],
        profile: 'osps-l2',
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'No security-insights.yml in the repository, expected one in the root or .github/ as OSPS Baseline evidence.',
          },
        ],
      },
      {
        text: '# Security\n\nEmail security@acme.org.\n',
        path: '.github/SECURITY.md',
        workspaceFiles: ['.github/SECURITY.md', 'docs/security-insights.yml'],
        profile: 'osps-l1',
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'No security-insights.yml in the repository, expected one in the root or .github/ as OSPS Baseline evidence.',
          },
        ],
      },
    ],
    valid: [
      {
        text: '# Security\n\nEmail security@acme.org.\n',
        path: 'SECURITY.md',
        workspaceFiles: ['SECURITY.md', '.github/security-insights.yml'],
        profile: 'osps-l2',
      },
      { text: '# Security\n\nEmail security@acme.org.\n', path: 'SECURITY.md', workspaceFiles: ['SECURITY.md'] },
    ],
  },
  md(doc, context) {
    const { relativePath, workspaceFiles } = context.env;
    if (!relativePath || !workspaceFiles || !isStandardPolicyPath(relativePath)) return;
    const found = workspaceFiles.some(
      (f) =>
        fileKindOf(f) === 'si' &&
        (f.split('/').length === 1 || f.split('/')[0] === '.github') &&
        f.split('/').length <= 2,
    );
    if (found) return;
    const end = doc.lines.lineEnd(0);
    context.report({
      message:
        'No security-insights.yml in the repository, expected one in the root or .github/ as OSPS Baseline evidence.',
      start: 0,
      end,
    });
  },
});
