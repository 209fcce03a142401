/**
 * SECURITY.md generation from answers (./answers.ts). Pure functions; the wizard and
 * `init` ask the questions (./questions.ts) and write or show the result. What is generated passes the project's
 * own checks (test/generate.test.ts).
 *
 * Over 60 lines: generateSecurityMd, the policy text in the order it is read.
 */
import { githubAdvisoryUrl } from '../../core/answers';
import { policyRelativePath, type PolicyLocation } from './locations';
import type { PolicyAnswers, VersionRow } from './answers';

/** The policy's address on GitHub, on the default branch whatever its name. */
export function githubPolicyUrl(repo: string, location: PolicyLocation): string {
  return `https://github.com/${repo}/blob/HEAD/${policyRelativePath(location)}`;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function supportedSection(rows: readonly VersionRow[]): string[] {
  if (rows.length === 0) {
    return [
      '## Supported Versions',
      '',
      'Security fixes are made for the latest release only; please upgrade to it before reporting.',
      '',
    ];
  }
  const width = Math.max('Version'.length, ...rows.map((r) => r.version.length));
  const lines = [
    '## Supported Versions',
    '',
    `| ${'Version'.padEnd(width)} | Supported |`,
    `| ${'-'.repeat(width)} | --------- |`,
  ];
  // The emoji are two columns wide: padded to 8 characters they line up under "Supported".
  for (const r of rows) lines.push(`| ${r.version.padEnd(width)} | ${(r.supported ? '✅' : '❌').padEnd(8)} |`);
  lines.push('');
  return lines;
}

export function generateSecurityMd(a: PolicyAnswers): string {
  const email = a.email?.trim();
  const key = a.encryptionKeyUrl?.trim();
  const channels: string[] = [];
  if (a.github) {
    channels.push(
      `- Through GitHub's private vulnerability reporting: [report a vulnerability](${githubAdvisoryUrl(a.github.trim())}) from the **Security** tab of this repository.`,
    );
  }
  if (email) {
    channels.push(
      key
        ? `- By email to [${email}](mailto:${email}), encrypted with our OpenPGP key: <${key}>.`
        : `- By email to [${email}](mailto:${email}).`,
    );
  }
  if (a.formUrl) channels.push(`- Through our [vulnerability report form](${a.formUrl.trim()}).`);
  if (key && !email) channels.push(`- Our OpenPGP key, to encrypt what you send: <${key}>.`);

  const lines = [
    '# Security Policy',
    '',
    ...supportedSection(a.supported),
    '## Reporting a Vulnerability',
    '',
    'Please do not report security vulnerabilities through public issues, discussions or pull requests.',
    '',
    'Report them privately instead:',
    '',
    ...channels,
    '',
    'Please include a description of the vulnerability, the steps to reproduce it, the affected versions and its impact.',
    '',
    '## Response Timeline',
    '',
    `We acknowledge your report within ${a.ackDays} business day${a.ackDays === 1 ? '' : 's'}, then keep you informed of our progress until a fix is released.`,
    '',
    '## Disclosure Policy',
    '',
    a.disclosureDays === null
      ? 'We agree on a disclosure date with you, and publish an advisory once a fix is available.'
      : `We publish a fix and an advisory within ${a.disclosureDays} days of your report, and agree on the date with you. We credit you in the advisory unless you prefer otherwise.`,
    '',
  ];
  if (a.scope) {
    lines.push(
      '## Scope',
      '',
      'In scope: the code in this repository and the releases published from it.',
      '',
      'Out of scope: vulnerabilities in third-party dependencies (please report them to their maintainers), denial of service by traffic volume, social engineering, and findings from automated scanners without a demonstrated impact.',
      '',
    );
  }
  if (a.safeHarbor) {
    lines.push(
      '## Safe Harbor',
      '',
      'We consider security research conducted in good faith under this policy to be authorized. We will not pursue or support legal action against you for it, provided you avoid privacy violations, data destruction and service disruption, and give us reasonable time to fix the issue before any disclosure.',
      '',
    );
  }
  lines.push(`Last updated: ${isoDate(a.today)}`, '');
  return lines.join('\n');
}
