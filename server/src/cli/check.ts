/**
 * `security-policy check`: finds the repositories and files (./repositories.ts), checks them in this thread or over
 * a pool of workers (./run-units.ts, ./check-unit.ts), and writes the results as they come (./reporters.ts).
 * Files skipped on purpose (a FIFO, a link out of the folder, too large) are named on stderr with the reason; paths
 * that could not be read are errors in the output (and on stderr for the machine formats), with exit code 2.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  searchedFolders,
  DEFAULT_CONFIG,
  isProfile,
  mergeConfigs,
  PROFILES,
  type Config,
  type FileKind,
} from '../index';
import { isoDate } from '../core/dates';
import { todayUtc, type ConfigFile } from '../node/host';
import { searchedSecurityFiles } from '../node/files';
import { checkedIgnores, ConfigResolver, configuredUnits, runConfigFile } from './configs';
import { shownPath, type UnitResult } from './check-unit';
import { pathErrorLine, type Format } from './formats';
import { localizing } from './locale';
import { quotePath } from './quote-path';
import { hasOwnPolicy, resolveOrgDefaults, type OrgDefaults } from './org-defaults';
import { fixOutput } from './fix-output';
import { reporterFor, type Reporter } from './reporters';
import { inheriting, unitsOf, UsageError, type Unit } from './repositories';
import { runUnits } from './run-units';
import { progressFor } from './progress';
import { inShard, type OrderKey, type Shard } from './shard';
import { ExitCode } from './exit-code';
import type { ThresholdFlags } from './thresholds';

export { UsageError };

export interface CheckFlags extends ThresholdFlags {
  format: Format;
  profile?: string;
  fix?: boolean;
  /** `--diff` (`--fix-dry-run`): print what `--fix` would change as a unified diff, and write nothing. */
  diff?: boolean;
  today?: string;
  config?: string;
  color?: boolean;
  kind?: FileKind;
  /** Worker threads (default: one per core). */
  workers?: number;
  /** A checkout of the organisation's .github repository, whose policy repositories without one inherit. */
  orgDefaults?: string;
  /** Progress on stderr: `--progress` shows it, `--no-progress` hides it; by default, on a terminal outside CI. */
  progress?: boolean;
  /** Check this share of the repositories only, and write it for `security-policy merge` (./shard.ts). */
  shard?: Shard;
  /** `--ignore`: globs of files and repositories not to check, relative to the current folder. */
  ignore?: string[];
  /** `--fallback-example`: with no path and no policy here, check the bundled example (what `npm start` does). */
  fallbackExample?: boolean;
  /** `--locale`: the messages in this language where they have it (./locale.ts). */
  locale?: string;
}

const warn = (message: string): void => void process.stderr.write(`${message}\n`);

export function parseToday(value: string | undefined): Date {
  if (value === undefined) return todayUtc();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError(`Invalid --today "${value}", expected YYYY-MM-DD.`);
  }
  return new Date(`${value}T00:00:00Z`);
}

/** The run's configuration (./configs.ts: `--config`, else the current folder's file), under `--profile`. */
export function loadConfig(flags: Pick<CheckFlags, 'config' | 'profile'>, cwd: string): Config {
  return loadRunConfig(flags, cwd).config;
}

function loadRunConfig(
  flags: Pick<CheckFlags, 'config' | 'profile'>,
  cwd: string,
): { config: Config; file?: ConfigFile } {
  const file = runConfigFile(flags.config, cwd, warn);
  if (flags.profile !== undefined && !isProfile(flags.profile)) {
    throw new UsageError(`Unknown profile "${flags.profile}", expected one of ${PROFILES.join(', ')}.`);
  }
  // The configuration file's orgDefaults is relative to its folder.
  const orgDefaults = file?.parsed.config.orgDefaults;
  const fromFile = orgDefaults ? { orgDefaults: resolve(dirname(file.path), orgDefaults) } : undefined;
  const config = mergeConfigs(
    DEFAULT_CONFIG,
    file?.parsed.config,
    fromFile,
    flags.profile ? { profile: flags.profile } : undefined,
  );
  return { config, file };
}

