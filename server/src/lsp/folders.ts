/**
 * How the server reads a workspace folder. On Node it reads the disk itself (./node-folders.ts); in the browser it
 * asks the client, which reads through vscode.workspace.fs (./web-folders.ts). Everything above works on URIs of
 * any scheme and never touches a file system.
 */
import type { Environment, FileKind, ParsedConfigFile } from '../index';

export interface ConfigFileRead {
  uri: string;
  text: string;
  parsed: ParsedConfigFile;
}

export type FileRead = { ok: true; text: string } | { ok: false; reason: string };

/** The Environment of one check, with a second chance for what it could not answer at once. */
export interface PreparedEnvironment {
  env: Environment;
  /** Looks up the files the check asked about and nobody knew yet; true when checking again would see more. */
  lookUpMisses(): Promise<boolean>;
}

/** An Environment that knows everything it can answer already. */
export function known(env: Environment): PreparedEnvironment {
  return { env, lookUpMisses: () => Promise.resolve(false) };
}

/**
 * Runs `check`, then once more when it asked about files nobody knew yet and the answers are now in. A check that
 * gave way to newer edits (undefined) is not repeated.
 */
export async function checkWithAnswers<T>(
  prepared: PreparedEnvironment,
  check: (env: Environment) => T | Promise<T>,
): Promise<T> {
  const first = await check(prepared.env);
  return first !== undefined && (await prepared.lookUpMisses()) ? check(prepared.env) : first;
}

export interface FolderHost {
  readonly uri: string;
  /** The path of `uri` below the folder (`/`-separated, '' for the folder itself); undefined when outside it. */
  relativePath(uri: string): string | undefined;
  /**
   * `orgDefaults`: the folder (URI) of the organisation's `.github` repository, whose policy GitHub gives a
   * repository without one of its own. Read on Node; the browser's folders do not follow it.
   */
  environmentFor(uri: string, kind: FileKind, today: Date, orgDefaults?: string): Promise<PreparedEnvironment>;
  /** The folder's `.security-policy.json`; undefined when there is none. Throws when it exists but cannot be read. */
  readConfigFile(): Promise<ConfigFileRead | undefined>;
  /** The URIs of the folder's security files, as the editor names them. */
  securityFileUris(): Promise<string[]>;
  readFile(uri: string): Promise<FileRead>;
  /** Forget what was read: a security file was added, removed or changed. */
  invalidate(): void;
}

export interface FolderHosts {
  /** The host of a workspace folder; undefined for folders this platform cannot read. */
  folder(uri: string): FolderHost | undefined;
  /** The Environment of a document in no workspace folder. */
  loose(uri: string, kind: FileKind, today: Date): Promise<PreparedEnvironment>;
}
