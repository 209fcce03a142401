/**
 * The language server's composition root: reads what the client supports, builds the workspace model, and wires
 * LSP messages to the capability handlers (handle-diagnostics.ts, handle-editing.ts, handle-workspace.ts), which
 * share the Session (session.ts) and leave the engine's work to a Checker: worker threads on Node, this thread in
 * the browser. Params reach the handlers checked (message-guards.ts, applied by the entry points).
 */
import {
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  TextDocuments,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../index';
import { DIAGNOSTIC_SOURCE } from '../protocol';
import { capabilitiesFor, supportOf } from './capabilities';
import type { Checker } from './checker';
import type { ConfigFileRead, FolderHosts } from './folders';
import { recheckAll, registerDiagnostics } from './handle-diagnostics';
import { registerEditing } from './handle-editing';
import { registerWorkspace } from './handle-workspace';
import type { Session } from './session';
import { ServerWorkspace } from './workspace';

/**
 * Serves LSP on `connection`, reading workspace folders through `folders` (the disk on Node, the client on the web)
 * and running checks with `checker`; `more` registers what only one host serves (the Node server's deployed check).
 */
export function startServer(
  connection: Connection,
  folders: FolderHosts,
  checker: Checker,
  more: ReadonlyArray<(session: Session) => void> = [],
): void {
  const session: Session = {
    connection,
    documents: new TextDocuments(TextDocument),
    states: new Map(),
    support: supportOf({ capabilities: {}, processId: null, rootUri: null }),
    workspace: createWorkspace(connection, folders, false),
    checker,
    loggedFailures: new Set(),
  };
  connection.onInitialize((params) => {
    session.support = supportOf(params);
    session.workspace = createWorkspace(connection, folders, session.support.configurationRequests);
    session.workspace.setGlobalSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    session.workspace.setFolders(
      params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []),
    );
    return { capabilities: capabilitiesFor(session.support), serverInfo: { name: 'security-policy-language-server' } };
  });
  connection.onInitialized(() => onInitialized(session));
  registerDiagnostics(session);
  registerEditing(session);
  registerWorkspace(session);
  for (const register of more) register(session);
  session.documents.listen(connection);
  connection.listen();
}

function createWorkspace(
  connection: Connection,
  folders: FolderHosts,
  configurationRequests: boolean,
): ServerWorkspace {
  return new ServerWorkspace(
    folders,
    {
      requestSettings: (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'securityPolicy' }),
      configRead: (uri, file, error) => publishConfigProblems(connection, uri, file, error),
    },
    configurationRequests,
  );
}

/** A broken `.security-policy.json` is shown at its place; the defaults apply meanwhile. */
function publishConfigProblems(
  connection: Connection,
  uri: string,
  file: ConfigFileRead | undefined,
  error?: unknown,
): void {
  if (!file) {
    connection.console.error(`Could not read ${uri}: ${String(error)}`);
    return;
  }
  const lines = new LineIndex(file.text);
  const diagnostics: Diagnostic[] = file.parsed.problems.map((p) => ({
    range: { start: lines.positionAt(p.start), end: lines.positionAt(p.end) },
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    message: `${p.message} Defaults apply until this is fixed.`,
  }));
  void connection.sendDiagnostics({ uri, diagnostics });
}

function onInitialized(session: Session): void {
  const { connection, support } = session;
  if (support.workspaceFolderEvents) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      session.workspace.changeFolders(event.added, event.removed);
      recheckAll(session);
    });
  }
  if (support.configurationRequests)
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'securityPolicy' });
  session.workspace.loadConfigFiles();
  connection.console.log(
    `Security Policy language server ready (${support.pull ? 'pull' : 'push'} diagnostics${support.name ? `, client ${support.name}` : ''}).`,
  );
}
