/**
 * The language server in the browser (vscode.dev, github.dev): it runs inside the extension host's web worker,
 * next to the client, and talks to it over a MessagePort, because a web extension may not start a worker of its
 * own everywhere (code-server refuses). Files are read through the client, and checks run in this thread, yielding
 * between rules on large documents.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { inThreadChecker } from './checker';
import { screenMessages } from './message-guards';
import { startServer } from './server';
import { webFolders } from './web-folders';

/** Serves LSP on `port` until the client sends `exit`. */
export function startServerOnPort(port: MessagePort): void {
  const writer = new BrowserMessageWriter(port);
  const connection = createConnection(screenMessages(new BrowserMessageReader(port), writer), writer);
  connection.onExit(() => {
    connection.dispose();
    port.close();
  });
  startServer(connection, webFolders(connection), inThreadChecker());
}
