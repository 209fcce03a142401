/**
 * Checks one unit (a repository and its files): reads each file, applies safe fixes with --fix, checks it with the
 * engine through the Node host. Runs in the main thread or in a worker of the pool, so it takes and returns plain
 * data and writes nothing to the terminal: what went wrong comes back as notes.
 */
import { join, relative } from 'node:path';
import {
  checkText,
  defaultKind,
  fileKindOf,
  isStandardPolicyPath,
  mergeConfigs,
  ParseMemo,
  sharingDocuments,
  type Config,
  type Environment,
  type FileKind,
} from '../index';
import { isInside, toPosix } from '../node/files';
import { environmentFor, WorkspaceHost } from '../node/host';
import { closeFile, openCheckedFile } from '../node/safe-io';
import { removeStaleTemporaries } from '../node/safe-write';
import { fixOpenedFile, type FileFix } from './fix-file';
import { fileReport, type FileReport, type PathError } from './formats';
import { inheritedLabel } from './org-defaults';
import { checkRepositoryOf, type RepositoryListing } from './repository-check';
import { quotePath } from './quote-path';
import type { Target, Unit } from './repositories';

export interface UnitOptions {
  config: Config;
  /** The date the date rules treat as today, as YYYY-MM-DD. */
  today: string;
  fix?: boolean;
  /** `--diff`: work out what `--fix` would change, as diffs, write nothing and check nothing (only the diffs show). */
  diff?: boolean;
  kind?: FileKind;
  /** The folder paths are shown relative to. */
  cwd: string;
  /** Also work out the OSPS Baseline level the repository's files meet (for the Markdown summary). */
  levels?: boolean;
  /** `--locale`: the findings' messages in this language too, where core/messages has them (./locale.ts). */
  locale?: string;
}

/** The highest OSPS Baseline level whose profile finds no error in the repository's files; 0 when none. */
export type BaselineLevel = 0 | 1 | 2 | 3;

export interface UnitResult {
  /** The repository's folder, relative to the current folder ('.' for itself). */
  repository: string;
  reports: FileReport[];
  /** Files skipped or not fixed, and rules that failed: one line each, for stderr. */
  notes: string[];
  /** Paths that could not be checked (permission denied, a folder named like a file): errors in every format. */
  errors: PathError[];
  /** A file given by name could not be checked, or a path could not be read. */
  failed: boolean;
  /** The unit is a folder given by name that is neither a repository nor holds any: nothing was checked. */
  notARepository?: boolean;
  /**
   * The organisation's default policy the repository inherits (it has none of its own where GitHub looks): the
   * `.github` repository as shown, and the policy's path in it. Its findings are reported on that repository alone.
   */
  inherited?: { from: string; file: string };
  /** The unit is an organisation's `.github` repository, whose policy is the default of the others. */
  orgDefaults?: boolean;
  /**
   * How every format lists the repository: set for each repository of a folder of repositories, and for one without
   * a policy of its own (a single repository with its policy is not listed, only its files).
   */
  listing?: RepositoryListing;
  level?: BaselineLevel;
  /** `--fix`: the files rewritten, with the fixes applied; `--diff`: the files that would be, with their diffs. */
  fixes?: FileFix[];
}

const BASELINE_PROFILES = ['osps-l1', 'osps-l2', 'osps-l3'] as const;

/** The host of the unit before is kept: files given by name come in several units of the same folder. */
let lastHost: WorkspaceHost | undefined;

/** The host of the last organisation `.github` repository whose policy was checked for an inheriting repository. */
let lastDefaultsHost: WorkspaceHost | undefined;

function hostFor(unit: Unit): WorkspaceHost {
  const defaults = unit.inherits && { ...unit.inherits, label: inheritedLabel(unit.inherits) };
  if (lastHost?.root !== unit.root) lastHost = new WorkspaceHost(unit.root, unit.listings, defaults);
  return lastHost;
}

/** A path as the output shows it: relative to the current folder when inside it, else absolute. */
export function shownPath(path: string, cwd: string): string {
  return isInside(cwd, path) ? toPosix(relative(cwd, path)) || '.' : toPosix(path);
}

