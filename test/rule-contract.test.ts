/**
 * The rule contract (core/rule.ts): a rule keeps no state from one document to the next and reads the world only
 * through its context, so that its findings can be replayed on a document met again. Checked in the rule files'
 * text (no module-level variable, no module-level collection changed) and by running: every example gives the same
 * findings alone, again, and after every other example.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allRules, checkText, mergeConfigs, type RuleExample } from '../server/src';

const root = join(__dirname, '..');

/** Why a rule file's text keeps state across calls, or nothing. */
export function moduleStateIn(source: string): string[] {
  const problems: string[] = [];
  for (const m of source.matchAll(/^(?:export )?(let|var) ([\w$]+)/gm)) problems.push(`module-level ${m[1]} ${m[2]}`);
  for (const m of source.matchAll(
    /^(?:export )?const ([\w$]+)(?:: [^=]+)? = (?:new (?:Map|Set|WeakMap|WeakSet)\b|\[)/gm,
  )) {
    const changed = new RegExp(`\\b${m[1]}\\.(?:set|add|delete|clear|push|pop|shift|unshift|splice)\\(`);
    if (changed.test(source)) problems.push(`module-level ${m[1]} is changed`);
  }
  return problems;
}

test('the contract check finds module state', () => {
  assert.deepEqual(moduleStateIn('let count = 0;\nexport default defineRule({});\n'), ['module-level let count']);
  assert.deepEqual(moduleStateIn('const seen = new Set<string>();\nfunction f(x) { seen.add(x); }\n'), [
    'module-level seen is changed',
  ]);
  assert.deepEqual(moduleStateIn('const WORDS = new Set(["a"]);\nconst f = (x) => WORDS.has(x);\n'), []);
});

test('no rule file keeps state at module level', () => {
  const folders = [
    join(root, 'server/src/rules'),
    ...readdirSync(join(root, 'server/src/kinds')).map((k) => join(root, 'server/src/kinds', k, 'rules')),
  ];
  const problems: string[] = [];
  for (const folder of folders) {
    let files: string[];
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('.ts'));
    } catch {
      continue;
    }
    for (const file of files) {
      for (const p of moduleStateIn(readFileSync(join(folder, file), 'utf8')))
        problems.push(`${relative(root, join(folder, file))}: ${p}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every example gives the same findings alone, again, and after every other example', () => {
  const examples: Array<{ id: string; example: RuleExample }> = allRules.flatMap((r) =>
    [...r.meta.invalid, ...r.meta.valid].map((example) => ({ id: r.meta.id, example })),
  );
  const run = (e: RuleExample): string => {
    const config = mergeConfigs({ profile: e.profile ?? 'recommended' });
    const env = {
      today: new Date(`${e.today ?? '2026-06-01'}T00:00:00Z`),
      relativePath: e.path,
      workspaceFiles: e.workspaceFiles,
    };
    return JSON.stringify(checkText(e.text, { kind: e.kind ?? 'md', config, env }).findings);
  };
  const first = examples.map((e) => run(e.example));
  const reversed = [...examples]
    .reverse()
    .map((e) => run(e.example))
    .reverse();
  const again = examples.map((e) => run(e.example));
  examples.forEach((e, i) => {
    assert.equal(reversed[i], first[i], `${e.id}: findings depend on what was checked before`);
    assert.equal(again[i], first[i], `${e.id}: findings change when checked again`);
  });
});
