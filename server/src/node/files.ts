/** File-system helpers shared by the CLI and the language server (never used by the engine). */
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileKindOf, isSearchedPath, searchedFolders, SKIPPED_FOLDERS } from '../core/locations';
import { remoteWebUrl } from '../core/workspace-facts';
import { contactSources, policyContactsOf, securityTxtContactsOf } from '../index';
import { decodeUtf8Lenient, describeFsError, isUnreadableError } from './safe-io';

const MAX_WALK_ENTRIES = 200_000;

/** A path with `/` between its parts; as it is where the separator is already `/` (no copy per file of a walk). */
export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** True when `path` is `root` or below it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

/** A folder's entry as plain data, which a worker can be sent (a Dirent cannot). */
export interface FolderEntry {
  name: string;
  type: 'folder' | 'file' | 'link' | 'other';
}

/** Folders already listed under a root, by relative path with `/` ('' for the root); undefined: unreadable. */
export type FolderListings = Map<string, FolderEntry[] | undefined>;

function entryOf(e: Dirent): FolderEntry {
  const type = e.isDirectory() ? 'folder' : e.isFile() ? 'file' : e.isSymbolicLink() ? 'link' : 'other';
  return { name: e.name, type };
}

/** Hears of a path that exists but could not be read (relative to the root, '' for the root), and why. */
export type OnUnreadable = (relativePath: string, reason: string) => void;

/** A folder's entries, or undefined when it cannot be read (`onUnreadable` hears why, unless it is simply gone). */
function entriesOf(path: string, relativeDir: string, onUnreadable?: OnUnreadable): FolderEntry[] | undefined {
  try {
    return readdirSync(path, { withFileTypes: true }).map(entryOf);
  } catch (error) {
    if (isUnreadableError(error)) onUnreadable?.(relativeDir, describeFsError(error));
    return undefined;
  }
}

/** The listing of a folder below `root`, from `listings` when it was read before, else read (and kept there). */
function listingOf(
  root: string,
  relativeDir: string,
  listings: FolderListings,
  onUnreadable?: OnUnreadable,
): FolderEntry[] | undefined {
  if (listings.has(relativeDir)) return listings.get(relativeDir);
  const entries = entriesOf(relativeDir ? join(root, relativeDir) : root, relativeDir, onUnreadable);
  listings.set(relativeDir, entries);
  return entries;
}

/**
 * Every file under `root` whose name makes it a security file (relative, `/`-separated), with a bounded walk.
 * Folders behind symbolic links are never entered (no loops); a linked file counts only when it resolves inside
 * the root. `onSkip` hears of each link passed over. `listings` holds folders already read (the CLI's search for
 * repositories read their roots): they are not read again.
 */
export function walkSecurityFiles(
  root: string,
  onSkip?: (relativePath: string, reason: string) => void,
  listings: FolderListings = new Map(),
): string[] {
  const out: string[] = [];
  const stack = [''];
  let seen = 0;
  const isFile = fileJudge(root, onSkip);
  while (stack.length > 0 && seen < MAX_WALK_ENTRIES) {
    const dir = stack.pop() as string;
    const entries = listingOf(root, dir, listings);
    // Only what is left to walk is needed again: a folder's listing is dropped once it is walked.
    listings.delete(dir);
    for (const e of entries ?? []) {
      seen++;
      const path = dir ? `${dir}/${e.name}` : e.name;
      if (e.type === 'folder') {
        if (!SKIPPED_FOLDERS.has(e.name)) stack.push(path);
        continue;
      }
      if (!fileKindOf(e.name)) continue;
      const counts = isFile(e, path);
      if (counts === undefined) return [];
      if (counts) out.push(path);
    }
  }
  return out.sort();
}

/**
 * Whether an entry under `root` counts as a file: a file does, a link when it resolves to a file inside the root
 * (see linkedFileInside; the root's real path is resolved on the first link met). Undefined when the root cannot be
 * resolved, and then nothing under it is listed.
 */
