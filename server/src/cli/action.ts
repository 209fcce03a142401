/**
 * The GitHub Action's entry point (action.yml runs it as dist/action.js on the runner's Node). Reads its inputs as
 * the runner passes them (INPUT_* variables), checks the paths, and writes three things: a SARIF file for
 * github/codeql-action/upload-sarif, a workflow annotation per finding, and a Markdown job summary
 * ($GITHUB_STEP_SUMMARY). Outputs (sarif-file, problems, errors, warnings) go to $GITHUB_OUTPUT. The step fails when
 * a finding reaches the `fail-on` severity. With `shard: K/N` it writes that shard's file instead (./action-shard.ts).
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isProfile, SEVERITIES as SETTINGS, type Severity } from '../index';
import { checkPaths, UsageError } from './check';
import { runActionShard } from './action-shard';
import type { FileReport, PathError } from './formats';
import { annotation, count, errorAnnotation, escapeData, newCounts, totalOf } from './reporters';
import { formatSarif, type SarifNote } from './sarif';
import { listingEntry, listingLine } from './listing';
import { jobSummary } from './summary';

/** The severities a finding can have, worst first (a setting may also be `off`). */
const SEVERITIES = SETTINGS.filter((s): s is Severity => s !== 'off');
const FAIL_ON = [...SEVERITIES, 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

type Env = Record<string, string | undefined>;

/** An input as the runner passes it: INPUT_ and the name in capitals, spaces as underscores (hyphens stay). */
function input(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function failOnOf(value: string): FailOn {
  const v = (value || 'error') as FailOn;
  if (!FAIL_ON.includes(v))
    throw new UsageError(`Invalid input fail-on "${value}", expected one of ${FAIL_ON.join(', ')}.`);
  return v;
}

/** Appends `name=value` to the runner's output file (values here are single-line). */
function setOutput(env: Env, name: string, value: string): void {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

export async function runAction(env: Env = process.env): Promise<number> {
  const paths = input(env, 'paths')
    .split(/\s+/)
    .filter((p) => p !== '');
  const profile = input(env, 'profile') || undefined;
  if (profile !== undefined && !isProfile(profile)) throw new UsageError(`Invalid input profile "${profile}".`);
  // In a job of a CI matrix: the shard's file for the merge job (./action-shard.ts).
  if (input(env, 'shard')) return runActionShard(env, paths, profile);
  const failOn = failOnOf(input(env, 'fail-on'));
  const sarifFile = resolve(input(env, 'sarif-file') || 'security-policy.sarif');
  const reports: FileReport[] = [];
  const errors: PathError[] = [];
  const notes: SarifNote[] = [];
  const flags = {
    profile,
    config: input(env, 'config') || undefined,
    today: input(env, 'today') || undefined,
    orgDefaults: input(env, 'org-defaults') || undefined,
  };
  // The default `.` is the checked-out repository: checked as one, as the CLI checks the current folder, so that
  // no policy there is a finding (security-md-missing) even in a checkout without `.git`.
  const run = await checkPaths(paths.length === 1 && paths[0] === '.' ? [] : paths, flags, (result) => {
    reports.push(...result.reports);
    errors.push(...result.errors);
    // Every repository of a folder of repositories is listed, as the CLI's formats list it.
    const listed = listingLine(result);
    if (listed) {
      notes.push({ text: `${listed}.`, properties: listingEntry(result) as Record<string, unknown> });
      process.stdout.write(`::notice title=security-policy::${escapeData(listed)}\n`);
    }
    for (const e of result.errors) process.stdout.write(`${errorAnnotation(e)}\n`);
    for (const r of result.reports) for (const d of r.diagnostics) process.stdout.write(`${annotation(r.file, d)}\n`);
  });
  mkdirSync(dirname(sarifFile), { recursive: true });
  writeFileSync(sarifFile, formatSarif(reports, errors, notes));
  const counts = count(newCounts(), reports);
  if (env.GITHUB_STEP_SUMMARY) {
    const links = { serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, sha: env.GITHUB_SHA };
    appendFileSync(env.GITHUB_STEP_SUMMARY, jobSummary(reports, run.profile, links));
  }
  setOutput(env, 'sarif-file', sarifFile);
  setOutput(env, 'problems', String(totalOf(counts)));
  setOutput(env, 'errors', String(counts.error));
  setOutput(env, 'warnings', String(counts.warning));
  if (run.failed) return 2;
  // A repository with no policy is a finding (security-md-missing, an error), so it fails as any error does.
  const worst = failOn === 'never' ? [] : SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1);
  const failing = worst.reduce((n, severity) => n + counts[severity], 0);
  if (failing > 0) {
    process.stdout.write(
      `::error::${escapeData(`Security Policy: ${failing} finding${failing === 1 ? '' : 's'} at ${failOn} or above.`)}\n`,
    );
    return 1;
  }
  return 0;
}

if (require.main === module) {
  runAction().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      const message =
        error instanceof UsageError
          ? error.message
          : `internal error: ${error instanceof Error ? error.stack : String(error)}`;
      process.stdout.write(`::error::${escapeData(`Security Policy: ${message}`)}\n`);
      process.exitCode = 2;
    },
  );
}
