/**
 * The desktop entry (`main`): the language server runs in a Node process of its own, over IPC. It reads files on
 * disk itself and asks this client for the files of virtual workspaces (./served-files.ts).
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateOn, type SecurityPolicyApi } from './activate';
import { serveFiles } from './served-files';

export { deactivate } from './activate';

export function activate(context: vscode.ExtensionContext): SecurityPolicyApi {
  return activateOn(
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
}
