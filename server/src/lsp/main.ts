/**
 * Entry point of `security-policy-language-server`. The transport comes from the command line: `--stdio` for
 * Neovim, Helix, Emacs and other editors; `--node-ipc` when VS Code starts it; `--socket` and `--pipe`. Every
 * message is screened for ill-typed params (./message-guards.ts). Over stdio, frames are read strictly
 * (./stdio-reader.ts): a broken frame ends the server with exit code 1 and its reason in stderr and the client's
 * log, so the editor starts it again; SECURITY_POLICY_LSP_STALL_MS sets how long an unfinished frame may wait for
 * its next byte (10 s by default). Started as a worker thread, the same file checks documents for the server
 * (./check-worker.ts, ./node-checker.ts).
 */
import { format } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import {
  createConnection,
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { serveChecks } from './check-worker';
import { registerDeployedCheck } from './handle-deployed';
import { screenMessages } from './message-guards';
import { WorkerChecker } from './node-checker';
import { nodeAndClientFolders } from './node-folders';
import { startServer } from './server';
import { DEFAULT_STALL_MS, StrictStreamReader } from './stdio-reader';

if (isMainThread) runServer();
else serveChecks();

function runServer(): void {
  if (process.argv.includes('--version')) {
    process.stdout.write('security-policy-language-server\n');
    process.exit(0);
  }
  const transport = transportOf(process.argv.slice(2));
  if (!transport) {
    process.stderr.write('Usage: security-policy-language-server --stdio\n');
    process.exit(2);
  }
  process.on('uncaughtException', (error) => {
    process.stderr.write(`security-policy-language-server: uncaught ${error.stack ?? String(error)}\n`);
  });
  const [reader, writer] = transport;
  const connection = createConnection(ProposedFeatures.all, screenMessages(reader, writer), writer);
  if (reader instanceof StrictStreamReader) overStdio(connection, reader);
  const checker = new WorkerChecker(__filename, (message) => connection.console.log(message));
  startServer(connection, nodeAndClientFolders(connection), checker, [registerDeployedCheck]);
}

function transportOf(args: readonly string[]): [MessageReader, MessageWriter] | undefined {
  for (let i = 0; i < args.length; i++) {
    const equals = args[i].indexOf('=');
    const name = equals < 0 ? args[i] : args[i].slice(0, equals);
    const value = equals < 0 ? args[i + 1] : args[i].slice(equals + 1);
    if (name === '--stdio')
      return [new StrictStreamReader(process.stdin, stallMs()), new StreamMessageWriter(process.stdout)];
    if (name === '--node-ipc') return [new IPCMessageReader(process), new IPCMessageWriter(process)];
    if (name === '--socket' && Number(value) > 0) return createServerSocketTransport(Number(value));
    if (name === '--pipe' && value) return createServerPipeTransport(value);
  }
  return undefined;
}

function stallMs(): number {
  const value = Number(process.env.SECURITY_POLICY_LSP_STALL_MS);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_STALL_MS;
}

/** stdout carries the protocol: what a dependency prints goes to the client's log, and a broken frame ends the server. */
function overStdio(connection: Connection, reader: StrictStreamReader): void {
  const toLog = (...args: unknown[]): void => connection.console.log(format(...args));
  // eslint-disable-next-line no-console -- replacing, not calling: nothing may print to stdout.
  console.log = console.info = console.debug = toLog;
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  reader.onClose(() => process.exit(shutdown ? 0 : 1));
  reader.onError((error) => {
    const line = `security-policy-language-server: ${error.message} Exiting, so that the editor starts the server again.`;
    process.stderr.write(`${line}\n`);
    connection.console.error(line);
    // Long enough for the log message to be written; stdin is no longer read.
    setTimeout(() => process.exit(1), 100);
  });
}
