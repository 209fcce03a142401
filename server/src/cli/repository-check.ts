/**
 * A repository's own findings, beside its files': the rules that check a repository as a whole (a SECURITY.md it
 * lacks: security-md-missing), and what every format lists of it (the policy GitHub shows from its files, or none).
 * A missing policy is reported on the file that would hold it (`SECURITY.md` in the repository's root, marked
 * `missing`), so that SARIF, annotations and the job summary place it where `init` writes the policy.
 */
import { join } from 'node:path';
import { allRules, type Config } from '../index';
import { lintRepository } from '../core/repository-checks';
import type { WorkspaceHost } from '../node/host';
import { fileReport, type FileReport } from './formats';
import { shownPolicy } from './org-defaults';

/** How every format lists a repository: the policy GitHub shows from its own files (its path in it), or null. */
export interface RepositoryListing {
  policy: string | null;
}

export interface RepositoryOutcome {
  listing: RepositoryListing;
  /** The repository's own findings, on its missing `SECURITY.md`; absent when there are none. */
  report?: FileReport;
  /** Rules that threw, for the notes. */
  failures: Array<{ ruleId: string; error: unknown }>;
}

/**
 * Checks the repository at `host.root` as a whole; `shown` turns a path into how the output shows it, `locale` is
 * `--locale`'s.
 */
export function checkRepositoryOf(
  host: WorkspaceHost,
  config: Config,
  today: Date,
  shown: (path: string) => string,
  locale?: string,
): RepositoryOutcome {
  const files = host.securityFiles();
  const env = { today, workspaceFiles: files, inheritedPolicy: host.inheritedPolicy()?.label };
  const checked = lintRepository({ rules: allRules, config, env });
  const listing = { policy: shownPolicy(files) ?? null };
  if (checked.findings.length === 0) return { listing, failures: checked.failures };
  const { file, kind, diagnostics } = fileReport(
    shown(join(host.root, 'SECURITY.md')),
    'md',
    '',
    checked.findings,
    locale,
  );
  return { listing, report: { file, kind, missing: true, diagnostics }, failures: checked.failures };
}
