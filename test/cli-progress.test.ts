/**
 * Progress on stderr for long scans: on a terminal a line rewritten in place and cleared at the end, never in a
 * pipe or in CI unless asked (`--progress`: a line every 5 seconds and one at the end). The CLI runs as users run
 * it, on a terminal through util-linux's `script`; the line's wording is pinned with a clock given to it.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Progress, timeLeft } from '../server/src/cli/progress';
import { buildDist, CLI, cliEnv, runCli } from './cli-run';
import { tempDir } from './helpers';

function organisation(): string {
  const dir = tempDir('h27-progress-');
  for (const name of ['api', 'web', 'tool']) {
    mkdirSync(join(dir, 'acme', name, '.git'), { recursive: true });
    writeFileSync(join(dir, 'acme', name, 'SECURITY.md'), '# Security\n\nEmail security@acme.example.\n');
  }
  return dir;
}

before(buildDist);

test('in a pipe, no progress unless asked; asked, a last line says how many were checked', () => {
  const dir = organisation();
  assert.equal(runCli(['check', '-f', 'json', 'acme'], dir).stderr, '');
  assert.equal(
    runCli(['check', '-f', 'json', '--progress', 'acme'], dir).stderr,
    'security-policy: 3 of 3 repositories checked.\n',
  );
});

const script = existsSync('/usr/bin/script') ? false : 'no util-linux script to run the CLI on a terminal';

test('on a terminal, the line is cleared at the end; in CI or with --no-progress, nothing', { skip: script }, () => {
  const dir = organisation();
  const onTerminal = (env: Record<string, string>, extra = ''): string =>
    spawnSync(
      '/usr/bin/script',
      ['-qec', `${process.execPath} ${CLI} check -f json ${extra} acme > out.json`, '/dev/null'],
      { cwd: dir, encoding: 'utf8', env: cliEnv({ NO_COLOR: '1', ...env }) },
    ).stdout;
  const withoutCi = { CI: '', GITHUB_ACTIONS: '' };
  assert.ok(onTerminal(withoutCi).endsWith('\r\u001b[K'));
  assert.equal(onTerminal({ ...withoutCi, CI: 'true' }), '');
  assert.equal(onTerminal(withoutCi, '--no-progress'), '');
});

test('the line: done of found, the rate, the time left; written at most every 200 ms on a terminal', () => {
  let now = 0;
  const written: string[] = [];
  const progress = new Progress({ write: (s: string) => written.push(s), isTTY: true }, 10_000, () => now);
  for (let i = 0; i < 1_000; i++) {
    now += 1;
    progress.tick();
  }
  assert.equal(progress.line(), '1,000 of 10,000 repositories, 1,000/s, about 9 s left');
  assert.deepEqual(written.slice(0, 2), [
    '\r\u001b[K200 of 10,000 repositories, 1,000/s, about 10 s left',
    '\r\u001b[K400 of 10,000 repositories, 1,000/s, about 10 s left',
  ]);
  assert.equal(written.length, 5);
  assert.equal(timeLeft(80.4), 'about 1 min 20 s left');
  progress.end();
  assert.equal(written.at(-1), '\r\u001b[K');
});
