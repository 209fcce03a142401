/** File-system helpers shared by the CLI and the language server (never used by the engine). */
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contactSources, fileKindOf, isSearchedPath, SEARCHED_DIRS, SKIPPED_FOLDERS } from '../engine/locations';
import { remoteWebUrl } from '../engine/workspace-facts';
import { policyContactsOf, securityTxtContactsOf } from '../index';
import { decodeUtf8Lenient } from './safe-io';

const MAX_WALK_ENTRIES = 200_000;

export function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** True when `path` is `root` or below it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

/**
 * Every file under `root` whose name makes it a security file (relative, `/`-separated), with a bounded walk.
 * Folders behind symbolic links are never entered (no loops); a linked file counts only when it resolves inside
 * the root. `onSkip` hears of each link passed over.
 */
export function walkSecurityFiles(root: string, onSkip?: (relativePath: string, reason: string) => void): string[] {
  const out: string[] = [];
  const stack = [root];
  let seen = 0;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return out;
  }
  while (stack.length > 0 && seen < MAX_WALK_ENTRIES) {
    const dir = stack.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      seen++;
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(e.name)) stack.push(path);
      } else if (fileKindOf(e.name) && (e.isFile() || (e.isSymbolicLink() && linkedFileInside(realRoot, path, root, onSkip)))) {
        out.push(toPosix(relative(root, path)));
      }
    }
  }
  return out.sort();
}

const SEARCHED_FOLDERS = [...new Set(Object.values(SEARCHED_DIRS).flat())];

/** A folder's entries, or undefined when it cannot be read. */
function entriesOf(path: string): Dirent[] | undefined {
  try {
    return readdirSync(path, { withFileTypes: true });
  } catch {
    return undefined;
  }
}

/**
 * The security files at the places each kind is looked for (root, .github/, docs/, .well-known/, …), relative and
 * sorted: a few directory reads, not a walk, so a folder of thousands of repositories is searched quickly. Each
 * folder is read once, and a searched folder is entered only when its parent lists it as a real folder (a symbolic
 * link to a folder is never entered), so a repository costs one read per folder it has, and no stat at all.
 */
export function searchedSecurityFiles(root: string, onSkip?: (relativePath: string, reason: string) => void): string[] {
  const out: string[] = [];
  const listings = new Map<string, Dirent[] | undefined>([['', entriesOf(root)]]);
  const listing = (dir: string): Dirent[] | undefined => {
    if (listings.has(dir)) return listings.get(dir);
    const slash = dir.lastIndexOf('/');
    const [parent, name] = slash < 0 ? ['', dir] : [dir.slice(0, slash), dir.slice(slash + 1)];
    const isRealFolder = listing(parent)?.some((e) => e.name === name && e.isDirectory()) ?? false;
    const entries = isRealFolder ? entriesOf(join(root, dir)) : undefined;
    listings.set(dir, entries);
    return entries;
  };
  let realRoot: string | undefined;
  for (const dir of SEARCHED_FOLDERS) {
    for (const e of listing(dir) ?? []) {
      const relativePath = dir ? `${dir}/${e.name}` : e.name;
      if (!isSearchedPath(relativePath)) continue;
      if (e.isFile()) out.push(relativePath);
      else if (e.isSymbolicLink()) {
        try {
          realRoot ??= realpathSync(root);
        } catch {
          return [];
        }
        if (linkedFileInside(realRoot, join(root, dir, e.name), root, onSkip)) out.push(relativePath);
      }
    }
  }
  return out.sort();
}

function linkedFileInside(realRoot: string, path: string, root: string, onSkip?: (relativePath: string, reason: string) => void): boolean {
  const shown = toPosix(relative(root, path));
  try {
    const target = realpathSync(path);
    if (!isInside(realRoot, target)) {
      onSkip?.(shown, 'a symbolic link to outside the checked folder; not followed');
      return false;
    }
    return statSync(target).isFile();
  } catch (error) {
    onSkip?.(shown, (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'a symbolic link loop' : 'a broken symbolic link');
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
