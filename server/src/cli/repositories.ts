/**
 * What `security-policy check` checks, as units of work: each unit is one repository (its root is the workspace its
 * rules see) and the files to check in it. A folder that is a repository (it has `.git`), or holds security files
 * where they are looked for outside `.github/`, is one unit. A folder that is neither is searched for repositories
 * up to three levels down (`repo`, `org/repo`, `host/org/repo`): a folder whose `.github` is a repository of its own,
 * or that holds repositories, is an organisation, and its `.github` is the organisation's `.github` repository,
 * checked as a unit of its own and whose policy the organisation's repositories without one inherit, as on GitHub
 * (./org-defaults.ts). A folder with files in `.github/` only and no repository below is taken for a repository, as
 * a checkout without `.git` would be. Files given by name belong to the current folder. Folders the search may not
 * read go with their unit as problems (a repository it may not read is a unit of its own), so that every output
 * format reports them in place.
 */
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileKindOf, type Config } from '../index';
import { searchedSecurityFiles, toPosix, type FolderEntry, type FolderListings } from '../node/files';
import { hasOwnPolicy, shownPolicy, type OrgDefaults } from './org-defaults';
import { describeFsError, isUnreadableError } from '../node/safe-io';
import { quotePath } from './quote-path';
import type { OrderKey } from './shard';

export interface Target {
  path: string;
  /** Given by name: failing to check it is an error (exit 2), not a note. */
  named: boolean;
  /** The configuration that applies to it (./configs.ts), when not the run's. */
  config?: Config;
}

/** A path that could not be checked (absolute), and why: reported as an error in every format (exit 2). */
export interface PathProblem {
  path: string;
  reason: string;
}

export interface Unit {
  /** The repository's folder: the workspace of its files' rules. */
  root: string;
  targets: Target[];
  /** The folders of the repository the search read, so that its walk does not read them again. */
  listings?: FolderListings;
  /** Folders of the unit that could not be read (the root, .github/, …), or the root that cannot be checked. */
  problems?: PathProblem[];
  /** A folder given by name that is not a repository, holds no security file and no repositories. */
  notARepository?: boolean;
  /** The organisation's default policy this repository is given, having no SECURITY.md of its own where GitHub looks. */
  inherits?: OrgDefaults;
  /** The unit is an organisation's `.github` repository, whose policy is the default of the others. */
  orgDefaults?: boolean;
  /** The unit was found below a folder given by name (a folder of repositories): every format lists it. */
  scanned?: boolean;
  /** The configuration at the repository's root (./configs.ts), for the checks of the repository itself. */
  config?: Config;
  /** Where the unit comes in the run (set by unitsOf), for `--shard` and `merge`. */
  order?: OrderKey;
}

/** A mistake in how the command was called: exit 2 with this message. */
export class UsageError extends Error {}

const NOT_REPOSITORIES = new Set(['node_modules', 'dist', 'out', 'build', 'target', 'vendor', '__pycache__']);
/** How deep below a given folder repositories are looked for: `repo`, `org/repo` and `host/org/repo` (ghq's layout). */
const MAX_DEPTH = 3;
/** Files given by name are checked in units of this many. */
const NAMED_BATCH = 25;

const cannotRead = (path: string, error: unknown): PathProblem => ({
  path,
  reason: `cannot be read (${describeFsError(error)})`,
});

/** Whether `folder` holds a `.git`; `listing`, its entries read just before, answers unless `.git` is a link. */
function isRepository(folder: string, listing?: readonly FolderEntry[]): boolean {
  const git = listing?.find((e) => e.name === '.git');
  if (listing && (!git || git.type !== 'link')) return git !== undefined;
  return existsSync(join(folder, '.git'));
}

/** The names of the folders in `folder` where repositories may be, sorted (throws when it cannot be read). */
function subfolders(folder: string): string[] {
  // Real folders only: a link could lead out of the given folder or into a loop.
  return readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !NOT_REPOSITORIES.has(e.name))
    .map((e) => e.name)
    .sort();
}

function unitOf(root: string, files: string[], listings?: FolderListings): Unit {
  return { root, targets: files.map((f) => ({ path: join(root, f), named: false })), listings };
}

