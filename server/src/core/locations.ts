/**
 * Where security files live, in general: the folders never searched, the size limit, and the kind a path names,
 * from the registered kinds' names and folders (each kind's own places are in `kinds/<id>/locations.ts`).
 */
import { kindDescriptors, type FileKind, type KindDescriptor } from './kind';

/** Folders never searched for security files: dependencies, build output and version-control data. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'out',
  'build',
  'target',
  'vendor',
  '.venv',
  '__pycache__',
]);

/** Larger files are not checked: a policy or security.txt is a few kilobytes; 1 MB documents still are. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Why a file of `bytes` is not checked, or undefined when its size is fine. */
export function tooLargeReason(bytes: number): string | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB a security file can sensibly be`;
}

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? '';
}

export function dirName(path: string): string {
  const normalized = path.replace(/\\/g, '/');
  const i = normalized.lastIndexOf('/');
  return i < 0 ? '' : normalized.slice(0, i);
}

/** The registered kind whose file names include the path's, if any. */
function kindNamedBy(path: string): KindDescriptor | undefined {
  const name = baseName(path);
  return kindDescriptors().find((k) => k.fileName.test(name));
}

/** The kind of security file a path names, or undefined for every other file. */
export function fileKindOf(path: string): FileKind | undefined {
  return kindNamedBy(path)?.id;
}

/** True for a security file (relative to a repository root) in a folder where its kind is looked for. */
export function isSearchedPath(relativePath: string): boolean {
  return kindNamedBy(relativePath)?.searchedDirs.includes(dirName(relativePath)) ?? false;
}

/** Every folder, relative to a repository, where some kind is looked for ('' is the root). */
export function searchedFolders(): string[] {
  return [...new Set(kindDescriptors().flatMap((k) => k.searchedDirs))];
}

/** The glob patterns of every kind's file names, for editors' file watchers and searches. */
export function securityFileGlobs(): string[] {
  return kindDescriptors().flatMap((k) => k.globs);
}
