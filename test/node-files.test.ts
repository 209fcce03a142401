/** The folder search and the walk of a repository (server/src/node/files.ts), and the listings the walk reuses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchedSecurityFiles, walkSecurityFiles, type FolderListings } from '../server/src/node/files';
import { tempDir } from './helpers';

/** A repository with security files in searched places, deeper down, in a skipped folder and behind links. */
function repository(): string {
  const root = tempDir('files-');
  for (const dir of ['.github', '.well-known', 'docs', 'packages/a', 'node_modules/x', 'public'])
    mkdirSync(join(root, dir), { recursive: true });
  for (const file of [
    '.github/SECURITY.md',
    '.well-known/security.txt',
    'security-insights.yml',
    'packages/a/SECURITY.md',
    'node_modules/x/SECURITY.md',
    'README.md',
  ]) {
    writeFileSync(join(root, file), 'x\n');
  }
  symlinkSync(join(root, 'packages', 'a'), join(root, 'linked-folder'));
  symlinkSync(join(root, '.github', 'SECURITY.md'), join(root, 'docs', 'SECURITY.md'));
  return root;
}

test('the search finds the files in searched places, and leaves every folder it read in the listings', () => {
  const root = repository();
  const listings: FolderListings = new Map();
  assert.deepEqual(searchedSecurityFiles(root, undefined, listings), [
    '.github/SECURITY.md',
    '.well-known/security.txt',
    'docs/SECURITY.md',
    'security-insights.yml',
  ]);
  const read = [...listings].filter(([, entries]) => entries !== undefined).map(([dir]) => dir);
  assert.deepEqual(read.sort(), ['', '.github', '.well-known', 'docs', 'public']);
  assert.deepEqual(listings.get('public/.well-known'), undefined, 'a folder the parent does not list is not read');
});

test("a walk given the search's listings finds what a walk of its own finds, and reads no listed folder again", () => {
  const root = repository();
  const own = walkSecurityFiles(root);
  assert.deepEqual(own, [
    '.github/SECURITY.md',
    '.well-known/security.txt',
    'docs/SECURITY.md',
    'packages/a/SECURITY.md',
    'security-insights.yml',
  ]);
  const listings: FolderListings = new Map();
  searchedSecurityFiles(root, undefined, listings);
  assert.deepEqual(walkSecurityFiles(root, undefined, listings), own);
  assert.deepEqual(
    [...listings.values()],
    [undefined, undefined, undefined],
    'what is left: searched folders that do not exist',
  );
  // A listing stands for its folder: a file only the listing names is found, so the folder was not read.
  const given: FolderListings = new Map([['', [{ name: 'SECURITY.md', type: 'file' as const }]]]);
  assert.deepEqual(walkSecurityFiles(root, undefined, given), ['SECURITY.md']);
});
