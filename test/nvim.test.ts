/** Neovim 0.7 (Debian's package) as an independent LSP client, over stdio, with push diagnostics. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { tempDir } from './helpers';
import { join } from 'node:path';

const root = join(__dirname, '..');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

test(
  'Neovim receives the diagnostics pushed by the server',
  { skip: hasNvim ? false : "nvim is not installed (.ci/run installs Debian's neovim)" },
  () => {
    const dir = tempDir('security-policy-nvim-');
    const policy = join(dir, 'SECURITY.md');
    copyFileSync(join(root, 'test', 'fixtures', 'seeds', '001_857ed500d181d40a.txt'), policy);
    const out = join(dir, 'diagnostics.txt');
    const r = spawnSync(
      'nvim',
      ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(__dirname, 'nvim', 'diagnostics.lua')}`],
      {
        env: {
          ...process.env,
          POLICY: policy,
          SERVER: join(root, 'dist', 'server.js'),
          NODE: process.execPath,
          OUT: out,
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    assert.equal(r.status, 0, r.stderr);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    assert.ok(lines.includes('18:12 undeliverable-contact security-policy'), lines.join('\n'));
    assert.ok(lines.includes('217:14 undeliverable-contact security-policy'), lines.join('\n'));
  },
);
