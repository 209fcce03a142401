/**
 * Workspace folders for the server run by Node (VS Code desktop, Neovim, Helix, Emacs): read from the local disk,
 * or, for folders of other schemes (a virtual workspace), through the client as in the browser.
 */
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isInside, toPosix } from '../node/files';
import { environmentFor, readConfigFile, WorkspaceHost } from '../node/host';
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
  private readonly host: WorkspaceHost;

  constructor(
    readonly uri: string,
    private readonly root: string,
  ) {
    this.host = new WorkspaceHost(root);
  }

  relativePath(uri: string): string | undefined {
    const path = filePath(uri);
    return path !== undefined && isInside(this.root, path) ? toPosix(relative(this.root, path)) : undefined;
  }

  environmentFor(uri: string, kind: FileKind, today: Date): Promise<PreparedEnvironment> {
    const path = filePath(uri);
    return Promise.resolve(known(path ? environmentFor(path, kind, today, this.host) : { today }));
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
    this.host.invalidate();
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
