/** The built CLI run as users run it, for the tests that drive `dist/cli.js` in a process of its own. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The variables that choose the CLI's language when no --locale is given (server/src/cli/locale.ts). */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'];

/**
 * The environment of the CLI under test: this process's without the variables that choose a language, so that the
 * CLI speaks English whatever the machine's LANG, and with `more` (`{ LANG: 'de_DE.UTF-8' }` to choose one again).
 */
export function cliEnv(more: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of LOCALE_VARIABLES) delete env[name];
  return { ...env, ...more };
}

/** Runs `dist/cli.js` with `args` in `cwd`, colours off, in English unless `locale` sets LANG, LC_ALL or LC_MESSAGES. */
export function runCli(args: string[], cwd = ROOT, locale: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: cliEnv({ NO_COLOR: '1', ...locale }),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Builds `dist/` (for `before`), so that the CLI under test is the current source. */
export function buildDist(): void {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
}
