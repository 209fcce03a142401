/**
 * Policy generation: a SECURITY.md and a security.txt from a few answers. Pure functions; the CLI (`init`) and the
 * VS Code wizard only ask the questions and write or show the result. What is generated passes the project's own
 * checks (see test/generate.test.ts).
 */
import { expiresOneYearAhead } from './securitytxt';
import { canonicalUrl, POLICY_LOCATIONS, policyRelativePath, securityTxtTarget, SECURITY_TXT_DIRS, type PolicyLocation } from './locations';

export const ACK_DAYS_CHOICES = [1, 2, 3, 5, 7, 10] as const;
// 10 business days is two weeks: a longer promise is what response-timeframe-long reports.
export const MAX_ACK_DAYS = 10;
export const DEFAULT_ACK_DAYS = 3;
export const DISCLOSURE_DAYS_MIN = 30;
export const DISCLOSURE_DAYS_MAX = 180;
export const DEFAULT_DISCLOSURE_DAYS = 90;

export interface VersionRow {
  version: string;
  supported: boolean;
}

export interface PolicyAnswers {
  location: PolicyLocation;
  /** "owner/repo": reports through GitHub private vulnerability reporting. */
  github?: string;
  email?: string;
  /** An https:// web form for reports. */
  formUrl?: string;
  /** An https:// URL of the OpenPGP key for email reports. */
  encryptionKeyUrl?: string;
  /** Business days to the first acknowledgement (1 to MAX_ACK_DAYS). */
  ackDays: number;
  /** Days to coordinated disclosure (30 to 180), or null for none stated. */
  disclosureDays: number | null;
  /** Rows of the supported-versions table; empty means "the latest release only". */
  supported: VersionRow[];
  scope: boolean;
  safeHarbor: boolean;
  today: Date;
}

export interface SecurityTxtAnswers {
  /** Contact URIs, in order of preference: mailto:, https:. */
  contacts: string[];
  encryptionKeyUrl?: string;
  /** https:// URL of the human-readable policy. */
  policyUrl?: string;
  /** https:// origin of the web site serving the file: gives Canonical. */
  siteUrl?: string;
  /** RFC 5646 tags, e.g. ["en", "de"]. */
  languages: string[];
  today: Date;
}

// ---------------------------------------------------------------------------------------------------------------
// Validation: each returns a message for a bad answer, or undefined. Used per keystroke by the wizard.

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const GITHUB_REPO = /^[a-z0-9](?:[a-z0-9-]{0,38})\/[\w.-]{1,100}$/i;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$/i;

export function validateEmail(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter an email address, e.g. security@your-project.org.';
  if (v.toLowerCase().startsWith('mailto:')) return 'Enter the address without "mailto:".';
  if (!EMAIL.test(v)) return `"${v}" is not an email address, expected e.g. security@your-project.org.`;
  if (/noreply|no-reply/i.test(v)) return `"${v}" cannot receive reports, expected a monitored mailbox.`;
  return undefined;
}

export function validateHttpsUrl(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter a URL starting with https://.';
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return `"${v}" is not a URL, expected one starting with https://.`;
  }
  if (url.protocol !== 'https:') return `"${v}" is not https, expected a URL starting with https://.`;
  if (!url.hostname.includes('.')) return `"${v}" has no domain name, expected e.g. https://your-project.org/...`;
  return undefined;
}

export function validateGithubRepo(value: string): string | undefined {
  const v = value.trim();
  if (!GITHUB_REPO.test(v)) return `"${v}" is not a GitHub repository, expected owner/repo.`;
  return undefined;
}

export function validateAckDays(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > MAX_ACK_DAYS) return `${value} is not a number of business days from 1 to ${MAX_ACK_DAYS}.`;
  return undefined;
}

export function validateDisclosureDays(value: number | null): string | undefined {
  if (value === null) return undefined;
  if (!Number.isInteger(value) || value < DISCLOSURE_DAYS_MIN || value > DISCLOSURE_DAYS_MAX) {
    return `${value} is not a disclosure window from ${DISCLOSURE_DAYS_MIN} to ${DISCLOSURE_DAYS_MAX} days.`;
  }
  return undefined;
}

