/**
 * --fix under hostile conditions (issue 31): the file is opened once, and rewritten only if the path is still that
 * file (same device and inode, not a symbolic link swapped in), through `.<name>.security-policy-<pid>.tmp` and a
 * rename; temporary files that killed runs left are removed by the next run.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { closeFile, openCheckedFile, type OpenedFile } from '../server/src/node/safe-io';
import { replaceOpenedFile, temporaryName } from '../server/src/node/safe-write';
import { tempDir } from './helpers';
import { cliEnv } from './cli-run';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const seed = join(root, 'test', 'fixtures', 'seeds', '004_6b676d4ed55cad0f.txt');
const TEXT = '# Security\n\nEmail security@acme.org.\n';

function opened(path: string): OpenedFile {
  const result = openCheckedFile(path);
  assert.ok(result.ok, 'opened');
  return result.file;
}

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

test('a symbolic link swapped in after the read is refused, and nothing is written through it', () => {
  const dir = tempDir('security-policy-fix-');
  const victim = join(tempDir('security-policy-victim-'), 'authorized_keys');
  writeFileSync(victim, TEXT); // the same bytes: only the swap tells them apart
  const path = join(dir, 'SECURITY.md');
  writeFileSync(path, TEXT);
  const file = opened(path);
  try {
    rmSync(path);
    symlinkSync(victim, path);
    assert.deepEqual(replaceOpenedFile(file, 'fixed\n'), {
      ok: false,
      reason: 'replaced by a symbolic link since it was read; not fixed, and nothing written through the link',
    });
  } finally {
    closeFile(file);
  }
  assert.equal(readFileSync(victim, 'utf8'), TEXT);
  assert.ok(lstatSync(path).isSymbolicLink(), 'the link is left as it is');
  assert.deepEqual(readdirSync(dir), ['SECURITY.md']);
});

test('another file renamed over the one read is refused, even with the same bytes', () => {
  const dir = tempDir('security-policy-fix-');
  const path = join(dir, 'SECURITY.md');
  writeFileSync(path, TEXT);
  const file = opened(path);
  try {
    writeFileSync(join(dir, 'other'), TEXT);
    renameSync(join(dir, 'other'), path);
    assert.deepEqual(replaceOpenedFile(file, 'fixed\n'), {
      ok: false,
      reason: 'changed since it was read; not fixed (run again)',
    });
  } finally {
    closeFile(file);
  }
  assert.equal(readFileSync(path, 'utf8'), TEXT);
  assert.deepEqual(readdirSync(dir), ['SECURITY.md']);
});

test('the file read is replaced by a rename; a link that was a link when read is followed and stays a link', () => {
  const dir = tempDir('security-policy-fix-');
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, 'SECURITY.md'), TEXT);
  symlinkSync('../SECURITY.md', join(dir, '.github', 'SECURITY.md'));
  const file = opened(join(dir, '.github', 'SECURITY.md'));
  try {
    assert.deepEqual(replaceOpenedFile(file, 'fixed\n'), { ok: true });
  } finally {
    closeFile(file);
  }
  assert.ok(lstatSync(join(dir, '.github', 'SECURITY.md')).isSymbolicLink());
  assert.equal(readFileSync(join(dir, 'SECURITY.md'), 'utf8'), 'fixed\n');
  assert.notEqual(lstatSync(join(dir, 'SECURITY.md')).ino, file.ino);
  assert.deepEqual(readdirSync(dir).sort(), ['.github', 'SECURITY.md']);
});

test('temporary files are named .<name>.security-policy-<pid>.tmp', () => {
  assert.equal(temporaryName('SECURITY.md', 4242), '.SECURITY.md.security-policy-4242.tmp');
  assert.equal(temporaryName('security.txt'), `.security.txt.security-policy-${process.pid}.tmp`);
});

test('--fix removes the temporary file a killed run left, and only that one', () => {
  const dir = tempDir('security-policy-fix-');
  writeFileSync(join(dir, 'SECURITY.md'), readFileSync(seed));
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  assert.ok(dead !== undefined);
  const left = temporaryName('SECURITY.md', dead);
  const running = temporaryName('SECURITY.md', process.pid); // a run still at work
  for (const name of [left, running, '.SECURITY.md.security-policy-x.tmp', '.README.md.security-policy-1.tmp'])
    writeFileSync(join(dir, name), 'half a policy');
  const r = spawnSync(process.execPath, [cli, 'check', '--fix', '--today', '2026-11-22', '--format', 'json'], {
    cwd: dir,
    env: cliEnv(),
    encoding: 'utf8',
  });
  assert.equal(r.status, 1, r.stderr);
  assert.equal(
    r.stderr,
    `${left}: removed, left by an interrupted --fix.\nFixed 13 problems in 1 file; 8 remaining.\n`,
  );
  assert.deepEqual(
    readdirSync(dir).sort(),
    ['.README.md.security-policy-1.tmp', '.SECURITY.md.security-policy-x.tmp', running, 'SECURITY.md'].sort(),
  );
  assert.match(readFileSync(join(dir, 'SECURITY.md'), 'utf8'), /## 🔒 Our Commitment/, 'and the file is fixed');
});

test('without --fix nothing is removed', () => {
  const dir = tempDir('security-policy-fix-');
  writeFileSync(join(dir, 'SECURITY.md'), TEXT);
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  writeFileSync(join(dir, temporaryName('SECURITY.md', dead)), 'half a policy');
  const r = spawnSync(process.execPath, [cli, 'check'], { cwd: dir, env: cliEnv(), encoding: 'utf8' });
  assert.equal(r.stderr, '');
  assert.deepEqual(readdirSync(dir).sort(), [temporaryName('SECURITY.md', dead), 'SECURITY.md'].sort());
});

test('a file is read whole through its handle, even when its size says otherwise (/proc)', (t) => {
  if (!existsSync('/proc/self/status')) return t.skip('no /proc');
  const file = opened('/proc/self/status');
  closeFile(file);
  assert.ok(file.bytes.length > 100, `${file.bytes.length} bytes`);
  assert.match(file.text, /^Name:\t/);
  assert.match(file.text, /\nPid:\t\d+\n/);
});

test('a file the listing showed as regular is opened without a stat; a link, FIFO or folder put in its place is not read', () => {
  const dir = tempDir('security-policy-listed-');
  const path = join(dir, 'SECURITY.md');
  writeFileSync(path, TEXT);
  const file = openCheckedFile(path, true);
  assert.ok(file.ok);
  assert.deepEqual([file.file.text, file.file.linked], [TEXT, false]);
  closeFile(file.file);
  // Replaced by a link after the listing: opened as a link is, through its stat.
  const target = join(dir, 'target.md');
  writeFileSync(target, TEXT);
  rmSync(path);
  symlinkSync(target, path);
  const linked = openCheckedFile(path, true);
  assert.ok(linked.ok);
  assert.equal(linked.file.linked, true);
  closeFile(linked.file);
  rmSync(path);
  spawnSync('mkfifo', [path]);
  assert.deepEqual(openCheckedFile(path, true), {
    ok: false,
    reason: 'not a regular file (a pipe, socket or device)',
    unreadable: false,
  });
  rmSync(path);
  mkdirSync(path);
  assert.deepEqual(openCheckedFile(path, true), { ok: false, reason: 'a folder, not a file', unreadable: false });
});
