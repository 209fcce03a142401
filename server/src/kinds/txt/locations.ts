/** Where a security.txt lives: RFC 9116 §3's `.well-known/`, the legacy root, and the folders static sites serve. */
import type { KindFiles } from '../../core/kind';
import { dirName } from '../../core/locations';

export const SECURITY_TXT = /^security\.txt$/i;

/** Folders whose content a static-site generator serves at the site root. */
export const STATIC_SITE_DIRS = ['public', 'static'] as const;

/** Where a security.txt is looked for: `.well-known/` (RFC 9116 §3), the legacy root, and under static folders. */
export const SECURITY_TXT_DIRS = [
  '.well-known',
  '',
  ...STATIC_SITE_DIRS.flatMap((d) => [d, `${d}/.well-known`]),
] as const;

/** True where RFC 9116 §3 wants a security.txt: in a `.well-known/` folder. */
export function isWellKnownPath(relativePath: string): boolean {
  return /(^|\/)\.well-known$/i.test(dirName(relativePath));
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

export const TXT_FILES: KindFiles<'txt'> = {
  id: 'txt',
  displayName: 'security.txt',
  languageId: 'securitytxt',
  fenceLanguage: 'text',
  contributes: { aliases: ['security.txt', 'securitytxt'], filenames: ['security.txt'], scopeName: 'text.securitytxt' },
  fileName: SECURITY_TXT,
  globs: ['**/[sS][eE][cC][uU][rR][iI][tT][yY].txt'],
  searchedDirs: SECURITY_TXT_DIRS,
};
