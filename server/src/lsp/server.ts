/**
 * The language server's composition root: reads what the client supports, builds the workspace model, and wires
 * LSP messages to the capability modules (diagnostics, code actions, assist, commands), which know no transport.
 */
import {
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixText, LineIndex, policyContactsOf, type RuleFailure } from '../index';
import { generateInsightsFrom } from './commands';
import { checkWithAnswers, type ConfigFileRead, type FolderHosts } from './folders';
import {
  CheckWorkspaceRequest,
  GenerateInsightsRequest,
  PolicyContactsRequest,
  SHOW_DOCS_COMMAND,
  StatusNotification,
  DIAGNOSTIC_SOURCE,
} from '../protocol';
import { completions, hover } from './assist';
import { capabilitiesFor, supportOf, type ClientSupport } from './capabilities';
import { codeActions } from './code-actions';
import { checkWorkspace, documentationUrl } from './commands';
import { checkDocument, type DocumentState } from './diagnostics';
import { kindOf } from './documents';
import { ServerWorkspace } from './workspace';

const PUSH_DELAY_MS = 120;

/** The server's state, shared by the handlers below. */
interface Server {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  states: Map<string, DocumentState>;
  support: ClientSupport;
  workspace: ServerWorkspace;
  loggedFailures: Set<string>;
}

/** Serves LSP on `connection`, reading workspace folders through `folders` (the disk on Node, the client on the web). */
export function startServer(connection: Connection, folders: FolderHosts): void {
  const server: Server = {
    connection,
    documents: new TextDocuments(TextDocument),
    states: new Map(),
    support: supportOf({ capabilities: {}, processId: null, rootUri: null }),
    workspace: createWorkspace(connection, folders, false),
    loggedFailures: new Set(),
  };
  connection.onInitialize((params) => {
    server.support = supportOf(params);
    server.workspace = createWorkspace(connection, folders, server.support.configurationRequests);
    server.workspace.setGlobalSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    server.workspace.setFolders(
      params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []),
    );
    return { capabilities: capabilitiesFor(server.support), serverInfo: { name: 'security-policy-language-server' } };
  });
  connection.onInitialized(() => onInitialized(server));
  registerDiagnostics(server);
  registerEditing(server);
  registerWorkspace(server);
  server.documents.listen(connection);
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

function onInitialized(server: Server): void {
  const { connection, support } = server;
  if (support.workspaceFolderEvents) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      server.workspace.changeFolders(event.added, event.removed);
      recheckAll(server);
    });
  }
  if (support.configurationRequests)
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'securityPolicy' });
  server.workspace.loadConfigFiles();
  connection.console.log(
    `Security Policy language server ready (${support.pull ? 'pull' : 'push'} diagnostics${support.name ? `, client ${support.name}` : ''}).`,
  );
}

function stateOf(server: Server, uri: string): DocumentState {
  let state = server.states.get(uri);
  if (!state) {
    state = { cache: new Map() };
    server.states.set(uri, state);
  }
  return state;
}

/** Checks an open document; undefined when a newer version or a cancellation made the result pointless. */
async function diagnose(
  server: Server,
  document: TextDocument,
  isCancelled: () => boolean,
): Promise<Diagnostic[] | undefined> {
  const kind = kindOf(document.uri);
  if (!kind) return [];
  const version = document.version;
  const isStale = (): boolean => isCancelled() || server.documents.get(document.uri)?.version !== version;
  const config = await server.workspace.configFor(document.uri);
  if (isStale()) return undefined;
  try {
    const state = stateOf(server, document.uri);
    const prepared = await server.workspace.environmentFor(document.uri);
    if (isStale()) return undefined;
    const output = await checkWithAnswers(prepared, (env) =>
      checkDocument({ document, kind, config, env, state, isStale }),
    );
    if (!output) return undefined;
    logFailures(server, output.failures);
    void server.connection.sendNotification(StatusNotification, output.status);
    return output.diagnostics;
  } catch (error) {
    server.connection.console.error(
      `Checking ${document.uri} failed: ${error instanceof Error ? error.stack : String(error)}`,
    );
    return [];
  }
}