export function validateLanguages(value: string): string | undefined {
  const tags = parseLanguages(value);
  if (tags.length === 0) return 'Enter at least one language tag, e.g. en.';
  const bad = tags.find((t) => !LANGUAGE_TAG.test(t));
  return bad ? `"${bad}" is not a language tag, expected e.g. en, de or pt-BR.` : undefined;
}

export function parseLanguages(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** "3.x, < 3.0" → rows; a row starting with "<" or "!" is unsupported ("!2.x" is written "2.x"). */
export function parseSupportedVersions(value: string): VersionRow[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith('!')) return { version: part.slice(1).trim(), supported: false };
      return { version: part, supported: !part.startsWith('<') };
    });
}

export function formatSupportedVersions(rows: readonly VersionRow[]): string {
  return rows.map((r) => (r.supported || r.version.startsWith('<') ? r.version : `!${r.version}`)).join(', ');
}

export function validateSupportedVersions(value: string): string | undefined {
  const rows = parseSupportedVersions(value);
  if (rows.length === 0) return undefined;
  const bad = rows.find((r) => !/^(?:<\s?)?v?\d+(?:\.(?:\d+|x|\*)){0,2}(?:\.x)?$/i.test(r.version) || r.version.includes('|'));
  if (bad) return `"${bad.version}" is not a version, expected e.g. "3.x, < 3.0".`;
  if (!rows.some((r) => r.supported)) return 'No version is supported, expected at least one, e.g. "3.x, < 3.0".';
  return undefined;
}

/** Every problem with a set of answers, worst first; empty when they can be generated. */
export function validatePolicyAnswers(a: PolicyAnswers): string[] {
  const problems: string[] = [];
  if (!a.github && !a.email && !a.formUrl) problems.push('No way to report, expected at least one of a GitHub repository, an email or a web form.');
  const check = (message: string | undefined): void => {
    if (message) problems.push(message);
  };
  if (a.github !== undefined) check(validateGithubRepo(a.github));
  if (a.email !== undefined) check(validateEmail(a.email));
  if (a.formUrl !== undefined) check(validateHttpsUrl(a.formUrl));
  if (a.encryptionKeyUrl !== undefined) check(validateHttpsUrl(a.encryptionKeyUrl));
  check(validateAckDays(a.ackDays));
  check(validateDisclosureDays(a.disclosureDays));
  if (a.supported.length > 0) check(validateSupportedVersions(formatSupportedVersions(a.supported)));
  return problems;
}

/** A security.txt contact as typed: an email address (with or without "mailto:") or an https:// URL. */
export function contactUri(value: string): string {
  const v = value.trim();
  return v.includes('@') && !v.startsWith('https://') ? `mailto:${v.replace(/^mailto:/i, '')}` : v;
}

export function validateContactUri(uri: string): string | undefined {
  return uri.startsWith('mailto:') ? validateEmail(uri.slice(7)) : validateHttpsUrl(uri);
}

