/**
 * Paths the CLI cannot check (issue 31): folders and files it may not read are errors with their path and reason in
 * every output format, with exit code 2, and an organisation scan lists the repository and goes on; a folder named
 * like a security file, or a folder that is neither a repository nor holds any, is said to be so.
 *
 * Permissions mean nothing to root, which reads everything: run as root, the CLI is started as `nobody` through
 * setpriv (the temporary folders are opened to it), and where that is not possible the permission tests are skipped.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { tempDir } from './helpers';
import { cliEnv } from './cli-run';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
const POLICY = '# Security\n\nOpen an issue to report a vulnerability.\n';

/** How to start the CLI so that permissions hold: as is, or as nobody when this runs as root; null: cannot. */
let prefix: string[] | null = [];

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const [command, ...rest] = [...(prefix ?? []), process.execPath, cli, ...args, '--today', '2026-11-23'];
  const r = spawnSync(command, rest, { cwd, encoding: 'utf8', env: cliEnv({ NO_COLOR: '1' }) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary tree: files with their text, folders (a trailing `/`), and modes given after the tree is made. */
function tree(entries: Record<string, string>, modes: Record<string, number> = {}): string {
  const dir = tempDir('security-policy-unreadable-');
  for (const [path, text] of Object.entries(entries)) {
    mkdirSync(join(dir, path.endsWith('/') ? path : join(path, '..')), { recursive: true });
    if (!path.endsWith('/')) writeFileSync(join(dir, path), text);
  }
  // Open to nobody when the CLI runs as nobody; the denied paths are then closed.
  if (process.getuid?.() === 0) spawnSync('chmod', ['-R', 'a+rwX', dir]);
  for (const [path, mode] of Object.entries(modes)) chmodSync(join(dir, path), mode);
  return dir;
}

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  if (process.getuid?.() !== 0) return;
  prefix = NOBODY;
  const probe = tree({ 'denied/SECURITY.md': POLICY }, { denied: 0 });
  const r = run(['--version'], probe);
  const denied = spawnSync(NOBODY[0], [...NOBODY.slice(1), 'ls', join(probe, 'denied')]);
  if (r.code !== 0 || denied.status === 0) prefix = null;
});

/** Why the permission tests cannot run here, or false. */
const cannotDeny = (): string | false =>
  prefix === null ? 'running as root, and the CLI cannot be started as nobody' : false;

/** A repository whose .github folder may not be read. */
const deniedGithub = (): string => tree({ '.git/': '', '.github/SECURITY.md': POLICY }, { '.github': 0o000 });

test('an unreadable folder is an error with its path and reason in text output, exit 2', (t) => {
  if (cannotDeny()) return t.skip(cannotDeny() as string);
  const r = run(['check', '.'], deniedGithub());
  assert.equal(r.code, 2);
  assert.equal(
    r.stdout,
    '.github: cannot be read (permission denied).\n\nNo problems in 0 files. 1 path could not be checked.\n',
  );
  assert.equal(r.stderr, '', 'the text output says it: not twice');
});

test('an unreadable folder in json, jsonl, github and markdown output, exit 2, and on stderr', (t) => {
  if (cannotDeny()) return t.skip(cannotDeny() as string);
  const dir = deniedGithub();
  const expected: Record<string, string> = {
    json: `${JSON.stringify([{ file: '.github', error: 'cannot be read (permission denied)', diagnostics: [] }], null, 2)}\n`,
    jsonl: '{"file":".github","error":"cannot be read (permission denied)"}\n',
    github: [
      '::error file=.github,title=security-policy::.github: cannot be read (permission denied).',
      'No problems in 0 files. 1 path could not be checked.',
      '',
    ].join('\n'),
    markdown: [
      '| Repository | Files found | Errors | Warnings | Info | OSPS Baseline level met |',
      '|---|---|---|---|---|---|',
      '| . | .github: cannot be read (permission denied) | 0 | 0 | 0 | — |',
      '',
      '1 repository: No problems in 0 files. 1 path could not be checked.',
      '',
    ].join('\n'),
  };
  for (const [format, stdout] of Object.entries(expected)) {
    const r = run(['check', '.', '--format', format], dir);
    assert.equal(r.code, 2, format);
    assert.equal(r.stdout, stdout, format);
    assert.equal(r.stderr, '.github: cannot be read (permission denied).\n', format);
  }
});

