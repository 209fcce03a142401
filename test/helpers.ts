import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { checkText, DEFAULT_CONFIG, mergeConfigs, type Config, type Finding, type RuleExample } from '../server/src';

export const TODAY = new Date('2026-11-22T00:00:00Z');

export function lint(text: string, options: Partial<RuleExample> & { config?: Partial<Config> } = {}): Finding[] {
  return checkText(text, {
    kind: options.kind ?? 'md',
    config: mergeConfigs(DEFAULT_CONFIG, {
      ...(options.profile ? { profile: options.profile } : {}),
      ...options.config,
    }),
    env: {
      today: options.today ? new Date(`${options.today}T00:00:00Z`) : TODAY,
      relativePath: options.path,
      workspaceFiles: options.workspaceFiles,
      policyContacts: options.policyContacts,
      securityTxtContacts: options.securityTxtContacts,
      repositoryUrl: options.repositoryUrl,
      inheritedPolicy: options.inheritedPolicy,
      served: options.served,
      deployed: options.deployed,
      signature: options.signature,
      // With a list of workspace files, a path from the root ("/docs/a.md") exists when the list holds it.
      fileExists: options.workspaceFiles
        ? (p) => (p.startsWith('/') ? options.workspaceFiles!.includes(p.slice(1)) : undefined)
        : undefined,
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
