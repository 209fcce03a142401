/** `--quiet` and `--max-warnings`, as in eslint: errors only, and a failing exit past N warnings. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';
import { cliEnv } from './cli-run';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-22'], {
    cwd,
    encoding: 'utf8',
    env: cliEnv({ NO_COLOR: '1' }),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function repository(policy: string): string {
  const dir = tempDir('security-policy-thresholds-');
  writeFileSync(join(dir, 'SECURITY.md'), policy);
  return dir;
}

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

test('--quiet shows and counts errors only; the exit code still follows them', () => {
  const dir = repository('# Security\n\nPlease open an issue.\n');
  const r = run(['check', '--quiet'], dir);
  assert.deepEqual(r, {
    code: 1,
    stdout:
      'SECURITY.md\n  1:1      error   No way to report a vulnerability, expected an email address, a reporting URL or GitHub private vulnerability reporting.  no-contact\n\n1 problem (1 error, 0 warning, 0 info, 0 hint) in 1 file. 1 fixable with a quick fix in the editor, none with --fix.\n',
    stderr: '',
  });
  const json = JSON.parse(run(['check', '-q', '--format', 'json'], dir).stdout) as Array<{
    diagnostics: Array<{ severity: string }>;
  }>;
  assert.deepEqual(
    json.flatMap((f) => f.diagnostics.map((d) => d.severity)),
    ['error'],
  );
  const clean = repository('# Security\n\nEmail security@acme.org.\n');
  assert.deepEqual(run(['check', '--quiet'], clean), { code: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
});

test('--max-warnings N: exit 1 when the warnings are more than N, said on stderr; quiet warnings are not counted', () => {
  const dir = repository('# Security\n\nEmail security@acme.org.\n'); // one warning: no-response-timeframe
  assert.equal(run(['check'], dir).code, 0);
  assert.equal(run(['check', '--max-warnings', '1'], dir).code, 0);
  const over = run(['check', '--max-warnings', '0', '--format', 'json'], dir);
  assert.equal(over.code, 1);
  assert.equal(over.stderr, 'security-policy: 1 warning, more than --max-warnings 0.\n');
  assert.doesNotThrow(() => JSON.parse(over.stdout));
  assert.equal(run(['check', '--max-warnings', '0', '--quiet'], dir).code, 0);
  const bad = run(['check', '--max-warnings', 'many'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /argument 'many' is invalid\. Expected a whole number, 0 or more\./);
});
