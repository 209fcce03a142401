/** The .vsix holds the bundles, grammar, snippets, rule pages, README, CHANGELOG and LICENSE — and no sources, tests or node_modules. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';

test('the packaged extension contains what it needs and nothing else', () => {
  const root = join(__dirname, '..');
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .sort();
  for (const required of [
    'dist/client.js',
    'dist/server.js',
    'dist/web/extension.js',
    'syntaxes/securitytxt.tmLanguage.json',
    'snippets/securitytxt.code-snippets',
    'syntaxes/securityinsights.tmLanguage.json',
    'snippets/securityinsights.code-snippets',
    'language-configuration.securitytxt.json',
    'language-configuration.securityinsights.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    'package.json',
  ]) {
    assert.ok(files.includes(required), `${required} is packaged`);
  }
  // Every rule's page, which the editor opens offline.
  const pages = readdirSync(join(root, 'docs', 'rules')).map((f) => `docs/rules/${f}`);
  assert.ok(pages.length > 40);
  for (const page of pages) assert.ok(files.includes(page), `${page} is packaged`);
  assert.ok(!files.some((f) => f.startsWith('docs/') && !f.startsWith('docs/rules/')), 'only the rule pages of docs/');
  // Where VS Code looks for each entry: `main` on the desktop, `browser` on vscode.dev and github.dev.
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; browser: string };
  assert.ok(files.includes(manifest.main.replace(/^\.\//, '')), manifest.main);
  assert.ok(files.includes(manifest.browser.replace(/^\.\//, '')), manifest.browser);
  for (const f of files) {
    assert.ok(!/\.ts$|^test\/|^server\/|^client\/|node_modules|^scripts\/|\.map$/.test(f), `${f} must not be packaged`);
  }
});
