/**
 * Workspace messages: settings, watched files and folders changed (open documents are checked again), commands,
 * and the extension's own requests (a policy's contacts, a new security-insights.yml, check every security file).
 */
import type { CancellationToken } from 'vscode-languageserver';
import {
  CheckWorkspaceRequest,
  GenerateInsightsRequest,
  PolicyContactsRequest,
  SHOW_DOCS_COMMAND,
  type CheckWorkspaceResult,
} from '../protocol';
import { checkWorkspace, documentationUrl, generateInsightsFrom } from './commands';
import { recheckAll } from './handle-diagnostics';
import { stopIfCancelled, unlessCancelled, type Session } from './session';

export function registerWorkspace(session: Session): void {
  const { connection } = session;
  connection.onDidChangeConfiguration((change) => {
    session.workspace.settingsChanged(change.settings);
    recheckAll(session);
  });
  connection.onDidChangeWatchedFiles((change) => {
    const changed = change.changes.map((event) => session.workspace.fileChanged(event.uri));
    if (changed.includes(true)) recheckAll(session);
  });
  connection.onExecuteCommand(async (params, token) => {
    stopIfCancelled(token);
    const url = params.command === SHOW_DOCS_COMMAND ? documentationUrl(params.arguments) : undefined;
    if (!url) return;
    if (session.support.showDocument) await connection.window.showDocument({ uri: url, external: true });
    else connection.console.log(`Documentation: ${url}`);
  });
  connection.onRequest(PolicyContactsRequest, async (params, token) => {
    stopIfCancelled(token);
    return unlessCancelled(await session.checker.policyContacts(params.text, () => token.isCancellationRequested));
  });
  connection.onRequest(GenerateInsightsRequest, (params, token) => {
    stopIfCancelled(token);
    return generateInsightsFrom(params);
  });
  connection.onRequest(CheckWorkspaceRequest, (token) => checkAll(session, token));
}

async function checkAll(session: Session, token: CancellationToken): Promise<CheckWorkspaceResult> {
  stopIfCancelled(token);
  const { connection, workspace } = session;
  const isCancelled = (): boolean => token.isCancellationRequested;
  const result = await checkWorkspace({
    workspace,
    openProblems: (uri) =>
      session.documents.get(uri) ? (session.states.get(uri)?.last?.findings.length ?? 0) : undefined,
    configFor: (uri) => workspace.configFor(uri),
    environmentFor: (uri) => workspace.environmentFor(uri),
    check: (request) => session.checker.check(request, isCancelled),
    isCancelled,
    publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
    log: (message) => connection.console.log(message),
  });
  const done = unlessCancelled(result);
  if (session.support.pull && session.support.refresh) void connection.languages.diagnostics.refresh();
  return done;
}
