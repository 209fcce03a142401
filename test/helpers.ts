import { checkText, DEFAULT_CONFIG, mergeConfigs, type Config, type Finding, type RuleExample } from '../server/src/engine';

export const TODAY = new Date('2026-11-22T00:00:00Z');

export function lint(text: string, options: Partial<RuleExample> & { config?: Partial<Config> } = {}): Finding[] {
  return checkText(text, {
    kind: options.kind ?? 'md',
    config: mergeConfigs(DEFAULT_CONFIG, options.config),
    env: {
      today: options.today ? new Date(`${options.today}T00:00:00Z`) : TODAY,
      relativePath: options.path,
      workspaceFiles: options.workspaceFiles,
      policyContacts: options.policyContacts,
    },
  }).findings;
}

export function ids(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.ruleId))].sort();
}
