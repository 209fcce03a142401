/**
 * Rule findings replayed on a document met again in another repository (server/src/core/replays.ts): a replay
 * happens only when the rule read nothing, or facts equal to this repository's, and it gives exactly what a run gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, type Environment, type FileKind, type Finding, type RuleExample } from '../server/src';
import { ParseMemo, sharingDocuments } from '../server/src/core/documents';
import { lintText } from '../server/src/core/runner';
import { defineRule, type Rule } from '../server/src/core/rule';
import { allRuleMetas, allRules } from '../server/src';

/** Each rule wrapped so that its runs are counted; the wrapped rules are what the runner plans and keys replays by. */
function counted(rules: readonly Rule[]): { rules: Rule[]; runs: Map<string, number> } {
  const runs = new Map<string, number>();
  const wrapped = rules.map((rule) => {
    const wrappedRule: Rule = { meta: rule.meta };
    for (const kind of rule.meta.kinds) {
      const check = rule[kind] as ((doc: unknown, context: unknown) => void) | undefined;
      if (!check) continue; // a check of the repository as a whole, run on no document
      (wrappedRule as unknown as Record<FileKind, unknown>)[kind] = (doc: unknown, context: unknown) => {
        runs.set(rule.meta.id, (runs.get(rule.meta.id) ?? 0) + 1);
        check(doc, context);
      };
    }
    return wrappedRule;
  });
  return { rules: wrapped, runs };
}

const totalRuns = (runs: Map<string, number>): number => [...runs.values()].reduce((a, b) => a + b, 0);

const lint = (text: string, kind: FileKind, env: Environment, rules: readonly Rule[]): Finding[] =>
  lintText(text, { kind, env, rules, config: DEFAULT_CONFIG }).findings;

/** Three repositories' worth of one file, checked the way the CLI checks an organisation: a unit each, one memo. */
function inOrganisation(text: string, kind: FileKind, envs: Environment[], rules: readonly Rule[]): Finding[][] {
  const memo = new ParseMemo(100_000);
  return envs.map((env) => sharingDocuments(() => lint(text, kind, env, rules), memo));
}

const MARKDOWN = '# Security\n\nEmail security@acme.org. Last updated: 2025-01-05.\n';

test('a rule that read nothing of the environment runs once per remembered document; one that read a fact runs again when it differs', () => {
  const runs: string[] = [];
  const rules = [
    defineRule({
      meta: { ...allRuleMetas[0], id: 'reads-nothing' },
      md: (_doc, c) => (runs.push('nothing'), c.report({ message: 'n', start: 0, end: 1 })),
    }),
    defineRule({
      meta: { ...allRuleMetas[0], id: 'reads-today' },
      md: (_doc, c) => (runs.push('today'), c.report({ message: c.env.today.toISOString(), start: 0, end: 1 })),
    }),
    defineRule({
      meta: { ...allRuleMetas[0], id: 'reads-files' },
      md: (_doc, c) => (runs.push('files'), c.report({ message: String(c.env.workspaceFiles), start: 0, end: 1 })),
    }),
    defineRule({
      meta: { ...allRuleMetas[0], id: 'asks-exists' },
      md: (_doc, c) => (runs.push('exists'), c.report({ message: String(c.env.fileExists?.('x')), start: 0, end: 1 })),
    }),
  ];
  const env = (today: string, files: string[]): Environment => ({
    today: new Date(today),
    workspaceFiles: [...files],
    fileExists: () => true,
  });
  const a = env('2026-01-01', ['SECURITY.md']);
  // One repository each. The memo keeps the policy the second time it is met: from then on its rules are replayed.
  const envs = [
    a,
    a,
    env('2026-01-01', ['SECURITY.md']),
    env('2027-01-01', ['SECURITY.md']),
    env('2026-01-01', ['a', 'b']),
  ];
  const memo = new ParseMemo(100_000);
  const found = envs.map((e) =>
    sharingDocuments(() => lint(MARKDOWN, 'md', e, rules).map((f) => `${f.ruleId} ${f.message}`), memo),
  );
  const count = (name: string): number => runs.filter((r) => r === name).length;
  // Equal dates and lists are equal facts, though other objects; a function (fileExists) is equal only to itself.
  assert.deepEqual([count('nothing'), count('today'), count('files'), count('exists')], [2, 3, 3, 5]);
  assert.deepEqual(found[3], [
    'asks-exists true',
    'reads-files SECURITY.md',
    'reads-nothing n',
    'reads-today 2027-01-01T00:00:00.000Z',
  ]);
  assert.deepEqual(found[4], [
    'asks-exists true',
    'reads-files a,b',
    'reads-nothing n',
    'reads-today 2026-01-01T00:00:00.000Z',
  ]);
  assert.deepEqual(found[2], found[0]);
});

