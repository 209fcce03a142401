/** `init` honours every flag given: --insights with --security-txt writes all three files (issue 29). */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';
import { buildDist, runCli, type CliRun } from './cli-run';

const run = (args: string[], cwd: string): CliRun => runCli(args, cwd);

before(buildDist);

test('init --yes --security-txt --insights writes SECURITY.md, the security.txt and security-insights.yml', () => {
  const dir = tempDir('security-policy-init-flags-');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'config'), '[remote "origin"]\n\turl = git@github.com:acme/widgets.git\n');
  const flags = ['--email', 'security@acme-widgets.dev', '--site', 'https://acme-widgets.dev', '--license', 'MIT'];
  const r = run(['init', '--yes', '--security-txt', '--insights', ...flags, '--today', '2026-11-22'], dir);
  assert.deepEqual(r, {
    code: 0,
    stdout:
      'Wrote SECURITY.md\nWrote .well-known/security.txt\nReview them, then run "security-policy check".\nWrote security-insights.yml\nReview it, then run "security-policy check".\n',
    stderr: '',
  });
  for (const file of ['SECURITY.md', '.well-known/security.txt', 'security-insights.yml'])
    assert.ok(existsSync(join(dir, file)), file);
  assert.deepEqual(run(['check', '--quiet', '--today', '2026-11-22'], dir), {
    code: 0,
    stdout: 'No problems in 3 files.\n',
    stderr: '',
  });
  // Run again: nothing is overwritten, and the first refusal stops the command (exit 2).
  const again = run(['init', '--yes', '--security-txt', '--insights', ...flags], dir);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already exists/);
});

test('a flag for a file that init will not write is a usage error naming it (exit 2), and nothing is written', () => {
  const dir = tempDir('security-policy-init-flags-');
  assert.deepEqual(run(['init', '--yes', '--email', 'security@acme-widgets.dev', '--license', 'MIT'], dir), {
    code: 2,
    stdout: '',
    stderr: 'security-policy: --license: for security-insights.yml, which only --insights writes.\n',
  });
  assert.deepEqual(
    run(['init', '--yes', '--email', 'security@acme-widgets.dev', '--site', 'https://a.dev', '--languages', 'en'], dir),
    {
      code: 2,
      stdout: '',
      stderr: 'security-policy: --site, --languages: for the security.txt, which only --security-txt writes.\n',
    },
  );
  assert.equal(existsSync(join(dir, 'SECURITY.md')), false);
});

test('init --insights with a flag of the policy writes the policy from it first', () => {
  const dir = tempDir('security-policy-init-flags-');
  const r = run(
    [
      'init',
      '--yes',
      '--insights',
      '--email',
      'security@acme-widgets.dev',
      '--key',
      'https://acme-widgets.dev/k.asc',
      ...['--name', 'widgets', '--license', 'MIT', '--maintainer', 'Ana', '--repository', 'https://github.com/acme/w'],
    ],
    dir,
  );
  assert.equal(r.code, 0, r.stderr);
  assert.match(readFileSync(join(dir, 'SECURITY.md'), 'utf8'), /https:\/\/acme-widgets\.dev\/k\.asc/);
  assert.ok(existsSync(join(dir, 'security-insights.yml')));
});