function fileJudge(
  root: string,
  onSkip?: (relativePath: string, reason: string) => void,
): (e: FolderEntry, relativePath: string) => boolean | undefined {
  let realRoot: string | undefined;
  return (e, relativePath) => {
    if (e.type !== 'link') return e.type === 'file';
    try {
      realRoot ??= realpathSync(root);
    } catch {
      return undefined;
    }
    return linkedFileInside(realRoot, join(root, relativePath), root, onSkip);
  };
}

/**
 * The security files at the places each kind is looked for (root, .github/, docs/, .well-known/, …), relative and
 * sorted: a few directory reads, not a walk, so a folder of thousands of repositories is searched quickly. Each
 * folder is read once, and a searched folder is entered only when its parent lists it as a real folder (a symbolic
 * link to a folder is never entered), so a repository costs one read per folder it has, and no stat at all. The
 * folders read are left in `listings`, for the walk of the repository. `onUnreadable` hears of the root or a
 * searched folder that could not be read (permission denied).
 */
export function searchedSecurityFiles(
  root: string,
  onSkip?: (relativePath: string, reason: string) => void,
  listings: FolderListings = new Map(),
  onUnreadable?: OnUnreadable,
): string[] {
  const out: string[] = [];
  const listing = (dir: string): FolderEntry[] | undefined => {
    if (dir === '' || listings.has(dir)) return listingOf(root, dir, listings, onUnreadable);
    const slash = dir.lastIndexOf('/');
    const [parent, name] = slash < 0 ? ['', dir] : [dir.slice(0, slash), dir.slice(slash + 1)];
    const isRealFolder = listing(parent)?.some((e) => e.name === name && e.type === 'folder') ?? false;
    if (isRealFolder) return listingOf(root, dir, listings, onUnreadable);
    listings.set(dir, undefined);
    return undefined;
  };
  const isFile = fileJudge(root, onSkip);
  for (const dir of searchedFolders()) {
    for (const e of listing(dir) ?? []) {
      const relativePath = dir ? `${dir}/${e.name}` : e.name;
      if (!isSearchedPath(relativePath)) continue;
      const counts = isFile(e, relativePath);
      if (counts === undefined) return [];
      if (counts) out.push(relativePath);
    }
  }
  return out.sort();
}

function linkedFileInside(
  realRoot: string,
  path: string,
  root: string,
  onSkip?: (relativePath: string, reason: string) => void,
): boolean {
  const shown = toPosix(relative(root, path));
  try {
    const target = realpathSync(path);
    if (!isInside(realRoot, target)) {
      onSkip?.(shown, 'a symbolic link to outside the checked folder; not followed');
      return false;
    }
    return statSync(target).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    onSkip?.(shown, code === 'ELOOP' || isUnreadableError(error) ? describeFsError(error) : 'a broken symbolic link');
    return false;
  }
}

/** Reads a file as UTF-8 without failing: invalid bytes become U+FFFD (reported by not-utf8), the BOM stays. */
export function readTextFile(path: string): string {
  return decodeUtf8Lenient(readFileSync(path));
}

/** Contacts of the workspace's own SECURITY.md, for contact-mismatch. */
export function workspacePolicyContacts(root: string, workspaceFiles: readonly string[]): string[] | undefined {
  const policy = contactSources(workspaceFiles).policy;
  const text = policy === undefined ? undefined : readOrUndefined(join(root, policy));
  return text === undefined ? undefined : policyContactsOf(text);
}

/** Contact values of the workspace's security.txt, for contact-mismatch. */
export function workspaceSecurityTxtContacts(root: string, workspaceFiles: readonly string[]): string[] | undefined {
  const txt = contactSources(workspaceFiles).securityTxt;
  const text = txt === undefined ? undefined : readOrUndefined(join(root, txt));
  return text === undefined ? undefined : securityTxtContactsOf(text);
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readTextFile(path);
  } catch {
    return undefined;
  }
}

/** The git remote's web URL from `.git/config` (a `.git` file of a worktree or submodule is not followed). */
export function readRemoteUrl(root: string): string | undefined {
  try {
    return remoteWebUrl(readFileSync(join(root, '.git', 'config'), 'utf8'));
  } catch {
    return undefined;
  }
}