interface Checked {
  path: string;
  text: string;
  kind: FileKind;
  shown: string;
  /** What the rules may ask of the workspace, worked out once for the fix, the check and the Baseline levels. */
  env: Environment;
  /** The configuration that applies to the file. */
  config: Config;
}

/**
 * The unit's targets that the search's listing of their folder showed as regular files (not links), taken before the
 * repository's walk consumes the listings: such a file is opened without a stat first (node/safe-io.ts).
 */
function targetsListedAsFiles(unit: Unit): Set<Target> {
  const listed = new Set<Target>();
  for (const target of unit.targets) {
    const relativePath = toPosix(target.path.slice(unit.root.length + 1));
    const slash = relativePath.lastIndexOf('/');
    const [dir, name] = [relativePath.slice(0, Math.max(slash, 0)), relativePath.slice(slash + 1)];
    if (unit.listings?.get(dir)?.some((e) => e.name === name && e.type === 'file')) listed.add(target);
  }
  return listed;
}

function readAndFix(
  target: Target,
  listedAsFile: boolean,
  host: WorkspaceHost,
  options: UnitOptions,
  today: Date,
  result: UnitResult,
): Checked | undefined {
  const { path } = target;
  const shown = shownPath(path, options.cwd);
  if (options.fix && !options.diff) {
    for (const temp of removeStaleTemporaries(path))
      result.notes.push(`${quotePath(shownPath(temp, options.cwd))}: removed, left by an interrupted --fix.`);
  }
  const opened = openCheckedFile(path, listedAsFile);
  if (!opened.ok) {
    if (opened.unreadable) result.errors.push({ file: shown, error: `cannot be read (${opened.reason})` });
    else result.notes.push(`${quotePath(shown)}: skipped, ${opened.reason}.`);
    result.failed ||= target.named || opened.unreadable;
    return undefined;
  }
  try {
    // By name (SECURITY.md, security.txt); other names are read as SECURITY.md unless --kind says otherwise.
    const kind = options.kind ?? fileKindOf(path) ?? defaultKind();
    const env = environmentFor(path, kind, today, host);
    const config = target.config ?? options.config;
    if (!options.fix && !options.diff) return { path, text: opened.file.text, kind, shown, env, config };
    const mode = options.diff ? 'diff' : 'fix';
    const fixed = fixOpenedFile(opened.file, shown, mode, { kind, config, env }, result.notes);
    if (fixed.fix) (result.fixes ??= []).push(fixed.fix);
    return { path, text: fixed.text, kind, shown, env, config };
  } finally {
    closeFile(opened.file);
  }
}

/**
 * The inherited policy as its own repository has it, for the Baseline levels of a repository that inherits it: GitHub
 * shows it as that repository's policy. Undefined when it cannot be read (the `.github` repository reports why).
 */
function inheritedPolicyFile(unit: Unit, today: Date, config: Config): Checked | undefined {
  if (!unit.inherits) return undefined;
  const { root, policy } = unit.inherits;
  if (lastDefaultsHost?.root !== root) lastDefaultsHost = new WorkspaceHost(root);
  const path = join(root, policy);
  const opened = openCheckedFile(path);
  if (!opened.ok) return undefined;
  try {
    const env = environmentFor(path, 'md', today, lastDefaultsHost);
    return { path, text: opened.file.text, kind: 'md', shown: policy, env, config };
  } finally {
    closeFile(opened.file);
  }
}

function baselineLevel(files: Checked[], host: WorkspaceHost): BaselineLevel {
  const own = files.some((f) => isStandardPolicyPath(toPosix(relative(host.root, f.path))));
  if (!own && !files.some((f) => !host.contains(f.path))) return 0;
  let level: BaselineLevel = 0;
  for (const [i, profile] of BASELINE_PROFILES.entries()) {
    const clean = files.every(
      (f) =>
        !checkText(f.text, { kind: f.kind, config: mergeConfigs(f.config, { profile }), env: f.env }).findings.some(
          (x) => x.severity === 'error',
        ),
    );
    if (!clean) break;
    level = (i + 1) as BaselineLevel;
  }
  return level;
}

