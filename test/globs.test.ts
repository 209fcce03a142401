/** Ignore globs as .gitignore reads them (server/src/core/globs.ts), matched as code in bounded time. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileGlob, globIgnores, matchSegment, type Glob } from '../server/src/core/globs';

const glob = (source: string): Glob => {
  const g = compileGlob(source);
  assert.ok(!('error' in g), source);
  return g;
};

/** The paths of `paths` that `source` ignores. */
const ignored = (source: string, paths: string[]): string[] => paths.filter((p) => globIgnores(glob(source), p));

const PATHS = [
  'SECURITY.md',
  'docs/SECURITY.md',
  '.github/SECURITY.md',
  '.well-known/security.txt',
  'public/.well-known/security.txt',
  'acme/archived-tool',
  'acme/archived-tool/SECURITY.md',
  'acme/api/SECURITY.md',
  'acme/api/docs/SECURITY.md',
];

test('a glob with a slash is anchored to its folder; a folder that matches takes what is in it', () => {
  assert.deepEqual(ignored('docs/SECURITY.md', PATHS), ['docs/SECURITY.md']);
  assert.deepEqual(ignored('acme/archived-*', PATHS), ['acme/archived-tool', 'acme/archived-tool/SECURITY.md']);
  assert.deepEqual(ignored('/docs', PATHS), ['docs/SECURITY.md']);
  assert.deepEqual(ignored('./.github/*.md', PATHS), ['.github/SECURITY.md']);
});

test('a glob without a slash matches a name at any depth; a trailing slash, folders only', () => {
  assert.deepEqual(ignored('docs', PATHS), ['docs/SECURITY.md', 'acme/api/docs/SECURITY.md']);
  assert.deepEqual(ignored('security.txt', PATHS), ['.well-known/security.txt', 'public/.well-known/security.txt']);
  assert.deepEqual(ignored('archived-tool/', PATHS), ['acme/archived-tool/SECURITY.md']);
});

test('** takes any number of folders, none included; braces, classes and ? as in a shell', () => {
  assert.deepEqual(ignored('**/docs/**', PATHS), ['docs/SECURITY.md', 'acme/api/docs/SECURITY.md']);
  assert.deepEqual(ignored('acme/**/SECURITY.md', PATHS), [
    'acme/archived-tool/SECURITY.md',
    'acme/api/SECURITY.md',
    'acme/api/docs/SECURITY.md',
  ]);
  assert.deepEqual(ignored('{public,docs}/**', PATHS), ['docs/SECURITY.md', 'public/.well-known/security.txt']);
  assert.deepEqual(ignored('acme/a[!r]?', PATHS), ['acme/api/SECURITY.md', 'acme/api/docs/SECURITY.md']);
  assert.deepEqual(ignored('.[a-h]*/*.md', PATHS), ['.github/SECURITY.md']);
  assert.equal(matchSegment('[', '['), true);
  assert.equal(matchSegment('*.md', '.md'), true);
});

test('a path outside the glob’s folder is never ignored; unusable globs say why', () => {
  assert.equal(globIgnores(glob('**'), '../other/SECURITY.md'), false);
  assert.deepEqual(compileGlob(' '), { error: 'an empty glob' });
  assert.deepEqual(compileGlob('{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}'), {
    error: 'more than 64 alternatives in braces',
  });
});

test('a crafted glob and path take bounded time (no backtracking)', () => {
  const path = `${'a/'.repeat(200)}b`;
  const start = process.hrtime.bigint();
  assert.equal(globIgnores(glob(`${'**/a/'.repeat(20)}c`), path), false);
  assert.equal(matchSegment('*a*a*a*a*a*a*a*a*a*a*c', 'a'.repeat(1000)), false);
  assert.ok(Number(process.hrtime.bigint() - start) / 1e6 < 1000);
});
