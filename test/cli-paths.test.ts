/**
 * Hostile names in the output (issue 31): a path is printed for people with its control characters, ANSI escapes
 * and bidirectional controls escaped (server/src/cli/quote-path.ts, git's core.quotePath style), so that a folder
 * name cannot forge a report line or drive the terminal; JSON keeps it raw; SARIF URIs are percent-encoded per
 * segment and resolve back to the file.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { quotePath } from '../server/src/cli/quote-path';
import { artifactLocation } from '../server/src/cli/sarif';
import { tempDir } from './helpers';
import { cliEnv } from './cli-run';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const POLICY = '# Security\n\nOpen an issue to report a vulnerability.\n';

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-23'], {
    cwd,
    encoding: 'utf8',
    env: cliEnv({ NO_COLOR: '1' }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

test('quotePath: safe paths as they are; others quoted with C escapes and octal UTF-8 bytes, as git does', () => {
  const cases: Array<[string, string]> = [
    ['docs/SECURITY.md', 'docs/SECURITY.md'],
    ['café/日本/SECURITY.md', 'café/日本/SECURITY.md'],
    ['a b/#1/?/%', 'a b/#1/?/%'],
    ['a\nb', '"a\\nb"'],
    ['a\r\tb\u0007\b\f\v', '"a\\r\\tb\\a\\b\\f\\v"'],
    ['\u001b[31mred\u001b[0m', '"\\033[31mred\\033[0m"'],
    ['x\u009b31m', '"x\\302\\23331m"'],
    ['\u007f', '"\\177"'],
    ['\u0000', '"\\000"'],
    ['abc\u202Etxt.md', '"abc\\342\\200\\256txt.md"'],
    ['\u202A\u202B\u202C\u202D', '"\\342\\200\\252\\342\\200\\253\\342\\200\\254\\342\\200\\255"'],
    ['\u2066\u2067\u2068\u2069', '"\\342\\201\\246\\342\\201\\247\\342\\201\\250\\342\\201\\251"'],
    ['\u200E\u200F\u061C', '"\\342\\200\\216\\342\\200\\217\\330\\234"'],
    ['\u2028\u2029', '"\\342\\200\\250\\342\\200\\251"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['é\n', '"é\\n"'],
  ];
  for (const [path, shown] of cases) assert.equal(quotePath(path), shown, JSON.stringify(path));
});

/** A repository whose folder name would forge a report line, and one whose name holds ANSI and bidi controls. */
function hostile(): { dir: string; forging: string; escaping: string } {
  const dir = tempDir('security-policy-paths-');
  const forging = 'r\nSECURITY.md\n  1:1      error   forged finding  no-contact';
  const escaping = 'x\u001b[2J\u001b[31mred\u202Edm.YTIRUCES';
  for (const name of [forging, escaping]) {
    mkdirSync(join(dir, name, '.git'), { recursive: true });
    writeFileSync(join(dir, name, 'SECURITY.md'), POLICY);
  }
  return { dir, forging, escaping };
}

// eslint-disable-next-line no-control-regex -- the characters that must never reach the output
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

test('text output: hostile folder names are quoted, forge no line, and send no escape or bidi control', () => {
  const { dir } = hostile();
  const r = run(['check'], dir);
  assert.equal(r.code, 0, r.stderr);
  const headers = r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('  '));
  // Each repository of the folder is listed (quoted), then its file with its findings.
  assert.deepEqual(headers, [
    '"r\\nSECURITY.md\\n  1:1      error   forged finding  no-contact": SECURITY.md',
    '"r\\nSECURITY.md\\n  1:1      error   forged finding  no-contact/SECURITY.md"',
    '"x\\033[2J\\033[31mred\\342\\200\\256dm.YTIRUCES": SECURITY.md',
    '"x\\033[2J\\033[31mred\\342\\200\\256dm.YTIRUCES/SECURITY.md"',
    '16 problems (0 error, 6 warning, 4 info, 6 hint) in 2 files. 14 fixable with a quick fix in the editor, none with --fix.',
  ]);
  assert.ok(!r.stdout.split('\n').some((l) => l.includes('forged') && !l.startsWith('"')));
  assert.doesNotMatch(r.stdout, FORBIDDEN);
});

