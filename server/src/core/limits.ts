/**
 * Bounds on what one check of one file produces, whatever the file: the findings listed (a crafted 2 MB
 * security.txt once gave 81 MB of JSON), and the rule that says a bound was met.
 */
import type { Config } from './config';
import type { Finding } from './types';

/** Findings listed per file at most; the rest are counted in one last finding. */
export const MAX_FINDINGS_PER_FILE = 500;

/** Findings kept while rules run, at most; those past it are counted, not kept (a file can make millions). */
export const MAX_FINDINGS_KEPT = 20 * MAX_FINDINGS_PER_FILE;

/** The rule that reports a bound met (../rules/check-limits.ts). */
export const LIMITS_RULE_ID = 'check-limits';

/**
 * `findings` (sorted) cut to MAX_FINDINGS_PER_FILE, with a last finding saying how many more there were, counting
 * the `uncounted` ones that were never kept.
 */
export function capFindings(findings: Finding[], config: Config, uncounted = 0): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_FILE) return findings;
  const kept = findings.slice(0, MAX_FINDINGS_PER_FILE);
  const severity = config.rules[LIMITS_RULE_ID] ?? 'info';
  if (severity === 'off') return kept;
  const first = findings[MAX_FINDINGS_PER_FILE];
  const more = findings.length - MAX_FINDINGS_PER_FILE + uncounted;
  kept.push({
    ruleId: LIMITS_RULE_ID,
    severity,
    message: `${more.toLocaleString('en-US')} more findings from here on are not listed: a file shows at most ${MAX_FINDINGS_PER_FILE}. Fix these first (often one mistake repeated) and check again.`,
    start: first.start,
    end: first.end,
  });
  return kept;
}
