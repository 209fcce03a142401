import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import {
  allRules,
  checkText,
  DEFAULT_CONFIG,
  mergeConfigs,
  type Config,
  type Environment,
  type Finding,
  type RuleExample,
} from '../server/src';
import { lintRepository as lintRepositoryRules } from '../server/src/core/repository-checks';

export const TODAY = new Date('2026-11-22T00:00:00Z');

/** Text that sits around markup in the Markdown property tests: words, a letter and an emoji, addresses and URLs. */
export const TEXT_AROUND_MARKUP = [
  'a',
  'word',
  'é',
  '🔒',
  'x@y.org',
  'mailto:a@b.org',
  'http://a.example',
  'https://b.example/p?q=1',
  'www.c.example',
];

/** The environment an example (or a test) states: today, its path, its workspace's files and facts. */
function exampleEnv(options: Partial<RuleExample>): Environment {
  return {
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
  };
}

const configOf = (options: Partial<RuleExample> & { config?: Partial<Config> }): Config =>
  mergeConfigs(DEFAULT_CONFIG, { ...(options.profile ? { profile: options.profile } : {}), ...options.config });

export function lint(text: string, options: Partial<RuleExample> & { config?: Partial<Config> } = {}): Finding[] {
  return checkText(text, { kind: options.kind ?? 'md', config: configOf(options), env: exampleEnv(options) }).findings;
}

/** The findings of the rules that check a repository as a whole, on the repository an example states. */
export function lintRepository(options: Partial<RuleExample> & { config?: Partial<Config> } = {}): Finding[] {
  return lintRepositoryRules({ rules: allRules, config: configOf(options), env: exampleEnv(options) }).findings;
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

/** A fresh temporary folder holding files (path: content) and folders (paths ending in `/`; `.git/` makes a repository). */
export function tempTree(prefix: string, entries: Record<string, string>): string {
  const dir = tempDir(prefix);
  for (const [path, content] of Object.entries(entries)) {
    if (path.endsWith('/')) mkdirSync(join(dir, path), { recursive: true });
    else {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  }
  return dir;
}
