/**
 * Workspace folders for the server run by Node (VS Code desktop, Neovim, Helix, Emacs): read from the local disk,
 * or, for folders of other schemes (a virtual workspace), through the client as in the browser.
 */
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isInside, toPosix } from '../node/files';
import { environmentFor, readConfigFile, WorkspaceHost, type InheritedPolicy } from '../node/host';
import { inheritedLabel, orgDefaultsAt } from '../node/org-defaults';
import { readCheckedFile } from '../node/safe-io';
import {
  known,
  type ConfigFileRead,
  type FileRead,
  type FolderHost,
  type FolderHosts,
  type PreparedEnvironment,
} from './folders';
import type { FileKind } from '../index';
import type { Connection } from 'vscode-languageserver';
import { webFolders } from './web-folders';

/** The file-system path of a `file:` URI; undefined for other schemes (untitled, vscode-vfs…). */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

class NodeFolderHost implements FolderHost {
  private host: WorkspaceHost;
  /** The `.github` folder the defaults were last read from, and what it gave; read again after invalidate(). */
  private defaults: { folder: string | undefined; read?: InheritedPolicy } = { folder: undefined };

  constructor(
    readonly uri: string,
    private readonly root: string,
  ) {
    this.host = new WorkspaceHost(root);
  }

  /** The host, given the organisation's default policy from `folder` (a URI) when it has one. */
  private hostFor(orgDefaults: string | undefined): WorkspaceHost {
    const folder = orgDefaults === undefined ? undefined : filePath(orgDefaults);
    if (folder === this.defaults.folder) return this.host;
    const found = folder === undefined || folder === this.root ? undefined : orgDefaultsAt(folder);
    const read = typeof found === 'object' ? { ...found, label: inheritedLabel(found) } : undefined;
    this.defaults = { folder, read };
    this.host = new WorkspaceHost(this.root, undefined, read);
    return this.host;
  }

  relativePath(uri: string): string | undefined {
    const path = filePath(uri);
    return path !== undefined && isInside(this.root, path) ? toPosix(relative(this.root, path)) : undefined;
  }

  environmentFor(uri: string, kind: FileKind, today: Date, orgDefaults?: string): Promise<PreparedEnvironment> {
    const path = filePath(uri);
    const host = this.hostFor(orgDefaults);
    return Promise.resolve(known(path ? environmentFor(path, kind, today, host) : { today }));
  }

  readConfigFile(): Promise<ConfigFileRead | undefined> {
    const file = readConfigFile(this.root);
    return Promise.resolve(file && { uri: pathToFileURL(file.path).toString(), text: file.text, parsed: file.parsed });
  }

  securityFileUris(): Promise<string[]> {
    return Promise.resolve(this.host.securityFiles().map((rel) => pathToFileURL(join(this.root, rel)).toString()));
  }

  readFile(uri: string): Promise<FileRead> {
    const path = filePath(uri);
    if (path === undefined) return Promise.resolve({ ok: false, reason: 'not a file on this computer' });
    const read = readCheckedFile(path);
    return Promise.resolve(read.ok ? { ok: true, text: read.text } : read);
  }

  invalidate(): void {
    this.defaults = { folder: undefined };
    this.host = new WorkspaceHost(this.root);
  }
}

/** Folders with `file:` URIs; documents outside them still learn whether their links lead anywhere. */
const nodeFolders: FolderHosts = {
  folder(uri) {
    const root = filePath(uri);
    return root === undefined ? undefined : new NodeFolderHost(uri, root);
  },
  loose(uri, kind, today) {
    const path = filePath(uri);
    return Promise.resolve(known(path ? environmentFor(path, kind, today) : { today }));
  },
};

/** `file:` folders from disk; every other scheme through the client (VS Code answers; other editors have none). */
export function nodeAndClientFolders(connection: Connection): FolderHosts {
  const throughClient = webFolders(connection);
  return {
    folder: (uri) => nodeFolders.folder(uri) ?? throughClient.folder(uri),
    loose: (uri, kind, today) => (uri.startsWith('file:') ? nodeFolders : throughClient).loose(uri, kind, today),
  };
}
