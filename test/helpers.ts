import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { checkText, DEFAULT_CONFIG, mergeConfigs, type Config, type Finding, type RuleExample } from '../server/src';

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

const created: string[] = [];
after(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the test file has run. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}
