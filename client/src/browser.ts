/**
 * The web entry (`browser`: vscode.dev, github.dev): the language server runs in this same web worker, on the
 * other end of a MessageChannel, and reads files through ./served-files.ts. No Node.js API is used.
 */
import type * as vscode from 'vscode';
import {
  BaseLanguageClient,
  BrowserMessageReader,
  BrowserMessageWriter,
  type LanguageClientOptions,
  type MessageTransports,
} from 'vscode-languageclient/browser';
import { startServerOnPort } from '../../server/src/lsp/browser';
import { activateOn, type SecurityPolicyApi } from './activate';
import { serveFiles } from './served-files';

export { deactivate } from './activate';

/** A client whose server is started in-process on each (re)start, over a fresh channel. */
class InWorkerLanguageClient extends BaseLanguageClient {
  constructor(options: LanguageClientOptions) {
    super('securityPolicy', 'Security Policy', options);
  }

  protected createMessageTransports(): Promise<MessageTransports> {
    const channel = new MessageChannel();
    startServerOnPort(channel.port2);
    return Promise.resolve({
      reader: new BrowserMessageReader(channel.port1),
      writer: new BrowserMessageWriter(channel.port1),
    });
  }
}

export function activate(context: vscode.ExtensionContext): SecurityPolicyApi {
  return activateOn(
    {
      name: 'web',
      createClient(ctx, options) {
        const client = new InWorkerLanguageClient(options);
        ctx.subscriptions.push(...serveFiles(client));
        return client;
      },
    },
    context,
  );
}
