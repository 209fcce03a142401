/**
 * The desktop entry (`main`): the language server runs in a Node process of its own, over IPC. It reads files on
 * disk itself and asks this client for the files of virtual workspaces (./served-files.ts). The desktop alone
 * offers "Check the deployed security.txt" (./deployed.ts).
 */
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateOn, type SecurityPolicyApi } from './activate';
import { registerDeployedCheck } from './deployed';
import { serveFiles } from './served-files';

export { deactivate } from './activate';

export function activate(context: vscode.ExtensionContext): SecurityPolicyApi {
  const api = activateOn(
    {
      name: 'node',
      createClient(ctx, options) {
        const serverModule = ctx.asAbsolutePath('dist/server.js');
        const serverOptions: ServerOptions = {
          run: { module: serverModule, transport: TransportKind.ipc },
          debug: {
            module: serverModule,
            transport: TransportKind.ipc,
            options: { execArgv: ['--nolazy', '--inspect=6009'] },
          },
        };
        const client = new LanguageClient('securityPolicy', 'Security Policy', serverOptions, options);
        ctx.subscriptions.push(...serveFiles(client));
        return client;
      },
    },
    context,
  );
  // Only the desktop fetches the deployed security.txt (./deployed.ts).
  const client = async (): Promise<BaseLanguageClient> => {
    await api.ready();
    return api.client!;
  };
  context.subscriptions.push(...registerDeployedCheck(context, client));
  return api;
}
