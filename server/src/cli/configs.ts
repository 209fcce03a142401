/**
 * Which configuration applies to each file, as eslint and markdownlint-cli2 find theirs: the nearest
 * `.security-policy.json` from the file's folder up to its repository's root (a folder with `.git`, or the
 * repository the run found), else the one in the current folder; `--config FILE` applies to every file instead. The
 * nearest file applies as a whole (its profile, rules and ignores), under the command line's `--profile`.
 *
 * Ignored files (`ignores` of the file's configuration, relative to that file's folder; `--ignore` globs, relative
 * to the current folder) are left out before they are read, and so is a repository that an `--ignore` glob names.
 * Each configuration file is read once, in the main thread, and its problems said once at file:line:col.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, LineIndex, mergeConfigs, type Config } from '../index';
import { BoundedSet } from '../core/caches';
import { compileGlob, globIgnores, type Glob } from '../core/globs';
import { toPosix, type FolderListings } from '../node/files';
import { readConfigFile, type ConfigFile } from '../node/host';
import { quotePath } from './quote-path';
import { UsageError, type Unit } from './repositories';

/** A configuration file as it applies: its layer over the defaults and its ignores, compiled. */
interface Applied {
  file?: ConfigFile;
  config: Config;
  ignores: Glob[];
  /** The folder its ignores are relative to. */
  base: string;
}

/** A configuration problem at its place: `.security-policy.json:3:5: error: Unknown profile "x", …`. */
export function problemLines(file: ConfigFile): Array<{ line: string; error: boolean }> {
  const lines = new LineIndex(file.text);
  return file.parsed.problems.map((p) => {
    const at = lines.positionAt(p.start);
    return {
      line: `${quotePath(file.path)}:${at.line + 1}:${at.character + 1}: ${p.severity}: ${p.message}`,
      error: p.severity === 'error',
    };
  });
}

/** Whether a folder holds a configuration file, as its listing says; undefined when it was not listed. */
type Listed = (folder: string) => boolean | undefined;

function listedIn(root: string, listings: FolderListings): Listed {
  return (folder) => {
    const entries = listings.get(toPosix(relative(root, folder)));
    return entries && entries.some((e) => e.name === CONFIG_FILE_NAME && e.type !== 'folder');
  };
}

const compiled = (globs: readonly string[]): Glob[] =>
  globs.flatMap((g) => {
    const glob = compileGlob(g);
    return 'error' in glob ? [] : [glob];
  });

export interface ResolverOptions {
  cwd: string;
  /** `--profile`, over every configuration file. */
  profile?: string;
  /** `--config`: this file applies to every file, and no other is looked for. */
  override?: ConfigFile;
  /** The current folder's configuration file, for files whose repository has none. */
  fallback?: ConfigFile;
  /** `--ignore` globs, relative to the current folder. */
  ignores: readonly string[];
  /** Says a configuration file's problems (once each). */
  warn: (line: string) => void;
}

/** Folders without a configuration file that a run remembers at once (a few repositories' worth is enough). */
const FOLDERS_WITHOUT_FILE_KEPT = 10_000;

export class ConfigResolver {
  /** Configuration files read, by folder: each read once, so that its problems are said once. */
  private readonly files = new Map<string, Applied>();
  /**
   * Folders known to hold none: most folders of an organisation scan, each met for one repository, so the set starts
   * afresh when full rather than grow with the organisation.
   */
  private readonly withoutFile = new BoundedSet<string>(FOLDERS_WITHOUT_FILE_KEPT);
  private readonly cliIgnores: Glob[];
  /** A configuration file of a repository had an error (exit 2). */
  failed = false;
  /** What applies where no nearer file does (`--config`, else the current folder's file, else the defaults). */
  private readonly base: Applied;

  constructor(private readonly options: ResolverOptions) {
    this.cliIgnores = compiled(options.ignores);
    this.base = this.applied(options.override ?? options.fallback);
    // The current folder's file was read and its problems said already.
    if (options.fallback) this.files.set(dirname(options.fallback.path), this.base);
  }

  private applied(file: ConfigFile | undefined): Applied {
    const config = mergeConfigs(
      DEFAULT_CONFIG,
      file?.parsed.config,
      // The configuration file's orgDefaults is relative to its folder.
      file?.parsed.config.orgDefaults
        ? { orgDefaults: resolve(dirname(file.path), file.parsed.config.orgDefaults) }
        : {},
      this.options.profile ? { profile: this.options.profile as Config['profile'] } : undefined,
    );
    const base = file ? dirname(file.path) : this.options.cwd;
    return { file, config, ignores: compiled(file?.parsed.config.ignores ?? []), base };
  }

