/**
 * The CLI installed from the repository's git URL, as the README tells a user to (the package is not on the npm
 * registry): `npm pack git+URL`, where npm clones the repository, installs its dev dependencies and runs `prepare`
 * (the build), then a global install of that tarball; and `npx --package git+URL security-policy`, which does the
 * same into npx's cache. The URL here is a `git+file:` clone of this repository's last commit. (`npm install -g
 * git+URL` in one step fails on npm 11: a global install runs `prepare` before the clone's dependencies are there,
 * npm/cli#8440; the README says so.)
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';

const root = join(__dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
let url: string;

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 600_000 });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

before(() => {
  const clone = join(tempDir('security-policy-git-'), 'security-policy');
  run('git', ['clone', '--quiet', '--no-local', root, clone], root);
  url = `git+file://${clone}`;
});

test('npm pack of the git URL builds the package; its global install gives a working security-policy', () => {
  const packed = tempDir('security-policy-git-pack-');
  run('npm', ['pack', '--no-audit', '--no-fund', url], packed);
  const [tarball] = readdirSync(packed).filter((f) => f.endsWith('.tgz'));
  assert.equal(tarball, `security-policy-${version}.tgz`);
  const prefix = tempDir('security-policy-git-global-');
  run(
    'npm',
    ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(packed, tarball)],
    packed,
  );
  assert.equal(run(join(prefix, 'bin', 'security-policy'), ['--version'], packed), `${version}\n`);
});

test('npx --package with the git URL runs security-policy', () => {
  const cwd = tempDir('security-policy-git-npx-');
  assert.equal(run('npx', ['--yes', '--package', url, 'security-policy', '--version'], cwd), `${version}\n`);
});
