/**
 * An organisation's default policy, as GitHub applies it: a repository with no SECURITY.md of its own (in its root,
 * `.github/` or `docs/`) is given the SECURITY.md of its account's `.github` repository (from its `.github/`, else
 * its root, else `docs/`). The CLI finds that repository beside the others of an organisation scan or by
 * `--org-defaults`; the language server among the workspace's folders or by `orgDefaults` in the configuration.
 */
import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { isStandardPolicyPath } from '../index';
import { searchedSecurityFiles } from './files';

export interface OrgDefaults {
  /** The folder of the organisation's `.github` repository. */
  root: string;
  /** The policy GitHub shows from it, relative to `root` with `/` separators. */
  policy: string;
}

/** The folders GitHub takes a policy from, in the order it prefers them ('' is the root). */
const PREFERENCE = ['.github', '', 'docs'];
const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/** The policy GitHub shows from a repository's files where they are looked for (relative), if any. */
export function shownPolicy(files: readonly string[]): string | undefined {
  const policies = files.filter(isStandardPolicyPath);
  return policies.sort((a, b) => PREFERENCE.indexOf(folderOf(a)) - PREFERENCE.indexOf(folderOf(b)))[0];
}

/** Whether a repository has a policy of its own where GitHub looks: then no default applies to it. */
export const hasOwnPolicy = (files: readonly string[]): boolean => files.some(isStandardPolicyPath);

/** How the engine's rules name an inherited policy: `acme/.github: SECURITY.md` (the account and the repository). */
export function inheritedLabel(defaults: OrgDefaults): string {
  return `${basename(dirname(defaults.root))}/${basename(defaults.root)}: ${defaults.policy}`;
}

/** The defaults a folder (absolute) gives: 'no folder' when it is none, 'no policy' when GitHub would show none. */
export function orgDefaultsAt(root: string): OrgDefaults | 'no folder' | 'no policy' {
  let folder = false;
  try {
    folder = statSync(root).isDirectory();
  } catch {
    folder = false;
  }
  if (!folder) return 'no folder';
  const policy = shownPolicy(searchedSecurityFiles(root));
  return policy ? { root, policy } : 'no policy';
}
