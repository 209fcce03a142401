/**
 * The VS Code side, kept thin: starts the language server when a security file is open, and offers restart,
 * the output channel, a language status item with the profile and the time of the last check, and the policy
 * generation wizards (./wizard.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { FILE_GLOBS } from '../../server/src/engine/locations';
import { CheckWorkspaceRequest, PolicyContactsRequest, StatusNotification, type StatusParams } from '../../server/src/protocol';
import { createSecurityMd, createSecurityTxt } from './wizard';

export const DOCUMENT_SELECTOR: DocumentSelector = [...FILE_GLOBS.md.map((pattern) => ({ language: 'markdown', pattern })), { language: 'securitytxt' }];

export interface SecurityPolicyApi {
  /** Resolves when the language server is running (starts it if needed). */
  ready(): Promise<void>;
  /** The last status the server reported for a document. */
  lastStatus(uri: string): StatusParams | undefined;
  readonly client: LanguageClient | undefined;
}

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

export function activate(context: vscode.ExtensionContext): SecurityPolicyApi {
  const output = vscode.window.createOutputChannel('Security Policy', { log: true });
  const statuses = new Map<string, StatusParams>();
  const status = vscode.languages.createLanguageStatusItem('securityPolicy.status', DOCUMENT_SELECTOR);
  status.name = 'Security Policy';
  status.text = 'Security Policy';
  status.detail = 'starting…';
  status.command = { title: 'Show output', command: 'securityPolicy.showOutput' };

  const updateStatus = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? statuses.get(uri) : undefined;
    if (!s) return;
    status.text = `Security Policy: ${s.profile}`;
    status.detail = `checked ${new Date(s.checkedAt).toLocaleTimeString()}, ${s.problems} problem${s.problems === 1 ? '' : 's'}`;
  };

  const start = (): Promise<void> => {
    if (starting) return starting;
    const serverModule = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: output,
      synchronize: {
        fileEvents: [
          vscode.workspace.createFileSystemWatcher('**/.security-policy.json'),
          ...[...FILE_GLOBS.md, ...FILE_GLOBS.txt].map((p) => vscode.workspace.createFileSystemWatcher(p)),
        ],
      },
    };
    client = new LanguageClient('securityPolicy', 'Security Policy', serverOptions, clientOptions);
    context.subscriptions.push(
      client.onNotification(StatusNotification, (s) => {
        statuses.set(s.uri, s);
        updateStatus();
      }),
    );
    starting = client.start();
    return starting;
  };

  const isSecurityDocument = (doc: vscode.TextDocument): boolean => vscode.languages.match(DOCUMENT_SELECTOR, doc) > 0;
  const startIfNeeded = (doc: vscode.TextDocument): void => {
    if (isSecurityDocument(doc)) void start();
  };

  context.subscriptions.push(
    output,
    status,
    vscode.workspace.onDidOpenTextDocument(startIfNeeded),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.commands.registerCommand('securityPolicy.restart', async () => {
      if (client) await client.restart();
      else await start();
      output.info('Language server restarted.');
    }),
    vscode.commands.registerCommand('securityPolicy.showOutput', () => output.show()),
    vscode.commands.registerCommand('securityPolicy.checkWorkspace', async () => {
      await start();
      const result = await client!.sendRequest(CheckWorkspaceRequest);
      void vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(
        result.files === 0
          ? 'Security Policy: no SECURITY.md or security.txt in this workspace.'
          : `Security Policy: checked ${result.files} security file${result.files === 1 ? '' : 's'}, ${result.problems} problem${result.problems === 1 ? '' : 's'}.`,
      );
      return result;
    }),
    vscode.commands.registerCommand('securityPolicy.createSecurityMd', () => createSecurityMd()),
    vscode.commands.registerCommand('securityPolicy.createSecurityTxt', () =>
      createSecurityTxt(async (text) => {
        try {
          await start();
          return await client!.sendRequest(PolicyContactsRequest, { text });
        } catch (error) {
          output.warn(`Could not read the policy's contacts: ${String(error)}`);
          return [];
        }
      }),
    ),
  );
  vscode.workspace.textDocuments.forEach(startIfNeeded);

  return {
    ready: start,
    lastStatus: (uri) => statuses.get(uri),
    get client() {
      return client;
    },
  };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
