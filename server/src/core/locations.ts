/**
 * Where security files live, written once: their names, the folders GitHub, OpenSSF Scorecard and RFC 9116 look
 * in, and where the generators put new ones. The CLI's folder search, the server, the client's document selector,
 * the wizards and `init` all read these.
 */
import type { FileKind } from './types';

/** SECURITY.md and localized copies such as SECURITY.zh-CN.md or security.pt_BR.md, any case. */
const SECURITY_MD = /^security(?:\.[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)?\.md$/i;
const CANONICAL_SECURITY_MD = /^security\.md$/i;
const SECURITY_TXT = /^security\.txt$/i;
/** security-insights.yml (v2) and SECURITY-INSIGHTS.yml (v1), any case, `.yml` or `.yaml`. */
const SECURITY_INSIGHTS = /^security-insights\.ya?ml$/i;

/** Folders never searched for security files: dependencies, build output and version-control data. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'out',
  'build',
  'target',
  'vendor',
  '.venv',
  '__pycache__',
]);

/** Larger files are not checked: a policy or security.txt is a few kilobytes; 1 MB documents still are. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Why a file of `bytes` is not checked, or undefined when its size is fine. */
export function tooLargeReason(bytes: number): string | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB a security file can sensibly be`;
}

/** Glob patterns for the same names, for editors' document selectors and file watchers. */
export const FILE_GLOBS: Record<FileKind, readonly string[]> = {
  md: ['**/[sS][eE][cC][uU][rR][iI][tT][yY].md', '**/[sS][eE][cC][uU][rR][iI][tT][yY].*.md'],
  txt: ['**/[sS][eE][cC][uU][rR][iI][tT][yY].txt'],
  si: ['**/[sS][eE][cC][uU][rR][iI][tT][yY]-[iI][nN][sS][iI][gG][hH][tT][sS].{yml,yaml}'],
};

/** The editor language of each kind (VS Code language ids, also sent by other LSP clients). */
export const LANGUAGE_IDS: Record<FileKind, string> = { md: 'markdown', txt: 'securitytxt', si: 'securityinsights' };

/** Where a policy can be placed so GitHub shows it, as answered by the wizard and `init --dir`. */
export const POLICY_LOCATIONS = ['root', '.github', 'docs'] as const;
export type PolicyLocation = (typeof POLICY_LOCATIONS)[number];

/** The folders GitHub surfaces a SECURITY.md from, in the order it prefers them ('' is the root). */
export const STANDARD_POLICY_DIRS = ['.github', '', 'docs'] as const;

/** Folders whose content a static-site generator serves at the site root. */
export const STATIC_SITE_DIRS = ['public', 'static'] as const;

/** Where a security.txt is looked for: `.well-known/` (RFC 9116 §3), the legacy root, and under static folders. */
export const SECURITY_TXT_DIRS = ['.well-known', '', ...STATIC_SITE_DIRS.flatMap((d) => [d, `${d}/.well-known`])] as const;

/** Where Security Insights readers (OSPS Baseline scanner, LFX, CLOMonitor) look for security-insights.yml. */
export const INSIGHTS_DIRS = ['', '.github'] as const;

/** The folders, relative to a repository, where the CLI's folder search finds each kind. */
export const SEARCHED_DIRS: Record<FileKind, readonly string[]> = { md: STANDARD_POLICY_DIRS, txt: SECURITY_TXT_DIRS, si: INSIGHTS_DIRS };

/** The name and place of a new Security Insights file (v2 spelling, in the root). */
export const INSIGHTS_TARGET = 'security-insights.yml';

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? '';
}

export function dirName(path: string): string {
  const normalized = path.replace(/\\/g, '/');
  const i = normalized.lastIndexOf('/');
  return i < 0 ? '' : normalized.slice(0, i);
}

/** The kind of security file a path names, or undefined for every other file. */
export function fileKindOf(path: string): FileKind | undefined {
  const name = baseName(path);
  if (SECURITY_MD.test(name)) return 'md';
  if (SECURITY_TXT.test(name)) return 'txt';
  if (SECURITY_INSIGHTS.test(name)) return 'si';
  return undefined;
}

/** SECURITY.md itself, any case, not a localized copy such as SECURITY.zh-CN.md. */
export function isCanonicalPolicyName(path: string): boolean {
  return CANONICAL_SECURITY_MD.test(baseName(path));
}

export function isStandardPolicyPath(relativePath: string): boolean {
  return isCanonicalPolicyName(relativePath) && (STANDARD_POLICY_DIRS as readonly string[]).includes(dirName(relativePath));
}

/**
 * The workspace files other files' contacts are compared with: its own SECURITY.md (root, .github/ or docs/) and
 * its security.txt (the first in a searched folder).
 */
export function contactSources(files: readonly string[]): { policy?: string; securityTxt?: string } {
  return { policy: files.find(isStandardPolicyPath), securityTxt: files.find((f) => fileKindOf(f) === 'txt' && isSearchedPath(f)) };
}

/** True for a security file (relative to a repository root) in a folder where its kind is looked for. */
export function isSearchedPath(relativePath: string): boolean {
  const kind = fileKindOf(relativePath);
  return kind !== undefined && SEARCHED_DIRS[kind].includes(dirName(relativePath));
}

/** True where RFC 9116 §3 wants a security.txt: in a `.well-known/` folder. */
export function isWellKnownPath(relativePath: string): boolean {
  return /(^|\/)\.well-known$/i.test(dirName(relativePath));
}

export function policyRelativePath(location: PolicyLocation): string {
  return location === 'root' ? 'SECURITY.md' : `${location}/SECURITY.md`;
}

/** The location of a policy path ("docs/SECURITY.md" → docs), or undefined for a place GitHub does not show. */
export function policyLocationOf(relativePath: string): PolicyLocation | undefined {
  const dir = dirName(relativePath);
  if (dir === '') return 'root';
  return (POLICY_LOCATIONS as readonly string[]).includes(dir) ? (dir as PolicyLocation) : undefined;
}

/** Where a new security.txt goes: `.well-known/` under the static folder a site generator serves, if any. */
export function securityTxtTarget(rootEntries: readonly string[]): string {
  const staticDir = STATIC_SITE_DIRS.find((d) => rootEntries.includes(d));
  return staticDir ? `${staticDir}/.well-known/security.txt` : '.well-known/security.txt';
}

/** The URL a site serves its security.txt at: https://acme.org → https://acme.org/.well-known/security.txt */
export function canonicalUrl(siteUrl: string): string {
  return `${new URL(siteUrl.trim()).origin}/.well-known/security.txt`;
}