/** What the search finds at `folder`: its security files where they are looked for, and the folders it could not read. */
function searchAt(folder: string, onSkip: (path: string, reason: string) => void): Unit {
  const listings: FolderListings = new Map();
  const problems: PathProblem[] = [];
  const files = searchedSecurityFiles(
    folder,
    (path, reason) => onSkip(toPosix(join(folder, path)), reason),
    listings,
    (path, reason) => problems.push({ path: path ? join(folder, path) : folder, reason: `cannot be read (${reason})` }),
  );
  return { ...unitOf(folder, files, listings), problems };
}

/** The unit's files, relative to its root with `/` separators. */
const relativeFiles = (unit: Unit): string[] => unit.targets.map((t) => toPosix(t.path.slice(unit.root.length + 1)));

/** Whether the unit's files are all in `.github/` (none: true): such files alone do not make a folder a repository. */
const onlyInGithub = (unit: Unit): boolean => relativeFiles(unit).every((f) => f.startsWith('.github/'));

/**
 * Whether the search's result is a unit whatever lies below: a folder that cannot be read (it may be a repository:
 * it is listed with its error), or one whose .github/ or .well-known/ cannot be read (such folders are a
 * repository's or a site's, never an organisation's).
 */
function isUnreadableUnit(unit: Unit): boolean {
  return (unit.problems ?? []).some((p) => p.path === unit.root || basename(p.path).startsWith('.'));
}

/** The unit given the organisation's default policy when it has none of its own (and nothing kept it from looking). */
export function inheriting(unit: Unit, defaults: OrgDefaults | undefined): Unit {
  if (
    !defaults ||
    unit.orgDefaults ||
    unit.notARepository ||
    hasOwnPolicy(relativeFiles(unit)) ||
    (unit.problems ?? []).length > 0
  )
    return unit;
  return { ...unit, inherits: defaults };
}

type OnSkip = (path: string, reason: string) => void;

