/**
 * The pre-commit hook (.pre-commit-hooks.yaml) with the real `pre-commit` tool (Debian's package): a repository's
 * git pre-commit hook runs `pre-commit try-repo` on this repository, which installs the hook as pre-commit does for
 * its users (npm install, npm pack, a global install of the tarball) and runs it on the staged files. A commit of a
 * bad SECURITY.md is refused and the findings are shown. Skipped, saying why, where pre-commit is not installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { tempDir } from './helpers';
import { cliEnv } from './cli-run';

const root = join(__dirname, '..');
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

function git(cwd: string, ...args: string[]): { status: number | null; output: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

test('the hook is declared for the three kinds of security file', () => {
  const [hook] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
    id: string;
    entry: string;
    language: string;
    files: string;
  }>;
  assert.equal(hook.id, 'security-policy');
  assert.equal(hook.language, 'node');
  assert.equal(hook.entry, 'security-policy check');
  // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript once the inline
  // flag is an argument.
  const files = new RegExp(hook.files.replace('(?i)', ''), 'i');
  for (const path of [
    'SECURITY.md',
    'docs/security.md',
    '.github/SECURITY.zh-CN.md',
    'public/.well-known/security.txt',
    'security-insights.yml',
    '.github/SECURITY-INSIGHTS.yaml',
  ]) {
    assert.ok(files.test(path), path);
  }
  for (const path of ['README.md', 'security.mdx', 'docs/security-policy.md', 'security.txt.bak'])
    assert.ok(!files.test(path), path);
});

test(
  'a commit of a bad SECURITY.md is refused by the hook, with its findings',
  { skip: hasPreCommit ? false : 'pre-commit is not installed (Debian: apt-get install pre-commit)' },
  () => {
    const repo = tempDir('security-policy-precommit-');
    git(repo, 'init', '-q');
    git(repo, 'config', 'user.email', 'dev@acme.org');
    git(repo, 'config', 'user.name', 'Dev');
    writeFileSync(
      join(repo, 'SECURITY.md'),
      '# Security\n\nOpen an issue to report a vulnerability, or write to [your email].\n',
    );
    writeFileSync(join(repo, 'README.md'), '# App\n');
    // The git hook a `pre-commit install` would write, running this repository's hook on the staged files.
    const home = tempDir('security-policy-precommit-home-');
    writeFileSync(
      join(repo, '.git', 'hooks', 'pre-commit'),
      `#!/bin/sh\nexec pre-commit try-repo "${root}" security-policy\n`,
    );
    chmodSync(join(repo, '.git', 'hooks', 'pre-commit'), 0o755);
    git(repo, 'add', 'SECURITY.md', 'README.md');
    const env = cliEnv({ PRE_COMMIT_HOME: home, npm_config_prefer_offline: 'true', NO_COLOR: '1' });
    const commit = spawnSync('git', ['commit', '-m', 'Add a security policy'], { cwd: repo, env, encoding: 'utf8' });
    const output = `${commit.stdout}${commit.stderr}`;
    assert.notEqual(commit.status, 0, output);
    assert.match(output, /security-policy\.+Failed/);
    assert.match(output, /3:54 +error +Unfilled placeholder "\[your email\]", expected the real value\. +placeholder/);
    assert.match(output, /9 problems \(1 error, 3 warning, 2 info, 3 hint\) in 1 file\./);
    assert.notEqual(git(repo, 'rev-parse', '--verify', 'HEAD').status, 0, 'nothing was committed');
  },
);
