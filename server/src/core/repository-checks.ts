/**
 * Runs the rules that check a repository as a whole (`repository` in a rule: a file the repository lacks), with
 * their severities under the configuration and their crashes isolated, as the runner does for a document. Their
 * findings stand at offset 0 of no text: a host shows them on the repository (the CLI: on the file that is missing).
 */
import type { Environment, Finding, ReportInput } from './types';
import { reportedMessage } from './message-text';
import { effectiveSeverity, type Config } from './config';
import type { Rule } from './rule';
import type { LintResult, RuleFailure } from './runner';

export interface RepositoryLintOptions {
  config: Config;
  /** The repository's environment: its security files (`workspaceFiles`), the policy it inherits. */
  env: Environment;
  rules: readonly Rule[];
}

export function lintRepository(options: RepositoryLintOptions): LintResult {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of options.rules) {
    if (!rule.repository) continue;
    const severity = effectiveSeverity(rule.meta, options.config, rule.repository.kind);
    if (severity === 'off') continue;
    const before = findings.length;
    const report = (r: ReportInput): void =>
      void findings.push({
        ruleId: rule.meta.id,
        ...reportedMessage(rule.meta.id, rule.meta.messages, r),
        severity,
        start: 0,
        end: 0,
      });
    try {
      rule.repository.check({ env: options.env, report });
    } catch (error) {
      findings.length = before;
      failures.push({ ruleId: rule.meta.id, error });
    }
  }
  return { findings, failures };
}