test('without a memo (the editor, a one-off check) nothing is replayed, and a rule that threw is never replayed', () => {
  let runs = 0;
  let throws = 0;
  const rules = [
    defineRule({ meta: { ...allRuleMetas[0], id: 'counts' }, md: () => void runs++ }),
    defineRule({
      meta: { ...allRuleMetas[0], id: 'throws' },
      md: () => {
        throws++;
        throw new Error('boom');
      },
    }),
  ];
  const env: Environment = { today: new Date('2026-01-01') };
  for (let i = 0; i < 3; i++) lint(MARKDOWN, 'md', env, rules);
  assert.equal(runs, 3);
  // Three repositories with a memo: the counting rule is replayed in the third, the throwing one runs in each.
  const memo = new ParseMemo(100_000);
  const failures = [1, 2, 3].map(() =>
    sharingDocuments(
      () => lintText(MARKDOWN, { kind: 'md', env, rules, config: DEFAULT_CONFIG }).failures.length,
      memo,
    ),
  );
  assert.deepEqual([runs, throws, failures], [5, 6, [1, 1, 1]]);
});

const seedDir = join(__dirname, 'fixtures', 'seeds');
const seeds: RuleExample[] = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ text: readFileSync(join(seedDir, f), 'utf8') }));
const examples: RuleExample[] = [...seeds, ...allRuleMetas.flatMap((m) => [...m.invalid, ...m.valid])];

/** The example's own circumstances, and others that change every fact a rule may read. */
function circumstances(e: RuleExample): Environment[] {
  const own: Environment = {
    today: new Date(`${e.today ?? '2026-11-22'}T00:00:00Z`),
    relativePath: e.path,
    workspaceFiles: e.workspaceFiles,
    policyContacts: e.policyContacts,
    securityTxtContacts: e.securityTxtContacts,
    repositoryUrl: e.repositoryUrl,
    inheritedPolicy: e.inheritedPolicy,
    fileExists: (p) => (p.startsWith('/') ? e.workspaceFiles?.includes(p.slice(1)) : undefined),
  };
  const other: Environment = {
    today: new Date('2031-06-01T00:00:00Z'),
    relativePath:
      e.kind === 'txt' ? '.well-known/security.txt' : e.kind === 'si' ? 'SECURITY-INSIGHTS.yml' : 'docs/SECURITY.md',
    workspaceFiles: ['SECURITY.md', '.well-known/security.txt', 'security-insights.yml'],
    policyContacts: ['mailto:someone@else.example'],
    securityTxtContacts: ['https://else.example/report'],
    repositoryUrl: 'https://github.com/other/project',
    inheritedPolicy: 'other/.github: docs/SECURITY.md',
    fileExists: () => false,
  };
  return [own, other, { ...own }, { ...other }, { today: own.today }, { ...own }];
}

test('replayed on every rule example and seed, in changing circumstances, the findings are those of a check alone', () => {
  const { rules, runs } = counted(allRules);
  let alone = 0;
  for (const e of examples) {
    const kind = e.kind ?? 'md';
    const envs = circumstances(e);
    const before = totalRuns(runs);
    const expected = envs.map((env) => lint(e.text, kind, env, rules));
    alone += totalRuns(runs) - before;
    assert.deepEqual(inOrganisation(e.text, kind, envs, rules), expected, e.text.slice(0, 80));
  }
  const organised = totalRuns(runs) - alone;
  // Fewer runs in the organisation than alone: the comparison above did compare replays.
  assert.ok(organised < alone * 0.8, `${organised} runs in organisations against ${alone} alone`);
});
