/**
 * What `security-policy check` checks, as units of work: each unit is one repository (its root is the workspace its
 * rules see) and the files to check in it. A folder that is a repository, or holds security files where they are
 * looked for, is one unit; a folder that is neither (a checkout of an organisation's repositories) is searched for
 * repositories up to three levels down. Files given by name belong to the current folder.
 */
import { existsSync, lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { searchedSecurityFiles, toPosix, type FolderListings } from '../node/files';
import { describeFsError } from '../node/safe-io';

export interface Target {
  path: string;
  /** Given by name: failing to check it is an error (exit 2), not a note. */
  named: boolean;
}

export interface Unit {
  /** The repository's folder: the workspace of its files' rules. */
  root: string;
  targets: Target[];
  /** The folders of the repository the search read, so that its walk does not read them again. */
  listings?: FolderListings;
}

/** A mistake in how the command was called: exit 2 with this message. */
export class UsageError extends Error {}

const NOT_REPOSITORIES = new Set(['node_modules', 'dist', 'out', 'build', 'target', 'vendor', '__pycache__']);
/** How deep below a given folder repositories are looked for: `repo`, `org/repo` and `host/org/repo` (ghq's layout). */
const MAX_DEPTH = 3;
/** Files given by name are checked in units of this many. */
const NAMED_BATCH = 25;

function isRepository(folder: string): boolean {
  return existsSync(join(folder, '.git'));
}

function subfolders(folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  // Real folders only: a link could lead out of the given folder or into a loop.
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !NOT_REPOSITORIES.has(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => join(folder, name));
}

function unitOf(root: string, files: string[], listings?: FolderListings): Unit {
  return { root, targets: files.map((f) => ({ path: join(root, f), named: false })), listings };
}

/** The unit of `folder` when it is a repository or holds security files where they are looked for. */
function unitAt(folder: string, onSkip: (path: string, reason: string) => void): Unit | undefined {
  const listings: FolderListings = new Map();
  const files = searchedSecurityFiles(folder, (path, reason) => onSkip(toPosix(join(folder, path)), reason), listings);
  return files.length > 0 || isRepository(folder) ? unitOf(folder, files, listings) : undefined;
}

/** The repositories in and below `folder`, in path order, found as the search goes (a generator keeps memory flat). */
function* repositoriesBelow(
  folder: string,
  depth: number,
  onSkip: (path: string, reason: string) => void,
): Generator<Unit> {
  for (const child of subfolders(folder)) {
    const unit = unitAt(child, onSkip);
    if (unit) yield unit;
    else if (depth < MAX_DEPTH) yield* repositoriesBelow(child, depth + 1, onSkip);
  }
}

/** The units of a folder given on the command line. */
function* unitsOfFolder(folder: string, onSkip: (path: string, reason: string) => void): Generator<Unit> {
  const unit = unitAt(folder, onSkip);
  if (unit) {
    yield unit;
    return;
  }
  let found = false;
  for (const unit of repositoriesBelow(folder, 1, onSkip)) {
    found = true;
    yield unit;
  }
  if (!found) yield unitOf(folder, []);
}

function isFolder(abs: string, given: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch (error) {
    const exists = (() => {
      try {
        return lstatSync(abs) !== undefined;
      } catch {
        return false;
      }
    })();
    throw new UsageError(exists ? `${given}: ${describeFsError(error)}.` : `No such file or folder: ${given}`);
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
): Generator<Unit> {
  const seen = new Set<string>();
  const fresh = (t: Target): boolean => !seen.has(t.path) && seen.add(t.path) !== undefined;
  const namedUnits = function* (targets: Target[]): Generator<Unit> {
    const files = targets.filter(fresh);
    // In batches, so that files given by the thousand are still spread over the workers.
    for (let i = 0; i < files.length; i += NAMED_BATCH) yield { root: cwd, targets: files.slice(i, i + NAMED_BATCH) };
  };
  const given = paths.map((p) => ({ abs: resolve(cwd, p), folder: isFolder(resolve(cwd, p), p) }));
  let named: Target[] = [];
  for (const { abs, folder } of given) {
    if (!folder) {
      named.push({ path: abs, named: true });
      continue;
    }
    yield* namedUnits(named);
    named = [];
    for (const unit of unitsOfFolder(abs, onSkip)) yield { ...unit, targets: unit.targets.filter(fresh) };
  }
  yield* namedUnits(named);
}
