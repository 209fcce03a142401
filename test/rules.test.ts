/** Every rule: complete metadata, a docs page, and its own examples behave as documented (remark-lint style). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, applyEdits } from '../server/src/engine';
import { lint } from './helpers';

const catalog = readFileSync(join(__dirname, '..', 'docs', 'rule-catalog.md'), 'utf8');
const [mdCatalog, txtCatalog] = catalog.split('## security.txt');
const catalogMdIds = [...mdCatalog.matchAll(/^\| `([a-z0-9-]+)` \| md/gm)].map((m) => m[1]);
const catalogTxtRows = new Map([...txtCatalog.split('## Profiles')[0].matchAll(/^\| `([a-z0-9-]+)` \| ([a-z]+) \|/gm)].map((m) => [m[1], m[2]]));
// Rules of the SECURITY.md table whose kinds include txt ("warning (txt: error)" gives the security.txt severity).
for (const m of mdCatalog.matchAll(/^\| `([a-z0-9-]+)` \| ([a-z, ]+) \| ([a-z]+)(?: \(txt: ([a-z]+)\))? \|/gm)) {
  if (m[2].split(',').map((k) => k.trim()).includes('txt')) catalogTxtRows.set(m[1], m[4] ?? m[3]);
}

test('every SECURITY.md rule of the catalog is implemented, and nothing else', () => {
  assert.deepEqual(allRules.filter((r) => r.check).map((r) => r.meta.id).sort(), [...catalogMdIds].sort());
});

test('every security.txt rule of the catalog is implemented, with the catalog severity', () => {
  assert.deepEqual(allRules.filter((r) => r.checkTxt).map((r) => r.meta.id).sort(), [...catalogTxtRows.keys()].sort());
  for (const r of allRules.filter((x) => x.checkTxt)) {
    assert.equal(r.meta.severityByKind?.txt ?? r.meta.defaultSeverity, catalogTxtRows.get(r.meta.id), r.meta.id);
  }
});

for (const rule of allRules) {
  const { meta } = rule;
  test(`${meta.id}: metadata and docs page`, () => {
    assert.match(meta.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const field of [meta.description, meta.rationale, meta.howToFix]) assert.ok(field.length > 20, `${meta.id} needs text`);
    assert.ok(meta.invalid.length > 0 && meta.valid.length > 0, 'examples both ways');
    assert.ok(existsSync(join(__dirname, '..', 'docs', 'rules', `${meta.id}.md`)), 'docs page exists');
    if (rule.check) {
      const row = new RegExp(`^\\| \`${meta.id}\` \\| [^|]*\\| ([a-z]+)`, 'm').exec(mdCatalog);
      assert.ok(row, 'rule is in the catalog');
      assert.equal(meta.defaultSeverity, row[1], 'severity matches the catalog');
    }
  });

  meta.invalid.forEach((example, i) => {
    test(`${meta.id}: fires on invalid example ${i + 1}`, () => {
      const found = lint(example.text, example).filter((f) => f.ruleId === meta.id);
      assert.ok(found.length > 0, `expected ${meta.id} on:\n${example.text}`);
      for (const f of found) {
        assert.ok(f.start <= f.end && f.end <= example.text.length, 'range inside the document');
        if (f.fix) {
          const fixed = applyEdits(example.text, f.fix.edits);
          const after = lint(fixed, example).filter((g) => g.ruleId === meta.id);
          assert.ok(after.length < found.length, `fix "${f.fix.title}" should remove its finding:\n${fixed}`);
        }
      }
    });
  });

  meta.valid.forEach((example, i) => {
    test(`${meta.id}: quiet on valid example ${i + 1}`, () => {
      const found = lint(example.text, example).filter((f) => f.ruleId === meta.id);
      assert.deepEqual(found.map((f) => f.message), [], `unexpected ${meta.id} on:\n${example.text}`);
    });
  });

  if (meta.fixable) {
    test(`${meta.id}: offers a fix`, () => {
      const fixes = meta.invalid.flatMap((e) => lint(e.text, e).filter((f) => f.ruleId === meta.id && f.fix));
      assert.ok(fixes.length > 0, `${meta.id} is fixable but no example produced a fix`);
    });
  }
}
