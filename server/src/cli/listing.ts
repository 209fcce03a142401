/**
 * How every format lists a repository (issue 29: every repository of a scan appears in every output format): what
 * was found in it (its files, the organisation's policy it inherits, paths that could not be read), and "no policy"
 * where it has none of its own and inherits none.
 */
import type { UnitResult } from './check-unit';
import type { FileReport } from './formats';
import { quotePath } from './quote-path';

/**
 * What a repository without a policy of its own is given, as every format says it: `policy inherited from
 * acme/.github: SECURITY.md` (the organisation's `.github` repository as shown, and the policy in it).
 */
export const inheritedText = (inherited: NonNullable<UnitResult['inherited']>): string =>
  `policy inherited from ${quotePath(inherited.from)}: ${quotePath(inherited.file)}`;

/** The reports of files that exist (not the repository's own findings on a missing policy). */
export const presentReports = (reports: readonly FileReport[]): FileReport[] => reports.filter((r) => !r.missing);

/** Whether the repository has no policy of its own and inherits none (unknown when a folder could not be read). */
const hasNoPolicy = (result: UnitResult): boolean =>
  result.listing?.policy === null && !result.inherited && result.errors.length === 0;

/**
 * What was found in the repository, in parts, each made safe by `cell` (a Markdown cell escapes): its files
 * relative to it, the policy it inherits, the paths that could not be read, "no policy".
 */
export function foundParts(result: UnitResult, cell: (s: string) => string = (s) => s): string[] {
  const inside = (path: string): string => path.slice(result.repository === '.' ? 0 : result.repository.length + 1);
  const present = presentReports(result.reports).map((r) => inside(r.file));
  const files = present.map((f) => cell(quotePath(f)));
  // A policy that is there but was not checked (ignored, or given by name before): named, so the row is not empty.
  const policy = result.listing?.policy;
  if (policy && !present.includes(policy)) files.push(`${cell(quotePath(policy))} (not checked)`);
  // The repository's own error names no path; a folder in it is named, as its files are.
  const errors = result.errors.map((e) =>
    cell(e.file === result.repository ? e.error : `${quotePath(inside(e.file))}: ${e.error}`),
  );
  return [
    files.join(', '),
    result.inherited ? cell(inheritedText(result.inherited)) : '',
    ...errors,
    hasNoPolicy(result) ? 'no policy' : '',
  ].filter((x) => x !== '');
}

/** The repository as a JSON entry and a line of JSON Lines: `{ repository, policy, inheritedPolicy?, orgDefaults? }`. */
export function listingEntry(result: UnitResult): object | undefined {
  if (!result.listing) return undefined;
  return {
    repository: result.repository,
    policy: result.listing.policy,
    ...(result.inherited && { inheritedPolicy: result.inherited }),
    ...(result.orgDefaults && { orgDefaults: true }),
  };
}

/** The repository in a sentence, for a SARIF note and a GitHub notice: `acme/empty: no policy`. */
export function listingLine(result: UnitResult): string | undefined {
  if (!result.listing) return undefined;
  const defaults = result.orgDefaults ? " (the organisation's defaults)" : '';
  return `${quotePath(result.repository)}${defaults}: ${foundParts(result).join('; ') || 'nothing found'}`;
}
