/**
 * An organisation's default policy, as GitHub applies it: a repository with no SECURITY.md of its own (in its root,
 * `.github/` or `docs/`) is given the SECURITY.md of its account's `.github` repository (from its `.github/`, else
 * its root, else `docs/`). In an organisation scan the `.github` repository beside the others is that repository;
 * checking a single repository, `--org-defaults PATH` or the configuration's `orgDefaults` names a checkout of it.
 */
import { statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { isStandardPolicyPath } from '../index';
import { searchedSecurityFiles } from '../node/files';
import { quotePath } from './quote-path';

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

/**
 * The defaults named by `--org-defaults` or `orgDefaults` (relative to `cwd`): a folder whose policy GitHub would
 * show; else why it cannot be used (a usage error).
 */
export function resolveOrgDefaults(path: string, cwd: string): OrgDefaults | { error: string } {
  const root = resolve(cwd, path);
  let folder = false;
  try {
    folder = statSync(root).isDirectory();
  } catch {
    folder = false;
  }
  if (!folder) return { error: `Organisation defaults: no such folder ${quotePath(path)}.` };
  const policy = shownPolicy(searchedSecurityFiles(root));
  if (!policy)
    return {
      error: `Organisation defaults: no SECURITY.md in the root, .github/ or docs/ of ${quotePath(path)}, expected a checkout of the organisation's .github repository.`,
    };
  return { root, policy };
}
