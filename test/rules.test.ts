/** Every rule: complete metadata, a docs page, and its own examples behave as documented (remark-lint style). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  allRules,
  applyEdits,
  editsOverlap,
  FILE_KINDS,
  LineIndex,
  profileSeverity,
  type Finding,
  type RuleExample,
  type TextEdit,
} from '../server/src';
import { lint, lintRepository } from './helpers';

const catalog = readFileSync(join(__dirname, '..', 'docs', 'rule-catalog.md'), 'utf8');
const [mdCatalog, rest] = catalog.split('## security.txt');
const [txtCatalog, siRest] = rest.split('## security-insights.yml');
const siCatalog = siRest.split('## Profiles')[0];

/** What the catalog promises: for each rule id, the kinds it checks and its recommended severity per kind. */
const promised = new Map<string, Map<string, string>>();
const promise = (id: string, kind: string, severity: string): void => {
  if (!promised.has(id)) promised.set(id, new Map());
  promised.get(id)!.set(kind, severity);
};
// "| `id` | md, txt | warning (txt: error) |": kinds, severity, and a different severity for security.txt.
for (const m of `${mdCatalog}\n${siCatalog}`.matchAll(
  /^\| `([a-z0-9-]+)` \| ([a-z, ]+) \| ([a-z]+)(?: \(txt: ([a-z]+)\))? \|/gm,
)) {
  for (const kind of m[2].split(',').map((k) => k.trim())) promise(m[1], kind, kind === 'txt' ? (m[4] ?? m[3]) : m[3]);
}
for (const m of txtCatalog.matchAll(/^\| `([a-z0-9-]+)` \| ([a-z]+) \|/gm)) promise(m[1], 'txt', m[2]);

test('the catalog is read (guards the parsing above)', () => {
  assert.ok(promised.size >= 50, `${promised.size} rules read from the catalog`);
  assert.equal(promised.get('insecure-link')?.get('txt'), 'error');
  assert.equal(promised.get('placeholder')?.get('si'), 'error');
  assert.equal(promised.get('insights-schema')?.get('si'), 'error');
  assert.equal(promised.get('insecure-link')?.get('si'), 'warning');
});

test('every rule of the catalog is implemented for exactly the kinds of file the engine knows, and nothing else', () => {
  const implemented = Object.fromEntries(allRules.map((r) => [r.meta.id, [...r.meta.kinds].sort()]));
  const expected = Object.fromEntries(
    [...promised].map(([id, kinds]) => [
      id,
      [...kinds.keys()].filter((k) => (FILE_KINDS as readonly string[]).includes(k)).sort(),
    ]),
  );
  assert.deepEqual(implemented, expected);
});

test('every rule has the catalog severity for each kind under the recommended profile', () => {
  for (const r of allRules) {
    for (const kind of r.meta.kinds)
      assert.equal(
        profileSeverity(r.meta, 'recommended', kind),
        promised.get(r.meta.id)?.get(kind),
        `${r.meta.id} (${kind})`,
      );
  }
});

test('the kinds a rule claims are exactly the kinds it has a check for', () => {
  for (const r of allRules)
    assert.deepEqual(
      r.meta.kinds,
      FILE_KINDS.filter((k) => r[k] !== undefined || r.repository?.kind === k),
      r.meta.id,
    );
});

for (const rule of allRules) {
  const { meta } = rule;
  test(`${meta.id}: metadata and docs page`, () => {
    assert.match(meta.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const field of [meta.description, meta.rationale, meta.howToFix])
      assert.ok(field.length > 20, `${meta.id} needs text`);
    assert.ok(meta.invalid.length > 0 && meta.valid.length > 0, 'examples both ways');
    assert.ok(existsSync(join(__dirname, '..', 'docs', 'rules', `${meta.id}.md`)), 'docs page exists');
  });

  test(`${meta.id}: at least two invalid examples`, () => {
    assert.ok(meta.invalid.length >= 2, `${meta.invalid.length} invalid example(s)`);
  });

  // A rule that checks a repository as a whole is run on the repository an example states (its text is empty).
  const check = (example: RuleExample): Finding[] =>
    (rule.repository ? lintRepository(example) : lint(example.text, example)).filter((f) => f.ruleId === meta.id);

  meta.invalid.forEach((example, i) => {
    test(`${meta.id}: invalid example ${i + 1} gives exactly the stated findings and fixed text`, () => {
      const found = check(example);
      const lines = new LineIndex(example.text);
      const actual = found.map((f) => {
        const at = lines.positionAt(f.start);
        return { line: at.line + 1, column: at.character + 1, message: f.message };
      });
      assert.deepEqual(actual, example.expect);
      for (const f of found) assert.ok(f.start <= f.end && f.end <= example.text.length, 'range inside the document');
      // The rule's fixes here, applied together as "Fix all" does: the exact text, and fewer findings after.
      const edits: TextEdit[] = [];
      for (const f of found) if (f.fix && !editsOverlap(edits, f.fix.edits)) edits.push(...f.fix.edits);
      if (edits.length === 0) {
        assert.equal(example.fixed, undefined, 'no fix is offered here, so none may be stated');
        return;
      }
      const fixed = applyEdits(example.text, edits);
      assert.equal(fixed, example.fixed);
      const after = lint(fixed, example).filter((g) => g.ruleId === meta.id);
      assert.ok(after.length < found.length, `the fixes should remove their findings:\n${fixed}`);
    });
  });

  meta.valid.forEach((example, i) => {
    test(`${meta.id}: quiet on valid example ${i + 1}`, () => {
      const found = check(example);
      assert.deepEqual(
        found.map((f) => f.message),
        [],
        `unexpected ${meta.id} on:\n${example.text}`,
      );
    });
  });

  if (meta.fixable) {
    test(`${meta.id}: a fixable rule shows its fix in an example`, () => {
      assert.ok(
        meta.invalid.some((e) => e.fixed !== undefined),
        `${meta.id} is fixable but no example states the fixed text`,
      );
    });
  }
  if (meta.fixable === true) {
    test(`${meta.id}: a rule that always fixes states the fixed text of every example`, () => {
      assert.deepEqual(
        meta.invalid.filter((e) => e.fixed === undefined).map((e) => e.text),
        [],
      );
    });
  }
}