/** Each failing rule is logged once; the other rules still report. */
function logFailures(server: Server, failures: readonly RuleFailure[]): void {
  for (const failure of failures) {
    if (server.loggedFailures.has(failure.ruleId)) continue;
    server.loggedFailures.add(failure.ruleId);
    const detail = failure.error instanceof Error ? failure.error.stack : String(failure.error);
    server.connection.console.error(
      `Rule ${failure.ruleId} failed and was skipped; the other rules still report. ${detail}`,
    );
  }
}

/** Push mode (clients without pull diagnostics): publish after a short pause in typing, for the latest version only. */
function schedulePush(server: Server, document: TextDocument): void {
  const state = stateOf(server, document.uri);
  clearTimeout(state.pushTimer);
  state.pushTimer = setTimeout(() => {
    void diagnose(server, document, () => false).then((diagnostics) => {
      if (diagnostics)
        void server.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    });
  }, PUSH_DELAY_MS);
}

function recheckAll(server: Server): void {
  if (server.support.pull) {
    if (server.support.refresh) void server.connection.languages.diagnostics.refresh();
    return;
  }
  for (const d of server.documents.all()) if (kindOf(d.uri)) schedulePush(server, d);
}

function registerDiagnostics(server: Server): void {
  const { connection, documents } = server;
  connection.languages.diagnostics.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !kindOf(document.uri)) return { kind: 'full', items: [] };
    const items = await diagnose(server, document, () => token.isCancellationRequested);
    if (!items)
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed while it was checked.', {
        retriggerRequest: true,
      });
    return { kind: 'full', items };
  });
  documents.onDidChangeContent((event) => {
    if (!server.support.pull && kindOf(event.document.uri)) schedulePush(server, event.document);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    clearTimeout(server.states.get(uri)?.pushTimer);
    server.states.delete(uri);
    server.workspace.forgetDocument(uri);
    if (kindOf(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });
}

function registerEditing(server: Server): void {
  const { connection, documents } = server;
  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const kind = document && kindOf(document.uri);
    if (!document || !kind) return [];
    const config = await server.workspace.configFor(document.uri);
    const { env } = await server.workspace.environmentFor(document.uri);
    const last = server.states.get(document.uri)?.last;
    return codeActions({
      document,
      kind,
      context: params.context,
      findings: last?.version === document.version ? last.findings : [],
      fixAll: () => fixText(document.getText(), { kind, config, env }).text,
    });
  });
  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    const kind = document && kindOf(document.uri);
    return document && kind ? completions(document, kind, params.position, params.context?.triggerCharacter) : [];
  });
  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    const kind = document && kindOf(document.uri);
    return document && kind ? hover(document, kind, params.position) : null;
  });
}

function registerWorkspace(server: Server): void {
  const { connection } = server;
  connection.onDidChangeConfiguration((change) => {
    server.workspace.settingsChanged(change.settings);
    recheckAll(server);
  });
  connection.onDidChangeWatchedFiles((change) => {
    const changed = change.changes.map((event) => server.workspace.fileChanged(event.uri));
    if (changed.includes(true)) recheckAll(server);
  });
  connection.onExecuteCommand(async (params) => {
    const url = params.command === SHOW_DOCS_COMMAND ? documentationUrl(params.arguments) : undefined;
    if (!url) return;
    if (server.support.showDocument) await connection.window.showDocument({ uri: url, external: true });
    else connection.console.log(`Documentation: ${url}`);
  });
  connection.onRequest(PolicyContactsRequest, (params) =>
    typeof params?.text === 'string' ? policyContactsOf(params.text) : [],
  );
  connection.onRequest(GenerateInsightsRequest, (params) => generateInsightsFrom(params));
  connection.onRequest(CheckWorkspaceRequest, async () => {
    const result = await checkWorkspace({
      workspace: server.workspace,
      openProblems: (uri) =>
        server.documents.get(uri) ? (server.states.get(uri)?.last?.findings.length ?? 0) : undefined,
      configFor: (uri) => server.workspace.configFor(uri),
      environmentFor: (uri) => server.workspace.environmentFor(uri),
      publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
      log: (message) => connection.console.log(message),
    });
    if (server.support.pull && server.support.refresh) void connection.languages.diagnostics.refresh();
    return result;
  });
}
