/** Docs pages, the settings schema and the README rule table are generated from rule metadata and up to date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

test('the Security Insights validator matches schema.json (npm run generate)', () => {
  const root = join(__dirname, '..');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'generate-validator.ts'), '--check'],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
});

test('the rule registries list every rule file, with their banner (npm run generate)', () => {
  const root = join(__dirname, '..');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'generate-registries.ts'), '--check'],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
});

test('generated files match the rule metadata (npm run generate)', () => {
  const root = join(__dirname, '..');
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'generate.ts'), '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
});

test('the compiled language subtag registry matches the installed language-subtag-registry', () => {
  const root = join(__dirname, '..');
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'generate-subtags.mjs'), '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
});
