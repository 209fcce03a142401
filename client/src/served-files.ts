/**
 * Files for the language server where it cannot read them itself (in the browser, and for virtual workspaces on
 * the desktop): the client answers its requests through vscode.workspace.fs, which reaches every file system VS
 * Code has (github.dev's, a remote's, a local folder opened in vscode.dev).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { BUILT_IN_FILES, decodeUtf8Lenient, SKIPPED_FOLDERS, tooLargeReason } from '../../server/src/client-api';
import {
  FilesExistRequest,
  FindSecurityFilesRequest,
  ReadFileRequest,
  type ReadFileResult,
} from '../../server/src/protocol';

/** At most this many security files per folder: a policy per package of a large monorepo, not more. */
const MAX_SECURITY_FILES = 10_000;

export async function readFile(uri: string): Promise<ReadFileResult> {
  const target = vscode.Uri.parse(uri);
  try {
    const stat = await vscode.workspace.fs.stat(target);
    if (stat.type & vscode.FileType.Directory) return { unreadable: 'a folder, not a file' };
    const tooLarge = tooLargeReason(stat.size);
    if (tooLarge) return { unreadable: tooLarge };
    return { text: decodeUtf8Lenient(await vscode.workspace.fs.readFile(target)) };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { missing: true };
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
}

async function exists(uri: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
    return true;
  } catch {
    return false;
  }
}

export async function findSecurityFiles(folderUri: string): Promise<string[]> {
  const folder = vscode.Uri.parse(folderUri);
  const exclude = `**/{${[...SKIPPED_FOLDERS].join(',')}}/**`;
  const globs = BUILT_IN_FILES.flatMap((kind) => kind.globs);
  const found = await Promise.all(
    globs.map((glob) =>
      vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), exclude, MAX_SECURITY_FILES),
    ),
  );
  return [...new Set(found.flat().map((uri) => uri.toString()))].sort();
}

export function serveFiles(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(ReadFileRequest, ({ uri }) => readFile(uri)),
    client.onRequest(FilesExistRequest, ({ uris }) => Promise.all(uris.map(exists))),
    client.onRequest(FindSecurityFilesRequest, ({ folderUri }) => findSecurityFiles(folderUri)),
  ];
}
