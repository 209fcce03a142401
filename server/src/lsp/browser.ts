/**
 * The language server in the browser (vscode.dev, github.dev): it runs inside the extension host's web worker,
 * next to the client, and talks to it over a MessagePort, because a web extension may not start a worker of its
 * own everywhere (code-server refuses). Files are read through the client.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server';
import { webFolders } from './web-folders';

/** Serves LSP on `port` until the client sends `exit`. */
export function startServerOnPort(port: MessagePort): void {
  const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
  connection.onExit(() => {
    connection.dispose();
    port.close();
  });
  startServer(connection, webFolders(connection));
}
