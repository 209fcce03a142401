/**
 * What the summaries count: findings by severity, files, what can be fixed and how, paths that could not be
 * checked, and the summary line that ends the text, GitHub and Markdown outputs.
 */
import type { Severity } from '../index';
import type { UnitResult } from './check-unit';
import type { FileReport, PathError } from './formats';

/**
 * Findings by severity, files, findings with a fix (`fixable`: a quick fix in the editor; `safe`: one `--fix`
 * applies, also counted in `fixable`), and paths that could not be checked (`unchecked`).
 */
export type Counts = Record<Severity, number> & {
  files: number;
  fixable: number;
  safe: number;
  unchecked: number;
  /** Repositories that inherit their organisation's default policy. */
  inheriting?: number;
  /** Repositories with no policy of their own that inherit none. */
  noPolicy?: number;
};

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function newCounts(): Counts {
  return { error: 0, warning: 0, info: 0, hint: 0, files: 0, fixable: 0, safe: 0, unchecked: 0 };
}

export const totalOf = (c: Counts): number => c.error + c.warning + c.info + c.hint;

/** Adds the reports' files and findings, and the paths that could not be checked, to `counts`; returns it. */
export function count(counts: Counts, reports: readonly FileReport[], errors: readonly PathError[] = []): Counts {
  counts.unchecked += errors.length;
  for (const r of reports) {
    if (!r.missing) counts.files++;
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      if (d.fixable) counts.fixable++;
      if (d.safeFix) counts.safe++;
    }
  }
  return counts;
}

/** Counts a result's files, findings and unreadable paths, and whether it inherits its organisation's policy. */
export function countResult(counts: Counts, result: UnitResult): Counts {
  if (result.inherited) counts.inheriting = (counts.inheriting ?? 0) + 1;
  if (result.listing?.policy === null && !result.inherited && result.errors.length === 0)
    counts.noPolicy = (counts.noPolicy ?? 0) + 1;
  return count(counts, result.reports, result.errors);
}

/** The mark the text format puts before the message of a finding `--fix` repairs (as ruff does). */
export const FIX_MARK = '[*]';

/**
 * What can be fixed, as a CLI user can do it: the findings `--fix` repairs (in text, `marked` with FIX_MARK), and
 * apart the others that have a quick fix in the editor only.
 */
function fixableText(c: Counts, marked: boolean): string {
  const editorOnly = c.fixable - c.safe;
  const byFix = `${c.safe} fixable with --fix${marked ? ` (marked ${FIX_MARK})` : ''}`;
  if (c.safe > 0 && editorOnly > 0) return ` ${byFix}; ${editorOnly} more with a quick fix in the editor.`;
  if (c.safe > 0) return ` ${byFix}.`;
  return editorOnly > 0 ? ` ${editorOnly} fixable with a quick fix in the editor, none with --fix.` : '';
}

/** The summary line; `marked`: the output marks the findings `--fix` repairs (the text format). */
export function summary(c: Counts, marked = false): string {
  const total = totalOf(c);
  const files = plural(c.files, 'file');
  const inheriting = c.inheriting
    ? ` ${c.inheriting} ${c.inheriting === 1 ? 'repository inherits its' : 'repositories inherit their'} organisation's default policy.`
    : '';
  const none = c.noPolicy
    ? ` ${c.noPolicy} ${c.noPolicy === 1 ? 'repository has' : 'repositories have'} no policy.`
    : '';
  const unchecked = `${c.unchecked > 0 ? ` ${plural(c.unchecked, 'path')} could not be checked.` : ''}${inheriting}${none}`;
  if (total === 0) return `No problems in ${files}.${unchecked}`;
  return `${plural(total, 'problem')} (${c.error} error, ${c.warning} warning, ${c.info} info, ${c.hint} hint) in ${files}.${fixableText(c, marked)}${unchecked}`;
}
