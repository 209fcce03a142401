/**
 * `check --shard K/N` and `merge`, run as users run the bundled CLI: 4 shards of a generated tree of organisations,
 * merged, give the bytes of one run of the same check, in every format, with its exit code; so do shards run on
 * machines that each hold only their share (the CI matrix). The split is pinned (the same on every machine, in
 * every version), and so are the merge's refusals.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateOrganisation } from '../scripts/bench-org';
import { shardOfName } from '../server/src/cli/shard';
import { buildDist, CLI, runCli, type CliRun } from './cli-run';
import { tempDir } from './helpers';

const TODAY = ['--today', '2026-11-23'];
const SHARDS = 4;

/**
 * Two organisations side by side: acme (generated: 80 repositories, its .github defaults, one in ten inheriting)
 * with repositories whose names sort around `.github` (`-tools`, `+x`), a non-ASCII name and a folder that is no
 * repository; and gitlab.com/team/{tool,lib} a level deeper. Plus a policy given by name.
 */
function generatedTree(): string {
  const dir = tempDir('h27-shard-');
  const org = generateOrganisation(80);
  renameSync(org.dir, join(dir, 'acme'));
  const files: Record<string, string> = {
    'acme/-tools/SECURITY.md': '# Security\n\nOpen an issue to report a vulnerability.\n',
    'acme/+x/SECURITY.md': '# Security\n\nEmail security@x.example.\n',
    'acme/éclair/.github/SECURITY.md': '# Sécurité\n\nÉcrivez à security@eclair.example.\n',
    'acme/notes/README.md': '# Notes\n',
    'gitlab.com/team/tool/SECURITY.md': '# Security\n\nEmail security@team.dev, we answer within 2 days.\n',
    'gitlab.com/team/lib/security-insights.yml': 'header:\n  schema-version: 2.0.0\n',
    'loose/SECURITY.md': '# Security\n\nContact security@loose.example.\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const repo of ['acme/-tools', 'acme/+x', 'acme/éclair', 'gitlab.com/team/tool', 'gitlab.com/team/lib'])
    mkdirSync(join(dir, repo, '.git'), { recursive: true });
  return dir;
}

const PATHS = ['acme', 'loose/SECURITY.md', 'gitlab.com'];
let tree: string;

before(() => {
  buildDist();
  tree = generatedTree();
});

/** `security-policy shard K/N` with the names on stdin, as `gh repo list` gives them. */
function shardNames(shard: string, names: string[]): string[] {
  const r = spawnSync(process.execPath, [CLI, 'shard', shard], { input: names.join('\n'), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').filter((n) => n !== '');
}

const check = (args: string[], cwd = tree): CliRun => runCli(['check', ...TODAY, ...args], cwd);

/** Runs the 4 shards (in `cwds[k]`, default the whole tree), writes their files, and merges them. */
function shardsAndMerge(format: string, paths = PATHS, cwds: string[] = []): { shards: CliRun[]; merged: CliRun } {
  const out = tempDir('h27-shard-out-');
  const shards: CliRun[] = [];
  const files: string[] = [];
  for (let k = 1; k <= SHARDS; k++) {
    const run = check(['--format', format, '--shard', `${k}/${SHARDS}`, ...paths], cwds[k - 1] ?? tree);
    shards.push(run);
    files.push(join(out, `shard-${k}.jsonl`));
    writeFileSync(files[k - 1], run.stdout);
  }
  // In any order: the merge puts the repositories back in the run's.
  return { shards, merged: runCli(['merge', ...files.reverse()], tree) };
}

for (const format of ['json', 'jsonl', 'sarif', 'markdown', 'html', 'text', 'github']) {
  test(`4 shards merged give the bytes of one run: ${format}`, () => {
    const single = check(['--format', format, ...PATHS]);
    const { shards, merged } = shardsAndMerge(format);
    assert.deepEqual(
      shards.map((s) => s.code),
      [0, 0, 0, 0],
    );
    assert.equal(merged.stderr, '');
    assert.equal(merged.code, single.code);
    assert.equal(single.code, 1);
    assert.equal(merged.stdout, single.stdout);
  });
}

test('the shards hold each repository once, about a quarter each', () => {
  const { shards } = shardsAndMerge('json');
  const repositories = shards.map((s) =>
    s.stdout
      .trim()
      .split('\n')
      .slice(1, -1)
      .map((line) => (JSON.parse(line) as { result: { repository: string } }).result.repository),
  );
  assert.deepEqual(
    repositories.map((r) => r.length),
    [17, 21, 25, 24],
  );
  assert.equal(new Set(repositories.flat()).size, 87);
  assert.ok(repositories[shardOfName('.github', SHARDS) - 1].includes('acme/.github'));
});

test('the split is by name alone, the same on every machine: 10,000 names over 4 and 8 shards', () => {
  const names = Array.from({ length: 10_000 }, (_, i) => `repo-${String(i).padStart(5, '0')}`);
  const counts = (n: number): number[] => {
    const c = new Array<number>(n).fill(0);
    for (const name of names) c[shardOfName(name, n) - 1]++;
    return c;
  };
  assert.deepEqual(counts(4), [2454, 2474, 2589, 2483]);
  assert.deepEqual(counts(8), [1199, 1255, 1262, 1212, 1296, 1293, 1233, 1250]);
  assert.deepEqual(
    ['api', 'web', '.github', 'docs', 'tool', 'éclair'].map((name) => shardOfName(name, 4)),
    [4, 1, 1, 4, 2, 4],
  );
});

test('shards run where each machine cloned only its share (and the .github defaults) merge into the whole run', () => {
  const repositories = readdirSync(join(tree, 'acme')).filter((name) => name !== '.github');
  const machines = Array.from({ length: SHARDS }, (_, i) => {
    const dir = tempDir('h27-shard-machine-');
    cpSync(join(tree, 'acme', '.github'), join(dir, 'acme', '.github'), { recursive: true });
    const names = shardNames(`${i + 1}/${SHARDS}`, repositories);
    for (const name of names) cpSync(join(tree, 'acme', name), join(dir, 'acme', name), { recursive: true });
    return dir;
  });
  const single = check(['--format', 'markdown', 'acme']);
  const { merged } = shardsAndMerge('markdown', ['acme'], machines);
  assert.equal(merged.code, single.code);
  assert.equal(merged.stdout, single.stdout);
});

test('a folder where no shard found a repository is reported once, as one run reports it', () => {
  mkdirSync(join(tree, 'empty'), { recursive: true });
  const single = check(['--format', 'json', 'empty', 'gitlab.com']);
  const { merged } = shardsAndMerge('json', ['empty', 'gitlab.com']);
  assert.equal(single.code, 2);
  assert.equal(merged.code, 2);
  assert.equal(merged.stdout, single.stdout);
});

test('merge refuses shards that are not all the shards of one run, each once and whole', () => {
  const out = tempDir('h27-shard-bad-');
  const write = (name: string, text: string): string => {
    writeFileSync(join(out, name), text);
    return join(out, name);
  };
  const shard = (k: number, extra: string[] = []): string =>
    write(`s${k}${extra.join('')}`, check(['--shard', `${k}/2`, ...extra, 'gitlab.com']).stdout);
  const [one, two] = [shard(1), shard(2)];
  const merge = (...files: string[]): CliRun => runCli(['merge', ...files], out);
  assert.deepEqual(merge(one), { code: 2, stdout: '', stderr: 'security-policy: Missing shard: 2/2.\n' });
  assert.equal(merge(one, one, two).stderr, `security-policy: ${one}: shard 1/2 given twice.\n`);
  const other = shard(2, ['--profile=osps-l2']);
  assert.match(merge(one, other).stderr, new RegExp(`^security-policy: ${other}: a shard of another run \\(`));
  const cut = write('cut', (readFileSync(two, 'utf8').split('\n').slice(0, -2).join('\n') || '') + '\n');
  assert.equal(
    merge(one, cut).stderr,
    `security-policy: ${cut}: truncated, no last line (was the shard run to its end?).\n`,
  );
  const json = write('json', check(['--format', 'json', 'gitlab.com']).stdout);
  assert.equal(
    merge(json).stderr,
    `security-policy: ${json}: not a file written by \`security-policy check --shard K/N\`.\n`,
  );
});
