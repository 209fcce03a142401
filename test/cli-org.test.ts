/**
 * The CLI over a folder of many repositories (a checkout of an organisation): repository discovery, the worker
 * pool, and the streamed formats (jsonl, github, markdown), run as users run the bundled CLI.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileReport } from '../server/src/cli/formats';
import { annotation } from '../server/src/cli/reporters';
import { tempDir } from './helpers';
import { cliEnv } from './cli-run';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const seed = join(root, 'test', 'fixtures', 'seeds', '004_6b676d4ed55cad0f.txt');

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-23'], {
    cwd,
    encoding: 'utf8',
    env: cliEnv({ NO_COLOR: '1' }),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function tree(files: Record<string, string>, folders: string[] = []): string {
  const dir = tempDir('security-policy-org-');
  for (const folder of folders) mkdirSync(join(dir, folder), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Four repositories at three depths, one with no policy, and folders that are not repositories. */
function organisation(): string {
  const dir = tree(
    {
      'acme/api/SECURITY.md': '# Security\n\nOpen an issue to report a vulnerability.\n',
      'acme/web/security.txt': 'Contact: mailto:security@acme.org\nExpires: 2020-01-01T00:00:00Z\n',
      'gitlab.com/team/tool/.github/SECURITY.md': '# Security\n\nEmail security@team.dev, we answer within 2 days.\n',
      'acme/node_modules/dep/SECURITY.md': '# Not a repository of ours\n',
      '.cache/old/SECURITY.md': '# Not a repository of ours\n',
      'notes/README.md': '# Notes\n',
    },
    ['acme/api/.git', 'acme/web/.git', 'acme/empty/.git', 'gitlab.com/team/tool/.git'],
  );
  copyFileSync(seed, join(dir, 'acme', 'web', 'SECURITY.md'));
  return dir;
}

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

test('a folder of repositories: each repository found (repo, org/repo, host/org/repo), summarised per repository in Markdown', () => {
  const r = run(['check', '--format', 'markdown'], organisation());
  assert.equal(r.code, 1, r.stderr);
  assert.equal(
    r.stdout,
    [
      '| Repository | Files found | Errors | Warnings | Info | OSPS Baseline level met |',
      '|---|---|---|---|---|---|',
      '| acme/api | SECURITY.md | 0 | 3 | 2 | L1 |',
      '| acme/empty | no policy | 1 | 0 | 0 | — |',
      '| acme/web | SECURITY.md, security.txt | 16 | 2 | 6 | — |',
      '| gitlab.com/team/tool | .github/SECURITY.md | 0 | 1 | 3 | L1 |',
      '',
      '4 repositories: 43 problems (17 error, 6 warning, 11 info, 9 hint) in 4 files. 13 fixable with --fix; 19 more with a quick fix in the editor. 1 repository has no policy.',
      '',
    ].join('\n'),
  );
});

test('a .git that is a file (a worktree) or a link to a folder makes a repository, whose folders are not searched', () => {
  const policy = '# Security\n\nEmail security@acme.org, we answer within 2 days.\n';
  const dir = tree(
    {
      'worktree/.git': 'gitdir: /elsewhere/.git/worktrees/worktree\n',
      'worktree/.github/SECURITY.md': policy,
      'worktree/third-party/lib/SECURITY.md': policy,
      'linked/.github/SECURITY.md': policy,
      'linked/third-party/lib/SECURITY.md': policy,
      'plain/.github/SECURITY.md': policy,
      'plain/third-party/lib/SECURITY.md': policy,
    },
    ['real-git', 'worktree/third-party/lib/.git', 'linked/third-party/lib/.git', 'plain/third-party/lib/.git'],
  );
  symlinkSync(join(dir, 'real-git'), join(dir, 'linked', '.git'));
  const rows = run(['check', '--format', 'markdown'], dir)
    .stdout.split('\n')
    .filter((l) => /^\| [a-z]/.test(l));
  assert.deepEqual(
    rows.map((row) => row.split(' | ').slice(0, 2).join(' | ')),
    // Without a .git of its own, "plain" is an organisation folder: its .github/ holds the default policy.
    [
      '| linked | .github/SECURITY.md',
      "| plain/.github (the organisation's defaults) | SECURITY.md",
      '| plain/third-party/lib | SECURITY.md',
      '| worktree | .github/SECURITY.md',
    ],
  );
});

