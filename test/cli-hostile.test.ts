/**
 * The CLI under hostile input and faults: FIFOs, symbolic link loops and links out of the tree, a 50 MB file, a
 * folder full of binaries, and --fix that never loses data (temporary file and rename, permissions kept, read-only
 * and changed files refused, two concurrent runs). Each run is bounded by a timeout: a hang fails the test.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFileContent } from '../server/src/node/safe-write';
import { tempDir } from './helpers';
import { cliEnv } from './cli-run';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const mojibakeSeed = join(root, 'test', 'fixtures', 'seeds', '004_6b676d4ed55cad0f.txt');

/** The seed's bytes in a new file (copyFileSync would also copy a read-only mode). */
function copySeed(path: string): void {
  writeFileSync(path, readFileSync(mojibakeSeed));
}

function run(
  args: string[],
  cwd: string,
): { code: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: cliEnv({ NO_COLOR: '1' }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

test('a FIFO is named and skipped, never read (no hang)', () => {
  const dir = tempDir('security-policy-hostile-');
  assert.equal(spawnSync('mkfifo', [join(dir, 'SECURITY.md')]).status, 0);
  const named = run(['check', 'SECURITY.md'], dir);
  assert.equal(named.signal, null, 'finished');
  assert.equal(named.code, 2);
  assert.match(named.stderr, /SECURITY\.md: skipped, not a regular file \(a pipe, socket or device\)\./);
  const folder = run(['check', '.'], dir);
  assert.equal(folder.signal, null);
  assert.match(folder.stderr, /No SECURITY\.md, security\.txt or security-insights\.yml found/);
});

test('symbolic link loops are named; links out of the checked folder are not followed', () => {
  const dir = tempDir('security-policy-hostile-');
  const outside = tempDir('security-policy-outside-');
  writeFileSync(join(outside, 'SECURITY.md'), '# Security\n\nEmail a@users.noreply.github.com.\n');
  mkdirSync(join(dir, 'docs'));
  symlinkSync(join(outside, 'SECURITY.md'), join(dir, 'SECURITY.md'));
  symlinkSync('loop', join(dir, 'docs', 'loop'));
  symlinkSync('loop', join(dir, 'docs', 'SECURITY.md'));
  symlinkSync(dir, join(dir, 'docs', 'cycle')); // a folder linking to an ancestor
  writeFileSync(
    join(dir, '.github-SECURITY-target.md'),
    '# Security\n\nEmail security@acme.org. We reply within 2 days.\n',
  );
  mkdirSync(join(dir, '.github'));
  symlinkSync(join(dir, '.github-SECURITY-target.md'), join(dir, '.github', 'SECURITY.md')); // inside: followed
  writeFileSync(join(outside, 'security.txt'), 'Contact: mailto:security@acme.org\n');
  symlinkSync(outside, join(dir, '.well-known')); // a searched folder that links elsewhere: never entered

  const r = run(['check', '.', '--format', 'json'], dir);
  assert.equal(r.signal, null);
  assert.match(r.stderr, /SECURITY\.md: skipped, a symbolic link to outside the checked folder; not followed\./);
  assert.match(r.stderr, /docs\/SECURITY\.md: skipped, a symbolic link loop\./);
  const files = (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file);
  assert.deepEqual(files, ['.github/SECURITY.md']);

  const named = run(['check', 'docs/SECURITY.md'], dir);
  assert.equal(named.code, 2);
  assert.match(named.stderr, /docs\/SECURITY\.md: a symbolic link loop\./);
});

test('a 50 MB file is refused with its size, in bounded time and memory', () => {
  const dir = tempDir('security-policy-hostile-');
  writeFileSync(join(dir, 'SECURITY.md'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  const r = spawnSync(process.execPath, ['--max-old-space-size=128', cli, 'check', 'SECURITY.md'], {
    cwd: dir,
    env: cliEnv(),
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(r.signal, null);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /SECURITY\.md: skipped, 50\.0 MB, larger than the 4 MB a security file can sensibly be\./);
});

test('a folder full of binaries: only the security files are read, and a binary one is reported', () => {
  const dir = tempDir('security-policy-hostile-');
  mkdirSync(join(dir, 'blobs'));
  for (let i = 0; i < 300; i++)
    writeFileSync(join(dir, 'blobs', `blob-${i}.bin`), Buffer.from([0, 1, 2, 255, 254, 0, i % 256]));
  writeFileSync(join(dir, 'SECURITY.md'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 0xff]));
  const r = run(['check', '.', '--format', 'json', '--fix'], dir);
  assert.equal(r.signal, null);
  const [report] = JSON.parse(r.stdout) as Array<{
    file: string;
    diagnostics: Array<{ rule: string; message: string }>;
  }>;
  assert.equal(report.file, 'SECURITY.md');
  assert.equal(
    report.diagnostics.find((d) => d.rule === 'not-utf8')?.message,
    'The file contains NUL bytes and looks binary, expected UTF-8 text.',
  );
  assert.deepEqual(
    readFileSync(join(dir, 'SECURITY.md')),
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 0xff]),
    'a binary file is never rewritten',
  );
});

test('--fix writes through a rename, keeps permissions, and leaves no temporary file', () => {
  const dir = tempDir('security-policy-hostile-');
  const path = join(dir, 'SECURITY.md');
  copySeed(path);
  chmodSync(path, 0o640);
  const inodeBefore = statSync(path).ino;
  const r = run(['check', 'SECURITY.md', '--fix', '--today', '2026-11-22'], dir);
  assert.equal(r.signal, null);
  assert.match(readFileSync(path, 'utf8'), /## 🔒 Our Commitment/);
  assert.equal(statSync(path).mode & 0o777, 0o640);
  assert.notEqual(statSync(path).ino, inodeBefore, 'replaced by a rename, not rewritten in place');
  assert.deepEqual(readdirSync(dir), ['SECURITY.md']);
});

test('--fix skips a read-only file and a file that is not UTF-8, with a message, and changes nothing', () => {
  const dir = tempDir('security-policy-hostile-');
  copySeed(join(dir, 'SECURITY.md'));
  chmodSync(join(dir, 'SECURITY.md'), 0o444);
  const invalid = Buffer.concat([readFileSync(mojibakeSeed), Buffer.from([0xff, 0x0a])]);
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'SECURITY.md'), invalid);
  const r = run(['check', '.', '--fix'], dir);
  assert.match(r.stderr, /^SECURITY\.md: cannot be written \(the file is read-only\)\.$/m);
  assert.match(r.stderr, /^docs\/SECURITY\.md: not UTF-8 text; not fixed, so that no byte is lost\.$/m);
  assert.deepEqual(readFileSync(join(dir, 'SECURITY.md')), readFileSync(mojibakeSeed));
  assert.deepEqual(readFileSync(join(dir, 'docs', 'SECURITY.md')), invalid);
  assert.match(r.stdout, /mojibake/, 'the findings are still reported');
});

test('a file that changed since it was read is not replaced', () => {
  const dir = tempDir('security-policy-hostile-');
  const path = join(dir, 'SECURITY.md');
  writeFileSync(path, 'the text the user has now\n');
  const result = replaceFileContent(path, Buffer.from('the text that was read\n'), 'the fixed text\n');
  assert.deepEqual(result, { ok: false, reason: 'changed since it was read; not fixed (run again)' });
  assert.equal(readFileSync(path, 'utf8'), 'the text the user has now\n');
  assert.deepEqual(readdirSync(dir), ['SECURITY.md']);
});

test('two concurrent --fix runs on one file leave a correct file', async () => {
  const expectedDir = tempDir('security-policy-hostile-');
  copySeed(join(expectedDir, 'SECURITY.md'));
  run(['check', 'SECURITY.md', '--fix', '--today', '2026-11-22'], expectedDir);
  const expected = readFileSync(join(expectedDir, 'SECURITY.md'), 'utf8');
  assert.notEqual(expected, readFileSync(mojibakeSeed, 'utf8'));

  for (let round = 0; round < 5; round++) {
    const dir = tempDir('security-policy-hostile-');
    copySeed(join(dir, 'SECURITY.md'));
    const runs = [0, 1].map(
      () =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [cli, 'check', 'SECURITY.md', '--fix', '--today', '2026-11-22'], {
            cwd: dir,
            stdio: 'ignore',
          });
          child.on('exit', resolve);
        }),
    );
    const codes = await Promise.all(runs);
    assert.ok(
      codes.every((c) => c === 0 || c === 1),
      `exit codes ${codes.join(', ')}`,
    );
    assert.equal(readFileSync(join(dir, 'SECURITY.md'), 'utf8'), expected, `round ${round}`);
    assert.deepEqual(readdirSync(dir), ['SECURITY.md'], 'no temporary file left');
  }
});
