/** File kinds by name and the places GitHub and OpenSSF Scorecard look for a policy. */
import type { FileKind } from './types';

const SECURITY_MD = /^security(?:\.[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)?\.md$/i;
const CANONICAL_SECURITY_MD = /^security\.md$/i;
const SECURITY_TXT = /^security\.txt$/i;

/** The folders GitHub surfaces a SECURITY.md from, in the order it prefers them. */
export const STANDARD_POLICY_DIRS = ['.github', '', 'docs'] as const;

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
  return undefined;
}

/** SECURITY.md itself, any case, not a localized copy such as SECURITY.zh-CN.md. */
export function isCanonicalPolicyName(path: string): boolean {
  return CANONICAL_SECURITY_MD.test(baseName(path));
}

export function isStandardPolicyPath(relativePath: string): boolean {
  return isCanonicalPolicyName(relativePath) && (STANDARD_POLICY_DIRS as readonly string[]).includes(dirName(relativePath));
}