test('--format github: one workflow command per finding, info and hints as notices', () => {
  const r = run(['check', '--format', 'github', 'acme/api'], organisation());
  assert.equal(r.code, 0, r.stderr);
  const at = (line: number, end: number, rule: string): string =>
    `file=acme/api/SECURITY.md,line=${line},endLine=${line},col=1,endColumn=${end},title=security-policy ${rule}`;
  assert.deepEqual(r.stdout.split('\n'), [
    `::notice ${at(1, 11, 'no-disclosure-timeline')}::No disclosure timeline, expected a coordinated-disclosure window such as 90 days.`,
    `::notice ${at(1, 11, 'no-issuance-date')}::No issuance date, expected a line such as "Last updated: YYYY-MM-DD".`,
    `::warning ${at(1, 11, 'no-response-timeframe')}::No response timeframe, expected a commitment such as "we acknowledge reports within 3 business days".`,
    `::notice ${at(1, 11, 'no-safe-harbor')}::No safe harbor, expected a statement that good-faith research will not be pursued legally.`,
    `::notice ${at(1, 11, 'no-scope')}::No scope, expected a statement of what is in and out of scope.`,
    `::notice ${at(1, 11, 'no-supported-versions')}::No supported versions, expected a statement of which versions receive security fixes.`,
    `::warning ${at(3, 14, 'no-private-channel')}::Only public channels are given, expected a private one (email, web form or GitHub private vulnerability reporting).`,
    `::warning ${at(3, 14, 'public-issue-reporting')}::Reporters are told to use a public issue for a vulnerability, expected a private channel and a "do not open a public issue".`,
    '8 problems (0 error, 3 warning, 2 info, 3 hint) in 1 file. 7 fixable with a quick fix in the editor, none with --fix.',
    '',
  ]);
});

test('workflow commands escape what GitHub would misread: % and line breaks everywhere, : and , in properties', () => {
  const d = {
    rule: 'placeholder',
    severity: 'error' as const,
    message: '100% sure,\nreally: yes',
    line: 2,
    column: 3,
    endLine: 2,
    endColumn: 9,
    fixable: false,
    safeFix: false,
  };
  assert.equal(
    annotation('docs/a,b:c.md', d),
    '::error file=docs/a%2Cb%3Ac.md,line=2,endLine=2,col=3,endColumn=9,title=security-policy placeholder::100%25 sure,%0Areally: yes',
  );
});

test('--format jsonl: a line per repository and per finding, the same in the same order as --format json', () => {
  const dir = organisation();
  const jsonl = run(['check', '--format', 'jsonl'], dir);
  const json = run(['check', '--format', 'json'], dir);
  assert.equal(jsonl.code, 1);
  const lines = jsonl.stdout.trimEnd().split('\n');
  // 4 repositories, 42 findings in their files and 1 on acme/empty's missing SECURITY.md.
  assert.equal(lines.length, 47);
  type Entry = FileReport & { repository?: string; policy?: string | null };
  const flat = (JSON.parse(json.stdout) as Entry[]).flatMap((r): object[] =>
    r.repository !== undefined
      ? [{ repository: r.repository, policy: r.policy }]
      : r.diagnostics.map((d) => ({ file: r.file, kind: r.kind, ...(r.missing && { missing: true }), ...d })),
  );
  assert.deepEqual(
    lines.map((l) => JSON.parse(l) as unknown),
    flat,
  );
});

test('many repositories go to the worker pool and give exactly what one thread gives, in the same order', () => {
  const files: Record<string, string> = {};
  // A third share a real policy with their name written in: its other sections come from each thread's memo.
  const copied = (i: number): string => readFileSync(seed, 'utf8').replace('\n', `\n\nThis policy covers repo-${i}.\n`);
  for (let i = 0; i < 80; i++) {
    files[`org/repo-${String(i).padStart(2, '0')}/SECURITY.md`] =
      i % 3 === 0
        ? '# Security\n\nOpen an issue.\n'
        : i % 3 === 1
          ? copied(i)
          : `# Security\n\nEmail security${i}@acme.org. We reply within ${1 + (i % 5)} business days.\n`;
  }
  const dir = tree(files);
  for (const format of ['json', 'text', 'markdown']) {
    const pooled = run(['check', '--format', format, '--workers', '2'], dir);
    const single = run(['check', '--format', format, '--workers', '1'], dir);
    assert.equal(pooled.stderr, '');
    assert.equal(pooled.stdout, single.stdout, format);
    assert.equal(pooled.code, single.code);
  }
  const reports = JSON.parse(run(['check', '--format', 'json'], dir).stdout) as Array<Partial<FileReport>>;
  assert.deepEqual(
    reports.flatMap((r) => (r.file ? [r.file] : [])),
    Object.keys(files),
  );
});

test('a reader that stops early (| head) ends the run quietly', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 60; i++) files[`r${i}/SECURITY.md`] = '# Security\n\nOpen an issue.\n';
  const dir = tree(files);
  const child = spawn(process.execPath, [cli, 'check', '--format', 'jsonl'], { cwd: dir, env: cliEnv() });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(stderr, '');
  assert.equal(code, 0);
});