/** The `.github` folder of an organisation folder, searched as the organisation's `.github` repository. */
function defaultsRepository(folder: string, onSkip: OnSkip): Unit | undefined {
  const github = join(folder, '.github');
  try {
    if (!lstatSync(github).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  return { ...searchAt(github, onSkip), orgDefaults: true };
}

/** The policy the organisation's `.github` repository gives the others, if it has one. */
function defaultsOf(github: Unit | undefined): OrgDefaults | undefined {
  const policy = github && shownPolicy(relativeFiles(github));
  return github && policy ? { root: github.root, policy } : undefined;
}

/** Files of an organisation folder itself (outside its `.github` repository) belong to no repository. */
function skipOwnFiles(folder: Unit, onSkip: OnSkip): void {
  for (const t of folder.targets)
    if (!t.path.startsWith(join(folder.root, '.github')))
      onSkip(toPosix(t.path), 'in an organisation folder, outside its repositories');
}

/**
 * The units at `folder` and below: itself when it is a repository (or a checkout without `.git`), else the
 * repositories below it, led by its `.github` repository when it is an organisation. `inherited`: the default
 * policy of the organisation `folder` is a repository of.
 */
function* unitsAt(
  folder: string,
  depth: number,
  onSkip: OnSkip,
  inherited?: OrgDefaults,
  unit: Unit = searchAt(folder, onSkip),
): Generator<Unit> {
  if (isRepository(folder, unit.listings?.get('')) || isUnreadableUnit(unit) || !onlyInGithub(unit)) {
    yield inheriting(unit, inherited);
    return;
  }
  if (isRepository(join(folder, '.github'))) {
    unit.listings = undefined; // an organisation's listing (a line per repository) is not kept while they are walked
    skipOwnFiles(unit, onSkip);
    const github = defaultsRepository(folder, onSkip);
    if (github) yield github;
    if (depth < MAX_DEPTH) yield* repositoriesBelow(folder, depth + 1, onSkip, defaultsOf(github));
    return;
  }
  // Nothing here, or files in .github/ only: an organisation folder when repositories are below, else a repository.
  const github = unit.targets.length > 0 ? defaultsRepository(folder, onSkip) : undefined;
  const below = depth < MAX_DEPTH ? repositoriesBelow(folder, depth + 1, onSkip, defaultsOf(github)) : undefined;
  const first = below?.next();
  if (!below || !first || first.done) {
    if (unit.targets.length > 0) yield inheriting(unit, inherited);
    return;
  }
  unit.listings = undefined;
  if (github) yield github;
  yield first.value;
  yield* below;
}

/** The repositories in the folders of `folder`, in path order, found as the search goes (memory stays flat). */
function* repositoriesBelow(folder: string, depth: number, onSkip: OnSkip, defaults?: OrgDefaults): Generator<Unit> {
  let children: string[];
  try {
    children = subfolders(folder);
  } catch (error) {
    if (isUnreadableError(error)) yield { root: folder, targets: [], problems: [cannotRead(folder, error)] };
    return;
  }
  for (const child of children)
    for (const unit of unitsAt(join(folder, child), depth, onSkip, defaults)) yield { ...unit, scanned: true };
}

/**
 * The units of a folder given on the command line. A folder named like a security file (a folder `SECURITY.md`)
 * that is not a repository is an error; a folder that is neither a repository nor holds any is marked so.
 */
function* unitsOfFolder(folder: string, onSkip: OnSkip): Generator<Unit> {
  const searched = searchAt(folder, onSkip);
  const problems = searched.problems ?? [];
  if (fileKindOf(basename(folder)) && !isRepository(folder) && searched.targets.length === 0) {
    if (!isUnreadableUnit(searched)) {
      const reason = 'a folder, not a file (give the file itself, or the folder of its repository)';
      yield { root: folder, targets: [], problems: [...problems, { path: folder, reason }] };
      return;
    }
  }
  let found = false;
  for (const unit of unitsAt(folder, 0, onSkip, undefined, searched)) {
    found = true;
    yield unit;
  }
  if (!found) yield { root: folder, targets: [], problems, notARepository: true };
}

/**
 * Whether a given path is a folder. A path that cannot be looked at for lack of permission is taken as a file:
 * reading it says why it cannot be checked.
 */
function isFolder(abs: string, given: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch (error) {
    if (isUnreadableError(error)) return false;
    const exists = (() => {
      try {
        return lstatSync(abs) !== undefined;
      } catch {
        return false;
      }
    })();
    throw new UsageError(
      exists ? `${quotePath(given)}: ${describeFsError(error)}.` : `No such file or folder: ${quotePath(given)}`,
    );
  }
}

/**
 * The units of the given paths, in order. Every path is resolved first, so a mistyped one fails before any output.
 * A file reached twice (named and found in a folder) is checked once.
 */
export function* unitsOf(
  paths: string[],
  cwd: string,
  onSkip: (path: string, reason: string) => void,
  orgDefaults?: OrgDefaults,
): Generator<Unit> {
  // Only several paths can reach a file twice; one folder's walk meets each file once, and an organisation's files
  // are not all kept in memory to know it.
  const seen = new Set<string>();
  const fresh = (t: Target): boolean => paths.length < 2 || (!seen.has(t.path) && seen.add(t.path) !== undefined);
  const namedUnits = function* (targets: Target[], arg: number): Generator<Unit> {
    const files = targets.filter(fresh);
    // In batches, so that files given by the thousand are still spread over the workers.
    for (let i = 0; i < files.length; i += NAMED_BATCH)
      yield { root: cwd, targets: files.slice(i, i + NAMED_BATCH), order: { arg, batch: i / NAMED_BATCH } };
  };
  const given = paths.map((p) => ({ abs: resolve(cwd, p), folder: isFolder(resolve(cwd, p), p) }));
  let named: Target[] = [];
  for (const [arg, { abs, folder }] of given.entries()) {
    if (!folder) {
      named.push({ path: abs, named: true });
      continue;
    }
    yield* namedUnits(named, arg);
    named = [];
    for (const unit of unitsOfFolder(abs, onSkip)) {
      // Named defaults apply where the organisation scan found none (a single repository, a folder of them).
      const given = unit.inherits || unit.root === orgDefaults?.root ? unit : inheriting(unit, orgDefaults);
      yield { ...given, targets: unit.targets.filter(fresh), order: { arg, path: segmentsBelow(abs, unit.root) } };
    }
  }
  yield* namedUnits(named, given.length);
}

/** The path of `folder` below `given`, in segments ([] for `given` itself). */
const segmentsBelow = (given: string, folder: string): string[] =>
  relative(given, folder)
    .split(sep)
    .filter((s) => s !== '');