export function validateSecurityTxtAnswers(a: SecurityTxtAnswers): string[] {
  const problems: string[] = [];
  if (a.contacts.length === 0) problems.push('No contact, expected an email or an https:// URL.');
  for (const c of a.contacts) {
    const message = validateContactUri(c);
    if (message) problems.push(message);
  }
  for (const url of [a.encryptionKeyUrl, a.policyUrl, a.siteUrl]) {
    if (url !== undefined) {
      const message = validateHttpsUrl(url);
      if (message) problems.push(message);
    }
  }
  const languages = validateLanguages(a.languages.join(', '));
  if (languages) problems.push(languages);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Generation

export function githubAdvisoryUrl(repo: string): string {
  return `https://github.com/${repo}/security/advisories/new`;
}

/** The policy's address on GitHub, on the default branch whatever its name. */
export function githubPolicyUrl(repo: string, location: PolicyLocation): string {
  return `https://github.com/${repo}/blob/HEAD/${policyRelativePath(location)}`;
}

/** The security.txt contacts a policy's answers give, in the order the policy lists them. */
export function securityTxtContacts(a: Pick<PolicyAnswers, 'email' | 'github' | 'formUrl'>): string[] {
  const contacts: string[] = [];
  if (a.email) contacts.push(`mailto:${a.email.trim()}`);
  if (a.formUrl) contacts.push(a.formUrl.trim());
  if (a.github) contacts.push(githubAdvisoryUrl(a.github.trim()));
  return contacts;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function supportedSection(rows: readonly VersionRow[]): string[] {
  if (rows.length === 0) {
    return ['## Supported Versions', '', 'Security fixes are made for the latest release only; please upgrade to it before reporting.', ''];
  }
  const width = Math.max('Version'.length, ...rows.map((r) => r.version.length));
  const lines = ['## Supported Versions', '', `| ${'Version'.padEnd(width)} | Supported |`, `| ${'-'.repeat(width)} | --------- |`];
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
    channels.push(key ? `- By email to [${email}](mailto:${email}), encrypted with our OpenPGP key: <${key}>.` : `- By email to [${email}](mailto:${email}).`);
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

export function generateSecurityTxt(a: SecurityTxtAnswers): string {
  const lines: string[] = [];
  for (const contact of a.contacts) lines.push(`Contact: ${contact.trim()}`);
  lines.push(`Expires: ${expiresOneYearAhead(a.today)}`);
  if (a.encryptionKeyUrl) lines.push(`Encryption: ${a.encryptionKeyUrl.trim()}`);
  if (a.languages.length > 0) lines.push(`Preferred-Languages: ${a.languages.join(', ')}`);
  if (a.siteUrl) lines.push(`Canonical: ${canonicalUrl(a.siteUrl)}`);
  if (a.policyUrl) lines.push(`Policy: ${a.policyUrl.trim()}`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Workspace facts: parsers over file contents, so that each host reads files its own way.

/** The GitHub owner/repo of the "origin" remote (or the first GitHub remote) in a .git/config. */
export function githubRepoFromGitConfig(config: string): string | undefined {
  const remotes: Array<{ name: string; url: string }> = [];
  let current: string | undefined;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[remote\s+"([^"]{1,200})"\]\s*$/.exec(line);
    if (section) {
      current = section[1];
      continue;
    }
    if (/^\s*\[/.test(line)) {
      current = undefined;
      continue;
    }
    const url = /^\s*url\s*=\s*(\S{1,500})\s*$/.exec(line);
    if (current !== undefined && url) remotes.push({ name: current, url: url[1] });
  }
  remotes.sort((x, y) => Number(y.name === 'origin') - Number(x.name === 'origin'));
  for (const remote of remotes) {
    const m = /github\.com[:/]([\w.-]{1,100})\/([\w.-]{1,100}?)(?:\.git)?\/?$/i.exec(remote.url);
    if (m) return `${m[1]}/${m[2]}`;
  }
  return undefined;
}

export function versionFromPackageJson(text: string): string | undefined {
  try {
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/** `version = "1.2.3"` in the [package] (Cargo.toml) or [project] / [tool.poetry] (pyproject.toml) table. */
export function versionFromToml(text: string, tables: readonly string[]): string | undefined {
  let table = '';
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[([\w.-]{1,100})\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      table = header[1];
      continue;
    }
    const version = /^\s*version\s*=\s*["']([^"'\s]{1,50})["']/.exec(line);
    if (version && tables.includes(table)) return version[1];
  }
  return undefined;
}

/** The highest release among git tag names (v1.2.3 or 1.2.3; pre-releases ignored). */
export function latestVersionTag(tags: readonly string[]): string | undefined {
  let best: number[] | undefined;
  let bestName: string | undefined;
  for (const tag of tags) {
    const m = /^v?(\d{1,6})\.(\d{1,6})(?:\.(\d{1,6}))?$/.exec(tag.trim());
    if (!m) continue;
    const parts = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    if (!best || parts[0] > best[0] || (parts[0] === best[0] && (parts[1] > best[1] || (parts[1] === best[1] && parts[2] > best[2])))) {
      best = parts;
      bestName = tag.trim().replace(/^v/, '');
    }
  }
  return bestName;
}

/** Current major supported, older ones not: 3.2.1 → 3.x ✅, < 3.0 ❌; 0.4.2 → 0.4.x ✅, < 0.4 ❌. */
export function supportedRowsFor(version: string | undefined): VersionRow[] {
  const m = version ? /^v?(\d{1,6})\.(\d{1,6})/.exec(version) : null;
  if (!m) return [];
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major > 0)
    return major === 1
      ? [{ version: '1.x', supported: true }]
      : [
          { version: `${major}.x`, supported: true },
          { version: `< ${major}.0`, supported: false },
        ];
  return minor > 0
    ? [
        { version: `0.${minor}.x`, supported: true },
        { version: `< 0.${minor}`, supported: false },
      ]
    : [{ version: '0.0.x', supported: true }];
}

/** Reads a workspace the host's way: a file's text (undefined when absent) and a folder's entry names. */
export interface WorkspaceReader {
  readText(relativePath: string): Promise<string | undefined>;
  list(relativePath: string): Promise<string[]>;
}

export interface WorkspaceFacts {
  github?: string;
  version?: string;
  versionSource?: string;
  supported: VersionRow[];
  /** Where a security.txt goes: .well-known/ under the static folder a site generator serves, if any. */
  securityTxtPath: string;
  /** Existing policies, by location. */
  existingPolicies: string[];
  existingSecurityTxt?: string;
}

export async function gatherWorkspaceFacts(reader: WorkspaceReader): Promise<WorkspaceFacts> {
  const gitConfig = await reader.readText('.git/config');
  const github = gitConfig ? githubRepoFromGitConfig(gitConfig) : undefined;
  let version: string | undefined;
  let versionSource: string | undefined;
  const sources: Array<[string, (text: string) => string | undefined]> = [
    ['package.json', versionFromPackageJson],
    ['Cargo.toml', (t) => versionFromToml(t, ['package', 'workspace.package'])],
    ['pyproject.toml', (t) => versionFromToml(t, ['project', 'tool.poetry'])],
  ];
  for (const [file, parse] of sources) {
    const text = await reader.readText(file);
    version = text === undefined ? undefined : parse(text);
    if (version) {
      versionSource = file;
      break;
    }
  }
  if (!version) {
    const packed = (await reader.readText('.git/packed-refs')) ?? '';
    const tags = [
      ...(await reader.list('.git/refs/tags')),
      ...packed.split(/\r?\n/).flatMap((l) => /^[0-9a-f]{40} refs\/tags\/(\S{1,200})$/.exec(l)?.[1] ?? []),
    ];
    version = latestVersionTag(tags);
    if (version) versionSource = 'git tags';
  }
  const root = await reader.list('');
  const securityTxtPath = securityTxtTarget(root);
  const existingPolicies: string[] = [];
  for (const location of POLICY_LOCATIONS) {
    const folder = location === 'root' ? root : await reader.list(location);
    const name = folder.find((n) => n.toLowerCase() === 'security.md');
    if (name) existingPolicies.push(location === 'root' ? name : `${location}/${name}`);
  }
  let existingSecurityTxt: string | undefined;
  for (const candidate of [securityTxtPath, ...SECURITY_TXT_DIRS.map((d) => (d ? `${d}/security.txt` : 'security.txt'))]) {
    if ((await reader.readText(candidate)) !== undefined) {
      existingSecurityTxt = candidate;
      break;
    }
  }
  return { github, version, versionSource, supported: supportedRowsFor(version), securityTxtPath, existingPolicies, existingSecurityTxt };
}
