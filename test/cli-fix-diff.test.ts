/**
 * `check --diff` (alias `--fix-dry-run`) and what `check --fix` says (issue 29), run as users run the bundled CLI:
 * the diff is git's, writes nothing, and applied with `patch -p1` gives the bytes `--fix` writes; after `--fix`, the
 * line of what was fixed and what remains; the mark on the findings `--fix` repairs. Also through the worker pool
 * and through shards and their merge, which carry the fixes of each repository.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unifiedDiff } from '../server/src';
import { buildDist, runCli, type CliRun } from './cli-run';
import { tempDir } from './helpers';

const TODAY = ['--today', '2026-11-22'];
/** A policy with one finding `--fix` repairs (an http:// link), and findings it does not. */
const HTTP = '# Security\n\nEmail security@acme.org or see http://acme.org/security.\n';
const HTTPS = HTTP.replace('http:', 'https:');

function workspace(files: Record<string, string>): string {
  const dir = tempDir('h29b-fix-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const check = (args: string[], cwd: string): CliRun => runCli(['check', ...TODAY, ...args], cwd);
const bytesOf = (dir: string, paths: string[]): string[] => paths.map((p) => readFileSync(join(dir, p), 'latin1'));
const hasPatch = spawnSync('patch', ['--version']).status === 0;

before(() => buildDist());

test('the exact diff keeps CRs and says when a last line has no line break, as diff -u does', () => {
  assert.equal(unifiedDiff('a\nb', 'a\nb\n', 'A', 'B'), '', 'the default compares lines as read');
  assert.equal(
    unifiedDiff('a\nb', 'a\nb\n', 'A', 'B', { exact: true }),
    '--- A\n+++ B\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n',
  );
  assert.equal(
    unifiedDiff('x\r\ny', 'x\r\nz', 'A', 'B', { exact: true }),
    '--- A\n+++ B\n@@ -1,2 +1,2 @@\n x\r\n-y\n\\ No newline at end of file\n+z\n\\ No newline at end of file\n',
  );
  assert.equal(unifiedDiff('x\r\n', 'x\n', 'A', 'B', { exact: true }), '--- A\n+++ B\n@@ -1 +1 @@\n-x\r\n+x\n');
  assert.equal(unifiedDiff('same', 'same', 'A', 'B', { exact: true }), '');
});

const FILES = {
  'SECURITY.md': HTTP.replace(/\n/g, '\r\n').replace(/\r\n$/, ''),
  'my docs/SECURITY.md': HTTP,
  'clean/SECURITY.md': HTTPS,
};
const PATHS = ['SECURITY.md', 'my docs/SECURITY.md', 'clean/SECURITY.md'];

test('--diff prints the unified diff of what --fix would change, writes nothing, and exits 1', () => {
  const dir = workspace(FILES);
  const r = check(['--diff', ...PATHS], dir);
  assert.deepEqual(r, {
    code: 1,
    stdout: [
      '--- a/SECURITY.md',
      '+++ b/SECURITY.md',
      '@@ -1,3 +1,3 @@',
      ' # Security\r',
      ' \r',
      '-Email security@acme.org or see http://acme.org/security.',
      '\\ No newline at end of file',
      '+Email security@acme.org or see https://acme.org/security.',
      '\\ No newline at end of file',
      '--- a/my docs/SECURITY.md\t',
      '+++ b/my docs/SECURITY.md\t',
      '@@ -1,3 +1,3 @@',
      ' # Security',
      ' ',
      '-Email security@acme.org or see http://acme.org/security.',
      '+Email security@acme.org or see https://acme.org/security.',
      '',
    ].join('\n'),
    stderr: 'Would fix 2 problems in 2 files.\n',
  });
  assert.deepEqual(bytesOf(dir, PATHS), Object.values(FILES), 'nothing written');
  assert.deepEqual(check(['--fix-dry-run', ...PATHS], dir), r, '--fix-dry-run is --diff');
  assert.deepEqual(check(['--diff', '--fix', ...PATHS], dir), r, '--diff wins: nothing is written');
  assert.deepEqual(bytesOf(dir, PATHS), Object.values(FILES));
});

test('--diff applied with patch -p1 gives the bytes --fix writes', { skip: !hasPatch && 'no patch here' }, () => {
  const dir = workspace(FILES);
  const copy = tempDir('h29b-fix-copy-');
  cpSync(dir, copy, { recursive: true });
  const diff = check(['--diff', ...PATHS], dir).stdout;
  const patched = spawnSync('patch', ['-p1', '--quiet'], { cwd: copy, input: diff, encoding: 'utf8' });
  assert.equal(patched.status, 0, patched.stderr + patched.stdout);
  const fixed = check(['--fix', '--format', 'json', ...PATHS], dir);
  assert.equal(fixed.stderr, 'Fixed 2 problems in 2 files; 22 remaining.\n');
  assert.deepEqual(bytesOf(copy, PATHS), bytesOf(dir, PATHS));
  assert.notDeepEqual(bytesOf(dir, PATHS), Object.values(FILES));
});

test('--diff with nothing to fix: no output, "Nothing to fix." and exit 0, whatever the findings', () => {
  const dir = workspace({ 'SECURITY.md': '# Security\n\nPlease open an issue.\n' });
  assert.deepEqual(check(['--diff', 'SECURITY.md'], dir), { code: 0, stdout: '', stderr: 'Nothing to fix.\n' });
  assert.equal(check(['SECURITY.md'], dir).code, 1, 'the check itself fails');
});

test('--diff takes no other format and no URL; a folder with nothing to check still exits 2', () => {
  const dir = workspace({ 'SECURITY.md': HTTP, 'empty/README.md': '# Empty\n' });
  const refused = (args: string[], message: string): void =>
    assert.deepEqual(check(args, dir), { code: 2, stdout: '', stderr: `security-policy: ${message}\n` });
  refused(['--diff', '--format', 'json'], '--diff prints a unified diff; it takes no --format json.');
  refused(
    ['--diff', 'https://example.org'],
    '--diff shows what --fix would change in local files; it takes no URL, --online, --key, --urls or --compare.',
  );
  const empty = check(['--diff', 'SECURITY.md', 'empty'], dir);
  assert.equal(empty.code, 2);
  assert.match(empty.stdout, /^--- a\/SECURITY\.md\n/);
  assert.deepEqual(empty.stderr.split('\n').slice(-3), [
    'empty: not a repository (no .git), nor a folder of repositories, and no SECURITY.md, security.txt or security-insights.yml where they are looked for: nothing checked.',
    'Would fix 1 problem in 1 file.',
    '',
  ]);
});

test('text marks what --fix repairs, and after --fix ends with what was fixed and what remains', () => {
  const dir = workspace({ 'SECURITY.md': HTTP });
  const before = check(['SECURITY.md'], dir).stdout.split('\n');
  assert.deepEqual(before.slice(-4), [
    '  3:32     warning [*] "http://acme.org/security" is not encrypted, expected https://.  insecure-link',
    '',
    '8 problems (0 error, 2 warning, 3 info, 3 hint) in 1 file. 1 fixable with --fix (marked [*]); 6 more with a quick fix in the editor.',
    '',
  ]);
  const fixed = check(['--fix', 'SECURITY.md'], dir);
  assert.equal(fixed.code, 0);
  assert.equal(fixed.stderr, '');
  assert.deepEqual(fixed.stdout.split('\n').slice(-3), [
    '7 problems (0 error, 1 warning, 3 info, 3 hint) in 1 file. 6 fixable with a quick fix in the editor, none with --fix.',
    'Fixed 1 problem in 1 file; 7 remaining.',
    '',
  ]);
  assert.equal(readFileSync(join(dir, 'SECURITY.md'), 'utf8'), HTTPS);
  const again = check(['--fix', 'SECURITY.md'], dir);
  assert.equal(again.stdout.split('\n').at(-2), 'Fixed 0 problems in 0 files; 7 remaining.');
});

test('after --fix, a file that could not be written is not counted as fixed', () => {
  const dir = workspace({ 'a/SECURITY.md': HTTP, 'b/SECURITY.md': HTTP });
  chmodSync(join(dir, 'b/SECURITY.md'), 0o444);
  const r = check(['--fix', '--quiet', '--format', 'jsonl', 'a/SECURITY.md', 'b/SECURITY.md'], dir);
  assert.deepEqual(r, {
    code: 0,
    stdout: '',
    stderr: 'b/SECURITY.md: cannot be written (the file is read-only).\nFixed 1 problem in 1 file; 0 remaining.\n',
  });
  assert.deepEqual(bytesOf(dir, ['a/SECURITY.md', 'b/SECURITY.md']), [HTTPS, HTTP]);
});

/** An organisation of 40 repositories, every other with a link --fix repairs: enough for the worker pool. */
function organisation(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    const name = `acme/r${String(i).padStart(2, '0')}`;
    files[`${name}/.git/HEAD`] = 'ref: refs/heads/main\n';
    files[`${name}/SECURITY.md`] = (i % 2 === 0 ? HTTP : HTTPS).replace('acme.org', `r${i}.example`);
  }
  return workspace(files);
}

test('the fixes cross the worker pool: --workers 2 says and writes what one thread does', () => {
  const one = organisation();
  const two = organisation();
  const diff = check(['--diff', '--workers', '1', 'acme'], one);
  assert.equal(diff.code, 1);
  assert.equal(diff.stderr, 'Would fix 20 problems in 20 files.\n');
  assert.deepEqual(check(['--diff', '--workers', '2', 'acme'], two), diff);
  const fixed = check(['--fix', '--workers', '1', 'acme'], one);
  assert.equal(fixed.stdout.split('\n').at(-2), 'Fixed 20 problems in 20 files; 360 remaining.');
  assert.deepEqual(check(['--fix', '--workers', '2', 'acme'], two), fixed);
  const paths = Array.from({ length: 40 }, (_, i) => `acme/r${String(i).padStart(2, '0')}/SECURITY.md`);
  assert.deepEqual(bytesOf(two, paths), bytesOf(one, paths));
});

test('the fixes cross shards: merged, --diff and --fix say what one run says', () => {
  const single = organisation();
  const sharded = organisation();
  for (const mode of ['--diff', '--fix']) {
    const whole = check([mode, 'acme'], single);
    const out = tempDir('h29b-fix-shards-');
    const files = [1, 2, 3].map((k) => {
      const run = check([mode, '--shard', `${k}/3`, 'acme'], sharded);
      assert.equal(run.code, 0, run.stderr);
      writeFileSync(join(out, `${k}.jsonl`), run.stdout);
      return join(out, `${k}.jsonl`);
    });
    assert.deepEqual(runCli(['merge', ...files], sharded), whole, mode);
  }
});

test('--fix with --key (local files checked with their signatures) ends with the same line', () => {
  const dir = workspace({ 'SECURITY.md': HTTP });
  const key = join(__dirname, 'fixtures', 'signatures', 'acme-key.asc');
  const r = check(['--key', key, '--fix', 'SECURITY.md'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.split('\n').at(-2), 'Fixed 1 problem in 1 file; 7 remaining.');
  assert.equal(readFileSync(join(dir, 'SECURITY.md'), 'utf8'), HTTPS);
});
