/**
 * SECURITY.md generation from answers (./answers.ts), in the language the answers choose (./texts/). Pure
 * functions; the wizard and `init` ask the questions (./questions.ts) and write or show the result. What is
 * generated passes the project's own checks in every language (test/generate.test.ts,
 * test/generate-languages.test.ts).
 */
import { githubAdvisoryUrl } from '../../core/answers';
import { policyRelativePath, type PolicyLocation } from './locations';
import { policyTexts, type PolicyTexts } from './texts';
import type { PolicyAnswers, VersionRow } from './answers';

/** The policy's address on GitHub, on the default branch whatever its name. */
export function githubPolicyUrl(repo: string, location: PolicyLocation): string {
  return `https://github.com/${repo}/blob/HEAD/${policyRelativePath(location)}`;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Columns a string takes in a monospaced editor: CJK, Hangul and the status emoji take two. */
function columns(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ? 2 : 1;
    if (c === 0x2705 || c === 0x274c || (c >= 0xff00 && c <= 0xff60)) n++;
  }
  return n;
}

const padded = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - columns(s)));

function supportedSection(t: PolicyTexts, rows: readonly VersionRow[]): string[] {
  const heading = [`## ${t.headings.supported}`, ''];
  if (rows.length === 0) return [...heading, t.latestOnly, ''];
  const width = Math.max(columns(t.versionColumn), ...rows.map((r) => r.version.length));
  const statusWidth = Math.max(3, columns(t.supportedColumn));
  const lines = [
    ...heading,
    `| ${padded(t.versionColumn, width)} | ${padded(t.supportedColumn, statusWidth)} |`,
    `| ${'-'.repeat(width)} | ${'-'.repeat(statusWidth)} |`,
  ];
  for (const r of rows)
    lines.push(`| ${r.version.padEnd(width)} | ${padded(r.supported ? '✅' : '❌', statusWidth)} |`);
  lines.push('');
  return lines;
}

function channels(t: PolicyTexts, a: PolicyAnswers): string[] {
  const email = a.email?.trim();
  const key = a.encryptionKeyUrl?.trim();
  const out: string[] = [];
  if (a.github) out.push(t.viaGithub(githubAdvisoryUrl(a.github.trim())));
  if (email) out.push(key ? t.viaEncryptedEmail(email, key) : t.viaEmail(email));
  if (a.formUrl) out.push(t.viaForm(a.formUrl.trim()));
  if (key && !email) out.push(t.keyOnly(key));
  return out.map((line) => `- ${line}`);
}

export function generateSecurityMd(a: PolicyAnswers): string {
  const t = policyTexts(a.language ?? 'en');
  const lines = [
    `# ${t.title}`,
    '',
    ...supportedSection(t, a.supported),
    `## ${t.headings.reporting}`,
    '',
    t.noPublicIssues,
    '',
    t.reportPrivately,
    '',
    ...channels(t, a),
    '',
    t.include,
    '',
    `## ${t.headings.response}`,
    '',
    t.acknowledge(a.ackDays),
    '',
    `## ${t.headings.disclosure}`,
    '',
    t.disclosure(a.disclosureDays),
    '',
  ];
  if (a.scope) lines.push(`## ${t.headings.scope}`, '', t.inScope, '', t.outOfScope, '');
  if (a.safeHarbor) lines.push(`## ${t.headings.safeHarbor}`, '', t.safeHarbor, '');
  lines.push(t.lastUpdated(isoDate(a.today)), '');
  return lines.join('\n');
}
