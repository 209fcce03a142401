/** English. */
import type { PolicyTexts } from './types';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en: PolicyTexts = {
  title: 'Security Policy',
  headings: {
    supported: 'Supported Versions',
    reporting: 'Reporting a Vulnerability',
    response: 'Response Timeline',
    disclosure: 'Disclosure Policy',
    scope: 'Scope',
    safeHarbor: 'Safe Harbor',
  },
  versionColumn: 'Version',
  supportedColumn: 'Supported',
  latestOnly: 'Security fixes are made for the latest release only; please upgrade to it before reporting.',
  noPublicIssues: 'Please do not report security vulnerabilities through public issues, discussions or pull requests.',
  reportPrivately: 'Report them privately instead:',
  viaGithub: (url) =>
    `Through GitHub's private vulnerability reporting: [report a vulnerability](${url}) from the **Security** tab of this repository.`,
  viaEmail: (email) => `By email to [${email}](mailto:${email}).`,
  viaEncryptedEmail: (email, key) =>
    `By email to [${email}](mailto:${email}), encrypted with our OpenPGP key: <${key}>.`,
  viaForm: (url) => `Through our [vulnerability report form](${url}).`,
  privateReporting:
    "To report a vulnerability privately, use GitHub's private vulnerability reporting: open the **Security** tab of this repository and choose **Report a vulnerability**.",
  keyOnly: (key) => `Our OpenPGP key, to encrypt what you send: <${key}>.`,
  include:
    'Please include a description of the vulnerability, the steps to reproduce it, the affected versions and its impact.',
  acknowledge: (days) =>
    `We acknowledge your report within ${plural(days, 'business day', 'business days')}, then keep you informed of our progress until a fix is released.`,
  disclosure: (days) =>
    days === null
      ? 'We agree on a disclosure date with you, and publish an advisory once a fix is available.'
      : `We publish a fix and an advisory within ${days} days of your report, and agree on the date with you. We credit you in the advisory unless you prefer otherwise.`,
  inScope: 'In scope: the code in this repository and the releases published from it.',
  outOfScope:
    'Out of scope: vulnerabilities in third-party dependencies (please report them to their maintainers), denial of service by traffic volume, social engineering, and findings from automated scanners without a demonstrated impact.',
  safeHarbor:
    'We consider security research conducted in good faith under this policy to be authorized. We will not pursue or support legal action against you for it, provided you avoid privacy violations, data destruction and service disruption, and give us reasonable time to fix the issue before any disclosure.',
  lastUpdated: (date) => `Last updated: ${date}`,
  fixes: {
    reportPrivately:
      "Please report security vulnerabilities privately through GitHub's private vulnerability reporting: open the **Security** tab of this repository and choose **Report a vulnerability**.",
    noPublicIssues: 'Please do not open public issues for security problems.',
    response: 'We will acknowledge your report within 3 business days and keep you informed of our progress.',
    disclosure:
      'We follow coordinated disclosure: we aim to publish a fix and an advisory within 90 days of your report, and we agree the disclosure date with you.',
    latestOnly: 'Only the latest release receives security fixes.',
    safeHarbor:
      'We will not pursue legal action against anyone who researches and reports a vulnerability in good faith: who reports it to us privately, avoids privacy violations, data destruction and service disruption, and gives us reasonable time to fix it before it is made public.',
  },
};