test('an unreadable folder in SARIF: an error notification on the folder, the run not successful, schema-valid', (t) => {
  if (cannotDeny()) return t.skip(cannotDeny() as string);
  const r = run(['check', '.', '--format', 'sarif'], deniedGithub());
  assert.equal(r.code, 2);
  const sarif = JSON.parse(r.stdout) as { runs: Array<{ invocations: unknown[] }> };
  assert.deepEqual(sarif.runs[0].invocations, [
    {
      executionSuccessful: false,
      toolExecutionNotifications: [
        {
          level: 'error',
          message: { text: '.github: cannot be read (permission denied).' },
          locations: [{ physicalLocation: { artifactLocation: { uri: '.github', uriBaseId: '%SRCROOT%' } } }],
        },
      ],
    },
  ]);
  const schema = JSON.parse(
    readFileSync(join(root, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json'), 'utf8'),
  ) as object;
  const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
});

test('a named file in a folder that may not be read: permission denied, not "No such file or folder"', (t) => {
  if (cannotDeny()) return t.skip(cannotDeny() as string);
  const dir = deniedGithub();
  const r = run(['check', '.github/SECURITY.md'], dir);
  assert.equal(r.code, 2);
  assert.equal(
    r.stdout,
    '.github/SECURITY.md: cannot be read (permission denied).\n\nNo problems in 0 files. 1 path could not be checked.\n',
  );
  assert.equal(r.stderr, '');
  const json = run(['check', '.github/SECURITY.md', '--format', 'json'], dir);
  assert.equal(json.code, 2);
  assert.deepEqual(JSON.parse(json.stdout), [
    { file: '.github/SECURITY.md', error: 'cannot be read (permission denied)', diagnostics: [] },
  ]);
});

test('an unreadable policy found in a repository is an error too (exit 2), beside the files that were checked', (t) => {
  if (cannotDeny()) return t.skip(cannotDeny() as string);
  const dir = tree({ '.git/': '', 'SECURITY.md': POLICY, 'docs/SECURITY.md': POLICY }, { 'docs/SECURITY.md': 0 });
  const r = run(['check', '--format', 'json'], dir);
  assert.equal(r.code, 2);
  const entries = JSON.parse(r.stdout) as Array<{ file: string; error?: string }>;
  assert.deepEqual(
    entries.map((e) => [e.file, e.error]),
    [
      ['docs/SECURITY.md', 'cannot be read (permission denied)'],
      ['SECURITY.md', undefined],
    ],
  );
  assert.equal(r.stderr, 'docs/SECURITY.md: cannot be read (permission denied).\n');
});

test('an organisation scan lists an unreadable repository with its error and goes on', (t) => {
  if (cannotDeny()) return t.skip(cannotDeny() as string);
  const dir = tree(
    {
      'acme/api/.git/': '',
      'acme/api/SECURITY.md': POLICY,
      'acme/locked/.git/': '',
      'acme/locked/SECURITY.md': POLICY,
      'acme/web/.git/': '',
      'acme/web/.github/SECURITY.md': POLICY,
      'other/': '',
    },
    { 'acme/locked': 0o000, 'acme/web/.github': 0o000, other: 0o000 },
  );
  const r = run(['check', '--format', 'markdown'], dir);
  assert.equal(r.code, 2, r.stderr);
  assert.equal(
    r.stdout,
    [
      '| Repository | Files found | Errors | Warnings | Info | OSPS Baseline level met |',
      '|---|---|---|---|---|---|',
      '| acme/api | SECURITY.md | 0 | 3 | 2 | L1 |',
      '| acme/locked | cannot be read (permission denied) | 0 | 0 | 0 | — |',
      '| acme/web | .github: cannot be read (permission denied) | 0 | 0 | 0 | — |',
      '| other | cannot be read (permission denied) | 0 | 0 | 0 | — |',
      '',
      '4 repositories: 8 problems (0 error, 3 warning, 2 info, 3 hint) in 1 file. 7 fixable with a quick fix in the editor, none with --fix. 3 paths could not be checked.',
      '',
    ].join('\n'),
  );
  assert.equal(
    r.stderr,
    [
      'acme/locked: cannot be read (permission denied).',
      'acme/web/.github: cannot be read (permission denied).',
      'other: cannot be read (permission denied).',
      '',
    ].join('\n'),
  );
});

test('check on a folder named SECURITY.md says it is a folder, exit 2', () => {
  const dir = tree({ 'SECURITY.md/notes.txt': 'not a policy\n' });
  const r = run(['check', 'SECURITY.md'], dir);
  assert.equal(r.code, 2);
  assert.equal(
    r.stdout,
    'SECURITY.md: a folder, not a file (give the file itself, or the folder of its repository).\n\nNo problems in 0 files. 1 path could not be checked.\n',
  );
  assert.equal(r.stderr, '');
});

test('check on a folder that is neither a repository nor holds any says so, exit 2; a repository without a policy is an error, exit 1', () => {
  const dir = tree({ 'plain/notes.txt': 'hello\n', 'repo/.git/': '' });
  const plain = run(['check', 'plain'], dir);
  assert.equal(plain.code, 2);
  assert.equal(plain.stdout, 'No problems in 0 files.\n');
  assert.equal(
    plain.stderr,
    [
      'plain: not a repository (no .git), nor a folder of repositories, and no SECURITY.md, security.txt or security-insights.yml where they are looked for: nothing checked.',
      'No SECURITY.md, security.txt or security-insights.yml found in the given folders (looked in .github/, the root, docs/, .well-known/, public/, public/.well-known/, static/, static/.well-known/).',
      '',
    ].join('\n'),
  );
  const repo = run(['check', 'repo', '--format', 'jsonl'], dir);
  assert.equal(repo.code, 1);
  assert.deepEqual(
    repo.stdout
      .trimEnd()
      .split('\n')
      .map((l) => Object.keys(JSON.parse(l) as object).slice(0, 4)),
    [
      ['repository', 'policy'],
      ['file', 'kind', 'missing', 'rule'],
    ],
  );
  assert.match(repo.stderr, /^No SECURITY\.md, security\.txt or security-insights\.yml found in the given folders/);
});
