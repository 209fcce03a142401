/**
 * One Node version everywhere (issue 29): `engines` in package.json, the README's set-up line, and every package of
 * the lock file, so that `npm ci` on the oldest Node the project names prints no EBADENGINE warning.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const root = join(__dirname, '..');
const read = (name: string): string => readFileSync(join(root, name), 'utf8');
const { engines } = JSON.parse(read('package.json')) as { engines: { node: string } };
const oldest = semver.minVersion(engines.node)!.version;

test('the README names the Node version of package.json', () => {
  assert.equal(engines.node, '>=20.19');
  assert.match(read('README.md'), /Node\.js 20\.19 or later/);
});

test('every package in the lock file runs on the oldest Node the project names', () => {
  const lock = JSON.parse(read('package-lock.json')) as {
    packages: Record<string, { engines?: { node?: string } | string[] }>;
  };
  const refusing = Object.entries(lock.packages)
    .map(([path, entry]) => [path, Array.isArray(entry.engines) ? undefined : entry.engines?.node] as const)
    .filter(([, range]) => range !== undefined && !semver.satisfies(oldest, range))
    .map(([path, range]) => `${path} wants Node ${range}`);
  assert.deepEqual(refusing, [], `Node ${oldest}`);
});

test('this test runs on a Node the project supports', () => {
  assert.ok(semver.satisfies(process.version, engines.node), `${process.version} is not ${engines.node}`);
});
