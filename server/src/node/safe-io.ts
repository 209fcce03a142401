/**
 * Reading the files the user points at, without surprises: only regular files, a size limit, binary files refused
 * with a reason, never a block on a FIFO or device. A file is opened once: the handle is checked (fstat) to be the
 * regular file that was looked at, and --fix rewrites only that file (./safe-write.ts). What could not be read for
 * lack of permission (or an I/O error) is told apart from what is skipped on purpose: the first is an error.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

import { MAX_FILE_BYTES, tooLargeReason } from '../core/locations';
import { decodeUtf8Lenient } from '../core/text';

export { MAX_FILE_BYTES, decodeUtf8Lenient };

/**
 * Why a file could not be read. `unreadable`: it exists but the system refused it (permission denied) or failed
 * (an I/O error), which the CLI reports as an error; otherwise it was skipped on purpose (a FIFO, too large, gone).
 */
export type ReadFailure = { ok: false; reason: string; unreadable: boolean };
export type ReadResult = { ok: true; text: string; bytes: Buffer } | ReadFailure;

/** Why a path cannot be checked, from an fs error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'a folder, not a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Errors that say the path is not there (or is not what it was): not "unreadable", the path is simply absent. */
const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'ELOOP']);

/** Whether an fs error means that something which exists could not be read (permission denied, an I/O error). */
export function isUnreadableError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && !ABSENT.has(code);
}

function failure(error: unknown): ReadFailure {
  return { ok: false, reason: describeFsError(error), unreadable: isUnreadableError(error) };
}

const skipped = (reason: string): ReadFailure => ({ ok: false, reason, unreadable: false });

/** A file opened for checking (and perhaps fixing): its bytes, and which file it is. Close it with closeFile. */
export interface OpenedFile {
  path: string;
  fd: number;
  bytes: Buffer;
  text: string;
  /** The file read, by device and inode, from its handle (fstat). */
  dev: number;
  ino: number;
  /** Its permission bits and owner, which a rewrite keeps. */
  mode: number;
  uid: number;
  gid: number;
  /** The path was a symbolic link when it was opened (the walk admits links that stay inside the checked folder). */
  linked: boolean;
}

export type OpenResult = { ok: true; file: OpenedFile } | ReadFailure;

/** Why what a path names is not read, from its stat. */
const notAFile = (stat: { isDirectory(): boolean }): string =>
  stat.isDirectory() ? 'a folder, not a file' : 'not a regular file (a pipe, socket or device)';

/** Opening never waits: a FIFO swapped in after the stat is opened without blocking, then refused by its fstat. */
const OPEN_FLAGS = constants.O_RDONLY | ((constants.O_NONBLOCK as number | undefined) ?? 0);

/** Opening a file that a folder's listing just showed as a regular file: a link put in its place fails (ELOOP). */
const LISTED_OPEN_FLAGS = OPEN_FLAGS | ((constants.O_NOFOLLOW as number | undefined) ?? 0);

/**
 * Opens a file to check: a regular file under the size limit. A FIFO, socket or device is refused from its stat,
 * never opened to be read; the handle is then checked to be the very file that was looked at. `listedAsFile`: the
 * folder's listing (read just before, in the same walk) showed a regular file, which stands for that stat.
 */
export function openCheckedFile(path: string, listedAsFile = false): OpenResult {
  if (listedAsFile && LISTED_OPEN_FLAGS !== OPEN_FLAGS) {
    const opened = openListedFile(path);
    if (opened) return opened;
  }
  let linked: boolean;
  let stat;
  try {
    const link = lstatSync(path);
    linked = link.isSymbolicLink();
    stat = linked ? statSync(path) : link;
  } catch (error) {
    return failure(error);
  }
  if (!stat.isFile()) return skipped(notAFile(stat));
  const tooLarge = tooLargeReason(stat.size);
  if (tooLarge) return skipped(tooLarge);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return failure(error);
  }
  const replaced = (opened: Stats): string | undefined =>
    !opened.isFile() || opened.dev !== stat.dev || opened.ino !== stat.ino
      ? 'replaced while it was being opened; not checked (run again)'
      : undefined;
  return readOpened(path, fd, linked, replaced);
}

/**
 * A file the listing showed as regular, opened without a stat first (a system call per file fewer). What no longer
 * fits (replaced by a link, gone, not readable) is left to the checks of openCheckedFile: undefined.
 */
function openListedFile(path: string): OpenResult | undefined {
  let fd: number;
  try {
    fd = openSync(path, LISTED_OPEN_FLAGS);
  } catch {
    return undefined;
  }
  return readOpened(path, fd, false, (opened) => (opened.isFile() ? tooLargeReason(opened.size) : notAFile(opened)));
}

/**
 * The file open at `fd`, read whole, unless `refused` gives a reason from its handle's stat not to read it (or it
 * grew past the size limit); the handle is closed when no file is returned.
 */
function readOpened(
  path: string,
  fd: number,
  linked: boolean,
  refused: (opened: Stats) => string | undefined,
): OpenResult {
  try {
    const opened = fstatSync(fd);
    const reason = refused(opened);
    const bytes = reason === undefined ? readAll(fd, opened.size) : undefined;
    const skip = reason ?? tooLargeReason(bytes!.length);
    if (skip) {
      closeSync(fd);
      return skipped(skip);
    }
    const { dev, ino, uid, gid } = opened;
    const file = { path, fd, bytes: bytes!, text: decodeUtf8Lenient(bytes!), linked, dev, ino, uid, gid };
    return { ok: true, file: { ...file, mode: opened.mode & 0o7777 } };
  } catch (error) {
    closeSync(fd);
    return failure(error);
  }
}

/**
 * The bytes from the start of an open file of about `size` bytes, up to one byte past the size limit (a file that
 * grew past it reads as too large, without being read whole).
 */
function readAll(fd: number, size: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(size, MAX_FILE_BYTES) + 1);
  let length = 0;
  for (;;) {
    const wanted = buffer.length - length;
    const n = readSync(fd, buffer, length, wanted, length);
    // A regular file reads short only at its end: no further read is needed to be told so.
    if (n === 0 || n < wanted) return buffer.subarray(0, length + n);
    length += n;
    if (length > MAX_FILE_BYTES) return buffer.subarray(0, length);
    if (length === buffer.length) {
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_FILE_BYTES + 1));
      buffer.copy(larger);
      buffer = larger;
    }
  }
}

export function closeFile(file: OpenedFile): void {
  try {
    closeSync(file.fd);
  } catch {
    // already closed
  }
}

/** Reads a file to check (see openCheckedFile), and closes it. */
export function readCheckedFile(path: string): ReadResult {
  const opened = openCheckedFile(path);
  if (!opened.ok) return opened;
  closeFile(opened.file);
  return { ok: true, text: opened.file.text, bytes: opened.file.bytes };
}

/** Whether the opened file still holds the bytes it was read with (read again through its handle, from the start). */
export function stillHolds(file: OpenedFile): boolean {
  const now = Buffer.alloc(file.bytes.length + 1);
  let length = 0;
  while (length < now.length) {
    const n = readSync(file.fd, now, length, now.length - length, length);
    if (n === 0) break;
    length += n;
  }
  return length === file.bytes.length && now.subarray(0, length).equals(file.bytes);
}

/** NUL bytes in the first 8 KiB: how git and most tools tell binary from text. */
export function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
