/** Where a SECURITY.md lives: its names, the folders GitHub and Scorecard look in, where the wizard puts one. */
import type { KindFiles } from '../../core/kind';
import { baseName, dirName } from '../../core/locations';

/** SECURITY.md and localized copies such as SECURITY.zh-CN.md or security.pt_BR.md, any case. */
export const SECURITY_MD = /^security(?:\.[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)?\.md$/i;
const CANONICAL_SECURITY_MD = /^security\.md$/i;

/** Where a policy can be placed so GitHub shows it, as answered by the wizard and `init --dir`. */
export const POLICY_LOCATIONS = ['root', '.github', 'docs'] as const;
export type PolicyLocation = (typeof POLICY_LOCATIONS)[number];

/** The folders GitHub surfaces a SECURITY.md from, in the order it prefers them ('' is the root). */
export const STANDARD_POLICY_DIRS = ['.github', '', 'docs'] as const;

/** SECURITY.md itself, any case, not a localized copy such as SECURITY.zh-CN.md. */
export function isCanonicalPolicyName(path: string): boolean {
  return CANONICAL_SECURITY_MD.test(baseName(path));
}

export function isStandardPolicyPath(relativePath: string): boolean {
  return (
    isCanonicalPolicyName(relativePath) && (STANDARD_POLICY_DIRS as readonly string[]).includes(dirName(relativePath))
  );
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

export const MD_FILES: KindFiles<'md'> = {
  id: 'md',
  displayName: 'SECURITY.md',
  languageId: 'markdown',
  fenceLanguage: 'markdown',
  fileName: SECURITY_MD,
  globs: ['**/[sS][eE][cC][uU][rR][iI][tT][yY].md', '**/[sS][eE][cC][uU][rR][iI][tT][yY].*.md'],
  searchedDirs: STANDARD_POLICY_DIRS,
};
