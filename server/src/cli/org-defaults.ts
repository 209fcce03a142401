/**
 * The organisation's defaults named on the command line (`--org-defaults PATH`) or by `orgDefaults` in the
 * configuration; what a default policy is and how GitHub picks it: ../node/org-defaults.ts.
 */
import { resolve } from 'node:path';
import { orgDefaultsAt, type OrgDefaults } from '../node/org-defaults';
import { quotePath } from './quote-path';

export { hasOwnPolicy, inheritedLabel, shownPolicy, type OrgDefaults } from '../node/org-defaults';

/**
 * The defaults named by `--org-defaults` or `orgDefaults` (relative to `cwd`): a folder whose policy GitHub would
 * show; else why it cannot be used (a usage error).
 */
export function resolveOrgDefaults(path: string, cwd: string): OrgDefaults | { error: string } {
  const found = orgDefaultsAt(resolve(cwd, path));
  if (found === 'no folder') return { error: `Organisation defaults: no such folder ${quotePath(path)}.` };
  if (found === 'no policy')
    return {
      error: `Organisation defaults: no SECURITY.md in the root, .github/ or docs/ of ${quotePath(path)}, expected a checkout of the organisation's .github repository.`,
    };
  return found;
}