test('markdown and github outputs quote hostile paths too; JSON keeps them raw', () => {
  const { dir, forging, escaping } = hostile();
  const markdown = run(['check', '--format', 'markdown'], dir);
  assert.deepEqual(markdown.stdout.split('\n').slice(2, 4), [
    '| "r\\\\nSECURITY.md\\\\n  1:1      error   forged finding  no-contact" | SECURITY.md | 0 | 3 | 2 | L1 |',
    '| "x\\\\033\\[2J\\\\033\\[31mred\\\\342\\\\200\\\\256dm.YTIRUCES" | SECURITY.md | 0 | 3 | 2 | L1 |',
  ]);
  const github = run(['check', '--format', 'github'], dir);
  assert.doesNotMatch(github.stdout, FORBIDDEN);
  assert.equal(
    github.stdout.split('\n')[0],
    '::notice title=security-policy::"r\\nSECURITY.md\\n  1:1      error   forged finding  no-contact": SECURITY.md',
  );
  assert.equal(
    github.stdout.split('\n')[1],
    '::notice file="r\\nSECURITY.md\\n  1%3A1      error   forged finding  no-contact/SECURITY.md",line=1,endLine=1,col=1,endColumn=11,title=security-policy no-disclosure-timeline::No disclosure timeline, expected a coordinated-disclosure window such as 90 days.',
  );
  const json = JSON.parse(run(['check', '--format', 'json'], dir).stdout) as Array<{
    file?: string;
    repository?: string;
  }>;
  assert.deepEqual(
    json.map((f) => f.file ?? f.repository),
    [forging, `${forging}/SECURITY.md`, escaping, `${escaping}/SECURITY.md`],
  );
});

test('messages on stderr quote hostile paths', () => {
  const dir = tempDir('security-policy-paths-');
  mkdirSync(join(dir, '.git'));
  symlinkSync('\u001b[31mloop\u202E', join(dir, '\u001b[31mloop\u202E'));
  symlinkSync('\u001b[31mloop\u202E', join(dir, 'SECURITY.md'));
  const r = run(['check'], dir);
  assert.equal(r.stderr.split('\n')[0], 'SECURITY.md: skipped, a symbolic link loop.');
  const named = run(['check', '\u001b[31mloop\u202E'], dir);
  assert.equal(named.code, 2);
  assert.equal(named.stderr, 'security-policy: "\\033[31mloop\\342\\200\\256": a symbolic link loop.\n');
  const missing = run(['check', 'no\nsuch'], dir);
  assert.equal(missing.stderr, 'security-policy: No such file or folder: "no\\nsuch"\n');
});

test('SARIF URIs are percent-encoded per segment and resolve back to the file', () => {
  const dir = tempDir('security-policy-paths-');
  const folders = ['a#1', 'b?2', 'c%3', 'd 4', 'e%20'];
  const relative = `${folders.join('/')}/SECURITY.md`;
  mkdirSync(join(dir, ...folders), { recursive: true });
  writeFileSync(join(dir, relative), POLICY);
  const r = run(['check', relative, '--format', 'sarif'], dir);
  const sarif = JSON.parse(r.stdout) as {
    runs: Array<{
      results: Array<{
        locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }>;
      }>;
    }>;
  };
  const location = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
  assert.deepEqual(location, { uri: 'a%231/b%3F2/c%253/d%204/e%2520/SECURITY.md', uriBaseId: '%SRCROOT%' });
  assert.equal(location.uri.split('/').map(decodeURIComponent).join('/'), relative);
  const resolved = new URL(location.uri, pathToFileURL(`${dir}/`));
  assert.equal(resolved.search, '');
  assert.equal(resolved.hash, '');
  assert.equal(fileURLToPath(resolved), join(dir, relative));
});

test('SARIF: a path outside the current folder is a file: URI; Windows drives keep their colon', () => {
  const dir = tempDir('security-policy-paths-');
  mkdirSync(join(dir, 'x #?'));
  writeFileSync(join(dir, 'x #?', 'SECURITY.md'), POLICY);
  const elsewhere = tempDir('security-policy-cwd-');
  const r = run(['check', join(dir, 'x #?', 'SECURITY.md'), '--format', 'sarif'], elsewhere);
  const uri = (JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ locations: unknown[] }> }> }).runs[0].results[0]
    .locations[0] as { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } };
  const location = uri.physicalLocation.artifactLocation;
  assert.equal(location.uriBaseId, undefined);
  assert.equal(fileURLToPath(location.uri), join(dir, 'x #?', 'SECURITY.md'));
  assert.deepEqual(artifactLocation('C:/Users/a b/SECURITY.md'), { uri: 'file:///C:/Users/a%20b/SECURITY.md' });
});
