/**
 * Rule documentation inside VS Code, from the pages packaged with the extension (docs/rules/<id>.md): offline, and
 * on the web too (the pages are read with vscode.workspace.fs). A diagnostic's code links to
 * `security-policy-docs:/<id>.md`, a read-only document this module provides; it opens as a Markdown preview. The
 * server's links (for other editors) stay those of the repository's pages.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import { SHOW_DOCS_COMMAND } from '../../server/src/protocol';

export const DOCS_SCHEME = 'security-policy-docs';
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function docsUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCS_SCHEME, path: `/${ruleId}.md` });
}

/** The rule id of a docs URL or URI (ours or the repository's page), when it names one. */
function ruleOf(target: string): string | undefined {
  const id = /([^/]+)\.md$/.exec(target)?.[1];
  return id && RULE_ID.test(id) ? id : undefined;
}

async function openDocs(ruleId: string): Promise<void> {
  await vscode.commands.executeCommand('markdown.showPreview', docsUri(ruleId));
}

/** Points each diagnostic's code link at the packaged page of its rule. */
function withPackagedDocs(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  for (const d of diagnostics) {
    if (typeof d.code !== 'object') continue;
    const id = ruleOf(d.code.target.path);
    if (id) d.code = { value: d.code.value, target: docsUri(id) };
  }
  return diagnostics;
}

/** Language client middleware: packaged docs for diagnostics (pushed and pulled) and for "Show documentation". */
export const docsMiddleware: Middleware = {
  handleDiagnostics: (uri, diagnostics, next) => next(uri, withPackagedDocs(diagnostics)),
  provideDiagnostics: async (document, previousResultId, token, next) => {
    const report = await next(document, previousResultId, token);
    if (report && 'items' in report) withPackagedDocs(report.items); // a full report (an unchanged one has none)
    return report;
  },
  executeCommand: (command, args: unknown[], next): Promise<unknown> => {
    const id = command === SHOW_DOCS_COMMAND && typeof args[0] === 'string' ? ruleOf(args[0]) : undefined;
    return id ? openDocs(id) : Promise.resolve(next(command, args) as unknown);
  },
};

/** The packaged pages as a read-only file system, so that the workbench opens a code link to one in an editor. */
class DocsFileSystem implements vscode.FileSystemProvider {
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  constructor(private readonly extensionUri: vscode.Uri) {}

  private source(uri: vscode.Uri): vscode.Uri {
    const id = ruleOf(uri.path);
    if (!id) throw vscode.FileSystemError.FileNotFound(uri);
    return vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${id}.md`);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const stat = await vscode.workspace.fs.stat(this.source(uri));
    return { ...stat, permissions: vscode.FilePermission.Readonly };
  }

  readFile(uri: vscode.Uri): Thenable<Uint8Array> {
    return vscode.workspace.fs.readFile(this.source(uri));
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

/**
 * Serves the packaged pages, and shows a page opened from a code link as its Markdown preview instead of its
 * source.
 */
export function registerDocs(extensionUri: vscode.Uri): vscode.Disposable[] {
  const asPreview = async (editor: vscode.TextEditor | undefined): Promise<void> => {
    const id = editor?.document.uri.scheme === DOCS_SCHEME ? ruleOf(editor.document.uri.path) : undefined;
    if (!editor || !id) return;
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    await openDocs(id);
    if (tab?.input instanceof vscode.TabInputText && tab.input.uri.scheme === DOCS_SCHEME)
      await vscode.window.tabGroups.close(tab);
  };
  return [
    vscode.workspace.registerFileSystemProvider(DOCS_SCHEME, new DocsFileSystem(extensionUri), {
      isReadonly: true,
      isCaseSensitive: true,
    }),
    vscode.window.onDidChangeActiveTextEditor(asPreview),
  ];
}