/** The organisation defaults named by the flag, else by the configuration file; a usage error when unusable. */
function namedOrgDefaults(flag: string | undefined, config: Config, cwd: string): OrgDefaults | undefined {
  const path = flag ?? config.orgDefaults;
  if (path === undefined) return undefined;
  const defaults = resolveOrgDefaults(path, cwd);
  if ('error' in defaults) throw new UsageError(defaults.error);
  return defaults;
}

/** The example policy checked when no path is given and the current folder has none. */
function bundledExample(): string {
  const candidates = [
    join(__dirname, '..', 'examples', 'SECURITY.md'),
    join(__dirname, '..', '..', 'examples', 'SECURITY.md'),
    join(__dirname, '..', '..', '..', 'examples', 'SECURITY.md'),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new UsageError('No path given, and the bundled example policy is missing.');
  return found;
}

/**
 * Counts the files of the units as they pass (an inherited policy counts), for the "nothing found" messages, and
 * queues their places in the run: results come back in the order of the units.
 */
function* counted(units: Iterator<Unit>, seen: { files: number; orders: OrderKey[] }): Generator<Unit> {
  for (let next = units.next(); !next.done; next = units.next()) {
    seen.files += next.value.targets.length + (next.value.inherits ? 1 : 0);
    seen.orders.push(next.value.order ?? { arg: 0 });
    yield next.value;
  }
}

export interface CheckRun {
  /** A file given by name could not be checked, or a path could not be read. */
  failed: boolean;
  /** Folders given by name that are neither repositories nor hold any: nothing was checked there. */
  notRepositories: number;
  /** Files checked (0: nothing was found). */
  files: number;
  /** The profile the files were checked under (flag, configuration file or default). */
  profile: string;
  /** The date the date rules took for today, as YYYY-MM-DD. */
  today: string;
}

const NOT_A_REPOSITORY =
  'not a repository (no .git), nor a folder of repositories, and no SECURITY.md, security.txt or security-insights.yml where they are looked for: nothing checked';

/** A run that found no file (a repository without a policy is reported as such): stderr says where they were looked for. */
function nothingFound(): void {
  const looked = searchedFolders()
    .map((d) => (d ? `${d}/` : 'the root'))
    .join(', ');
  warn(`No SECURITY.md, security.txt or security-insights.yml found in the given folders (looked in ${looked}).`);
}

/** With no path given, the current folder is checked as a repository, whatever it holds: without a policy, it is one. */
function* asRepository(units: Iterator<Unit>, orgDefaults: OrgDefaults | undefined): Generator<Unit> {
  for (let next = units.next(); !next.done; next = units.next())
    yield next.value.notARepository ? inheriting({ ...next.value, notARepository: false }, orgDefaults) : next.value;
}

/** `--fallback-example` with no path: the bundled example, when the current folder has no policy of its own. */
function exampleInstead(paths: string[], flags: { fallbackExample?: boolean }, cwd: string): string | undefined {
  if (paths.length > 0 || !flags.fallbackExample || hasOwnPolicy(searchedSecurityFiles(cwd))) return undefined;
  return bundledExample();
}

/**
 * The units to check: the bundled example instead (`--fallback-example`, said through `say`), else those of the
 * paths; with none, the current folder, checked as a repository whatever it holds.
 */
function foundUnits(
  paths: string[],
  flags: Pick<CheckFlags, 'fallbackExample' | 'orgDefaults'> & { say?: (line: string) => void },
  config: Config,
  cwd: string,
): Iterator<Unit> {
  const example = exampleInstead(paths, flags, cwd);
  if (example) {
    (flags.say ?? warn)(`No SECURITY.md here: checking the bundled example ${quotePath(shownPath(example, cwd))}.`);
    return unitsOf([example], dirname(example), () => undefined);
  }
  const orgDefaults = namedOrgDefaults(flags.orgDefaults, config, cwd);
  const skip = (path: string, reason: string): void => warn(`${quotePath(shownPath(path, cwd))}: skipped, ${reason}.`);
  const units = unitsOf(paths.length > 0 ? paths : ['.'], cwd, skip, orgDefaults);
  return paths.length === 0 ? asRepository(units, orgDefaults) : units;
}

/**
 * Checks the given paths (none: the current folder, as a repository) and hands each repository's results
 * to `onResult` in order. Notes about files that could not be checked go to stderr, and so do the errors (paths
 * that could not be read) unless `errorsInOutput` (the text format prints them itself).
 */
export async function checkPaths(
  paths: string[],
  flags: Omit<CheckFlags, 'format'> & { levels?: boolean; errorsInOutput?: boolean; say?: (line: string) => void },
  onResult: (r: UnitResult, order: OrderKey) => void,
  onStart?: (run: { profile: string; today: string }) => void,
): Promise<CheckRun> {
  const cwd = process.cwd();
  const run = loadRunConfig(flags, cwd);
  const resolver = new ConfigResolver({
    cwd,
    profile: flags.profile,
    ...(flags.config ? { override: run.file } : { fallback: run.file }),
    ignores: checkedIgnores(flags.ignore),
    warn,
  });
  const options = {
    config: run.config,
    today: isoDate(parseToday(flags.today)),
    fix: flags.fix,
    diff: flags.diff,
    kind: flags.kind,
    cwd,
    levels: flags.levels,
    locale: flags.locale,
  };
  let failed = false;
  let errors = 0;
  let notRepositories = 0;
  const handle = (result: UnitResult): void => {
    for (const note of result.notes) warn(note);
    if (!flags.errorsInOutput) for (const error of result.errors) warn(pathErrorLine(error));
    errors += result.errors.length;
    failed ||= result.failed;
    if (result.notARepository && paths.length > 0) {
      notRepositories++;
      warn(`${quotePath(result.repository)}: ${NOT_A_REPOSITORY}.`);
    }
    onResult(result, seen.orders.shift()!);
  };
  const seen = { files: 0, orders: [] as OrderKey[] };
  const found = foundUnits(paths, flags, options.config, cwd);
  onStart?.({ profile: options.config.profile, today: options.today });
  let namedIgnored = 0;
  const ignored = (path: string): void => {
    namedIgnored++;
    warn(`${quotePath(shownPath(path, cwd))}: ignored ("ignores" or --ignore).`);
  };
  const units = configuredUnits(flags.shard ? inShard(found, flags.shard) : found, resolver, ignored);
  await runUnits(counted(units, seen), options, handle, { workers: flags.workers });
  // What could not be read explains an empty run. A shard's share may be empty: the merge says what the run found.
  if (!flags.shard && seen.files === 0 && errors === 0 && namedIgnored === 0) nothingFound();
  failed ||= resolver.failed;
  return { failed, notRepositories, files: seen.files, profile: options.config.profile, today: options.today };
}

/** Formats that show each repository's OSPS Baseline level, which takes a check per level. */
export const showsLevels = (format: Format): boolean => format === 'markdown' || format === 'html';

export async function runCheck(paths: string[], flags: CheckFlags): Promise<number> {
  const run = { profile: '', today: '' };
  const progress = progressFor(paths, flags.progress, process.cwd());
  const stdout = (s: string): void => {
    progress?.clear();
    process.stdout.write(s);
  };
  const color = flags.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const formatted = (): Reporter =>
    localizing(reporterFor(flags.format, stdout, color, run), flags.format, flags.locale);
  const reporter = fixOutput(flags, formatted, stdout, (s) => void process.stderr.write(s));
  const exit = new ExitCode(flags, paths.length > 0);
  // The text format says on stdout that the bundled example is checked instead (`npm start`); --diff's stdout is
  // only diffs.
  const text = flags.format === 'text' && !flags.diff;
  const say = text ? (line: string) => void process.stdout.write(`${line}\n`) : undefined;
  const along = { levels: showsLevels(flags.format), errorsInOutput: text, say };
  const ran = await checkPaths(
    paths,
    { ...flags, ...along },
    (result) => {
      reporter.add(exit.add(result));
      progress?.tick();
    },
    (started) => Object.assign(run, started),
  );
  progress?.end();
  reporter.end();
  // A repository's configuration file with an error (said on stderr) fails the run as a usage error would.
  const code = reporter.changed ? exit.diffCode(reporter.changed()) : exit.code(warn);
  return ran.failed ? Math.max(code, 2) : code;
}
