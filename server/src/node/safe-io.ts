/**
 * Reading and rewriting the files the user points at, without surprises: only regular files, a size limit, binary
 * files refused with a reason, and fixes written through a temporary file and a rename that keeps the file's
 * permissions and refuses a file that changed since it was read. Nothing is lost if anything fails on the way.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

import { MAX_FILE_BYTES, tooLargeReason } from '../core/locations';
import { decodeUtf8Lenient } from '../core/text';

export { MAX_FILE_BYTES, decodeUtf8Lenient };

export type ReadResult = { ok: true; text: string; bytes: Buffer } | { ok: false; reason: string };

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

/** Reads a file to check: a regular file under the size limit (binary content is reported by not-utf8). Never blocks on a FIFO or device. */
export function readCheckedFile(path: string): ReadResult {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  if (!stat.isFile())
    return {
      ok: false,
      reason: stat.isDirectory() ? 'a folder, not a file' : 'not a regular file (a pipe, socket or device)',
    };
  const tooLarge = tooLargeReason(stat.size);
  if (tooLarge) return { ok: false, reason: tooLarge };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  const grown = tooLargeReason(bytes.length);
  if (grown) return { ok: false, reason: grown };
  return { ok: true, bytes, text: decodeUtf8Lenient(bytes) };
}

/** NUL bytes in the first 8 KiB: how git and most tools tell binary from text. */
export function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

export type WriteResult = { ok: true } | { ok: false; reason: string };

/**
 * Replaces the content of `path` with `text`, provided the file still holds `expected` (the bytes it was read
 * with). Writes a temporary file beside it with the same permissions, flushes it, and renames it over the file, so
 * a reader sees the old or the new content, never a part. A symbolic link is followed and stays a link.
 */
export function replaceFileContent(path: string, expected: Buffer, text: string): WriteResult {
  let target: string;
  try {
    target = realpathSync(path);
    accessSync(target, constants.W_OK);
  } catch (error) {
    return { ok: false, reason: `cannot be written (${describeFsError(error)})` };
  }
  const mode = lstatSync(target).mode & 0o7777;
  // A file nobody may write is the owner's statement that it must not change, even to root.
  if ((mode & 0o222) === 0) return { ok: false, reason: 'cannot be written (the file is read-only)' };
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, Buffer.from(text, 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, mode);
    if (!readFileSync(target).equals(expected)) {
      rmSync(temp, { force: true });
      return { ok: false, reason: 'changed since it was read; not fixed (run again)' };
    }
    renameSync(temp, target);
    return { ok: true };
  } catch (error) {
    rmSync(temp, { force: true });
    return { ok: false, reason: `cannot be written (${describeFsError(error)})` };
  }
}
