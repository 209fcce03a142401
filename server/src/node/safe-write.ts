/**
 * Rewriting a file that --fix repaired, so that nothing is lost and nothing else is written. The file was opened
 * once (./safe-io.ts); before writing, the path is looked at again (lstat) and must still be that very file (same
 * device and inode, by fstat on the handle, and not a symbolic link swapped in), holding the bytes that were read.
 * The new text goes to a temporary file beside it, `.<name>.security-policy-<pid>.tmp`, with the file's permissions
 * and owner, is flushed, and is renamed over the file: a reader sees the old or the new content, never a part. A
 * temporary file that a killed run left (its pid no longer alive) is removed by the next --fix.
 */
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { closeFile, describeFsError, openCheckedFile, stillHolds, type OpenedFile } from './safe-io';

export type WriteResult = { ok: true } | { ok: false; reason: string };

const TEMPORARY_MARK = '.security-policy-';
const MAX_PID = 2 ** 31 - 1;
const CHANGED = 'changed since it was read; not fixed (run again)';

/** The temporary file a --fix run of process `pid` writes beside the file named `name`. */
export function temporaryName(name: string, pid: number = process.pid): string {
  return `.${name}${TEMPORARY_MARK}${pid}.tmp`;
}

/** The pid in the name of a temporary file of `name`, or undefined when it is not one. */
function temporaryPid(entry: string, name: string): number | undefined {
  const prefix = `.${name}${TEMPORARY_MARK}`;
  if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) return undefined;
  const digits = entry.slice(prefix.length, -'.tmp'.length);
  const pid = /^[1-9]\d{0,9}$/.test(digits) ? Number(digits) : undefined;
  return pid !== undefined && pid <= MAX_PID ? pid : undefined;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, and another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that killed --fix runs left beside `path` (and beside the file it links to): regular
 * files named `.<name>.security-policy-<pid>.tmp` whose process is gone. Returns their paths.
 */
export function removeStaleTemporaries(path: string): string[] {
  const places = [path];
  try {
    if (lstatSync(path).isSymbolicLink()) places.push(realpathSync(path));
  } catch {
    // nothing to resolve: the folder is still looked at
  }
  const removed: string[] = [];
  for (const place of places) {
    const dir = dirname(place);
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      const pid = temporaryPid(entry, basename(place));
      if (pid === undefined || isAlive(pid)) continue;
      try {
        if (!lstatSync(join(dir, entry)).isFile()) continue;
        unlinkSync(join(dir, entry));
        removed.push(join(dir, entry));
      } catch {
        // gone already, or not ours to remove
      }
    }
  }
  return removed;
}

const cannotWrite = (error: unknown): WriteResult => ({
  ok: false,
  reason: `cannot be written (${describeFsError(error)})`,
});

/** Why `target` is no longer the file that was opened, or undefined when it still is. */
function identityChange(file: OpenedFile, target: string): string | undefined {
  let now;
  try {
    now = lstatSync(target);
  } catch (error) {
    return `changed since it was read (${describeFsError(error)}); not fixed`;
  }
  if (now.isSymbolicLink())
    return 'replaced by a symbolic link since it was read; not fixed, and nothing written through the link';
  if (!now.isFile() || now.dev !== file.dev || now.ino !== file.ino) return CHANGED;
  return stillHolds(file) ? undefined : CHANGED;
}

/** Creates the temporary file; one of the same name (this pid's, from an earlier process) is replaced. */
function openTemporary(temp: string): number {
  try {
    return openSync(temp, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    unlinkSync(temp);
    return openSync(temp, 'wx', 0o600);
  }
}

function writeBeside(file: OpenedFile, target: string, text: string): WriteResult {
  const temp = join(dirname(target), temporaryName(basename(target)));
  try {
    const fd = openTemporary(temp);
    try {
      writeSync(fd, Buffer.from(text, 'utf8'));
      // As root, the file stays its owner's (this clears set-id bits, so the mode comes after).
      if (process.getuid?.() === 0) fchownSync(fd, file.uid, file.gid);
      fchmodSync(fd, file.mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The last look before the rename: still the file read, holding what was read.
    const changed = identityChange(file, target);
    if (changed) {
      rmSync(temp, { force: true });
      return { ok: false, reason: changed };
    }
    renameSync(temp, target);
    return { ok: true };
  } catch (error) {
    rmSync(temp, { force: true });
    return cannotWrite(error);
  }
}

/**
 * Replaces the content of the opened file with `text` (see the top of this file). A path that was a symbolic link
 * when opened (inside the checked folder) is rewritten at the file it leads to, and stays a link; a path that was a
 * file and is now a link is refused.
 */
export function replaceOpenedFile(file: OpenedFile, text: string): WriteResult {
  let target: string;
  try {
    target = file.linked ? realpathSync(file.path) : file.path;
  } catch (error) {
    return cannotWrite(error);
  }
  const changed = identityChange(file, target);
  if (changed) return { ok: false, reason: changed };
  // A file nobody may write is the owner's statement that it must not change, even to root.
  if ((file.mode & 0o222) === 0) return { ok: false, reason: 'cannot be written (the file is read-only)' };
  try {
    accessSync(target, constants.W_OK);
  } catch (error) {
    return cannotWrite(error);
  }
  return writeBeside(file, target, text);
}

/** Replaces the content of `path` with `text`, provided it still holds `expected` (see replaceOpenedFile). */
export function replaceFileContent(path: string, expected: Buffer, text: string): WriteResult {
  const opened = openCheckedFile(path);
  if (!opened.ok) return { ok: false, reason: `cannot be written (${opened.reason})` };
  try {
    return opened.file.bytes.equals(expected) ? replaceOpenedFile(opened.file, text) : { ok: false, reason: CHANGED };
  } finally {
    closeFile(opened.file);
  }
}