  /**
   * The configuration file in `folder`, read once; its problems said then. `listed`: whether the folder's listing,
   * when the search read it already, holds one (an organisation scan then looks up no folder twice).
   */
  private inFolder(folder: string, listed?: Listed): Applied | undefined {
    if (this.withoutFile.has(folder)) return undefined;
    const known = this.files.get(folder);
    if (known) return known;
    const file = listed?.(folder) === false ? undefined : readConfigFile(folder);
    if (!file) {
      this.withoutFile.add(folder);
      return undefined;
    }
    const applied = this.applied(file);
    for (const p of problemLines(file)) {
      this.options.warn(p.line);
      this.failed ||= p.error;
    }
    this.files.set(folder, applied);
    return applied;
  }

  /** What applies to the file or folder at `path` (absolute), whose repository is at `root` when known. */
  private nearest(path: string, root?: string, isFolder = false, listed?: Listed): Applied {
    if (this.options.override) return this.base;
    for (let folder = isFolder ? path : dirname(path); ; folder = dirname(folder)) {
      const found = this.inFolder(folder, listed);
      if (found) return found;
      const atRoot = root ? folder === root : existsSync(join(folder, '.git'));
      if (atRoot || dirname(folder) === folder) break;
    }
    return this.base;
  }

  /** The configuration that applies to a file (absolute path), and the configuration file it comes from. */
  forFile(path: string, root?: string, listed?: Listed): { config: Config; file?: ConfigFile; ignored: boolean } {
    const applied = this.nearest(path, root, false, listed);
    return { config: applied.config, file: applied.file, ignored: this.isIgnored(path, applied) };
  }

  private isIgnored(path: string, applied: Applied): boolean {
    const own = toPosix(relative(applied.base, path));
    const fromCwd = toPosix(relative(this.options.cwd, path));
    return applied.ignores.some((g) => globIgnores(g, own)) || this.cliIgnores.some((g) => globIgnores(g, fromCwd));
  }

  /**
   * The unit with the configuration of its repository and of each file, its ignored files left out; undefined when
   * an `--ignore` glob names the repository itself.
   */
  resolveUnit(unit: Unit, onIgnored: (path: string) => void): Unit | undefined {
    const repository = unit.targets.every((t) => t.named) && unit.targets.length > 0 ? undefined : unit.root;
    if (repository && repository !== this.options.cwd) {
      const fromCwd = toPosix(relative(this.options.cwd, repository));
      if (this.cliIgnores.some((g) => globIgnores(g, fromCwd))) return undefined;
    }
    const listed = repository && unit.listings ? listedIn(repository, unit.listings) : undefined;
    const targets = unit.targets.flatMap((t) => {
      const { config, ignored } = this.forFile(t.path, repository, listed);
      if (ignored && t.named) onIgnored(t.path);
      return ignored ? [] : [{ ...t, config }];
    });
    // Files given by name, all ignored: nothing is left to check.
    if (!repository) return targets.length > 0 ? { ...unit, targets } : undefined;
    return { ...unit, targets, config: this.nearest(repository, repository, true, listed).config };
  }
}

/**
 * The run's own configuration file: `--config FILE`, else the current folder's. Each problem is said once, at its
 * place; with an error, they are the usage error itself (exit 2), before anything is checked.
 */
export function runConfigFile(
  path: string | undefined,
  cwd: string,
  warn: (line: string) => void,
): ConfigFile | undefined {
  const file = readConfigFile(cwd, path ? resolve(cwd, path) : undefined);
  if (!file && path) throw new UsageError(`Configuration file not found: ${quotePath(resolve(cwd, path))}`);
  if (!file) return undefined;
  const said = problemLines(file);
  if (said.some((p) => p.error)) throw new UsageError(said.map((p) => p.line).join('\n'));
  for (const p of said) warn(p.line);
  return file;
}

/** `--ignore` globs, each usable, else a usage error naming it. */
export function checkedIgnores(globs: readonly string[] | undefined): string[] {
  for (const glob of globs ?? []) {
    const compiled = compileGlob(glob);
    if ('error' in compiled) throw new UsageError(`Invalid --ignore ${quotePath(glob)}: ${compiled.error}.`);
  }
  return [...(globs ?? [])];
}

/** The units with their configurations, ignored files and repositories left out (./configs.ts). */
export function* configuredUnits(
  units: Iterator<Unit>,
  resolver: ConfigResolver,
  onIgnored: (path: string) => void,
): Generator<Unit> {
  for (let next = units.next(); !next.done; next = units.next()) {
    const unit = resolver.resolveUnit(next.value, onIgnored);
    if (unit) yield unit;
  }
}