/**
 * What this thread already parsed, and what the rules found in it. 2 million characters of sections (a few hundred
 * policies' worth of distinct sections) hold what an organisation's repositories share, in about 8 MB of heap when
 * full. Whole files met again (a security-insights.yml or security.txt copied from repository to repository, a
 * policy from a template) are kept within about 4 MB of heap per kind when full, 2 MB for SECURITY.md (which is
 * rarely the same whole): checked, a document holds about 17 bytes per character of SECURITY.md, 72 of
 * security-insights.yml and up to 170 of security.txt (measured).
 */
const parseMemo = new ParseMemo();

/**
 * Checks one repository (or a batch of named files); each text is parsed once, for its contacts and its checks, and
 * each file or section already met in another repository is not parsed again.
 */
export function checkUnit(unit: Unit, options: UnitOptions): UnitResult {
  return sharingDocuments(() => checkUnitFiles(unit, options), parseMemo);
}

/** A unit that is a repository (found or given as a folder), not a batch of files given by name. */
const isRepositoryUnit = (unit: Unit): boolean =>
  !unit.notARepository && (unit.targets.length === 0 || unit.targets.some((t) => !t.named));

/** The repository's own findings (a SECURITY.md it lacks) first in its reports, and how the formats list it. */
function checkRepositoryItself(
  unit: Unit,
  host: WorkspaceHost,
  options: UnitOptions,
  today: Date,
  result: UnitResult,
): void {
  // A repository whose folders could not all be read may have a policy there: it is not said to lack one.
  if ((unit.problems ?? []).length > 0) {
    if (unit.scanned) result.listing = { policy: null };
    return;
  }
  const shown = (p: string): string => shownPath(p, options.cwd);
  const outcome = checkRepositoryOf(host, unit.config ?? options.config, today, shown, options.locale);
  for (const failure of outcome.failures)
    result.notes.push(
      `warning: rule ${failure.ruleId} failed on ${quotePath(result.repository)}: ${String(failure.error)}`,
    );
  if (outcome.report) result.reports.push(outcome.report);
  if (unit.scanned || unit.orgDefaults || outcome.listing.policy === null) result.listing = outcome.listing;
}

function checkUnitFiles(unit: Unit, options: UnitOptions): UnitResult {
  const today = new Date(`${options.today}T00:00:00Z`);
  const host = hostFor(unit);
  const result: UnitResult = {
    repository: shownPath(unit.root, options.cwd),
    reports: [],
    notes: [],
    errors: (unit.problems ?? []).map((p) => ({ file: shownPath(p.path, options.cwd), error: p.reason })),
    failed: (unit.problems ?? []).length > 0,
    notARepository: unit.notARepository,
    ...(unit.inherits && {
      inherited: { from: shownPath(unit.inherits.root, options.cwd), file: unit.inherits.policy },
    }),
    ...(unit.orgDefaults && { orgDefaults: true }),
  };
  const checked: Checked[] = [];
  const listedAsFiles = targetsListedAsFiles(unit);
  if (isRepositoryUnit(unit) && !options.diff) checkRepositoryItself(unit, host, options, today, result);
  for (const target of unit.targets) {
    const file = readAndFix(target, listedAsFiles.has(target), host, options, today, result);
    if (!file || options.diff) continue;
    const check = checkText(file.text, { kind: file.kind, config: file.config, env: file.env });
    for (const failure of check.failures)
      result.notes.push(`warning: rule ${failure.ruleId} failed on ${quotePath(file.shown)}: ${String(failure.error)}`);
    result.reports.push(fileReport(file.shown, file.kind, file.text, check.findings, options.locale));
    checked.push(file);
  }
  if (options.levels) {
    const inherited = inheritedPolicyFile(unit, today, unit.config ?? options.config);
    result.level = baselineLevel(inherited ? [...checked, inherited] : checked, host);
  }
  return result;
}
