/**
 * Diagnostics of open documents: pulled by the client (textDocument/diagnostic) or pushed after a pause in typing
 * for clients without pull, always for the latest version; cleared when a document closes.
 */
import { DiagnosticSeverity, LSPErrorCodes, ResponseError, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LIMITS_RULE_ID, tooLargeForEditor } from '../core/limits';
import { docsUrl, type RuleFailure } from '../index';
import { DIAGNOSTIC_SOURCE, StatusNotification } from '../protocol';
import { checkDocument } from './diagnostics';
import { kindOf } from './documents';
import { checkWithAnswers } from './folders';
import { requestCancelled, stateOf, stopIfCancelled, type Session } from './session';

const PUSH_DELAY_MS = 120;

/** Checks an open document; undefined when a newer version or a cancellation made the result pointless. */
async function diagnose(
  session: Session,
  document: TextDocument,
  isCancelled: () => boolean,
): Promise<Diagnostic[] | undefined> {
  const kind = kindOf(document.uri);
  if (!kind) return [];
  const tooLarge = tooLargeForEditor(document.getText());
  if (tooLarge) return [notCheckedDiagnostic(tooLarge)];
  const version = document.version;
  const isStale = (): boolean => isCancelled() || session.documents.get(document.uri)?.version !== version;
  const config = await session.workspace.configFor(document.uri);
  if (isStale()) return undefined;
  try {
    const state = stateOf(session, document.uri);
    const prepared = await session.workspace.environmentFor(document.uri);
    if (isStale()) return undefined;
    const checker = session.checker;
    const output = await checkWithAnswers(prepared, (env) =>
      checkDocument({ document, kind, config, env, state, checker, isStale, locale: session.support.locale }),
    );
    if (!output) return undefined;
    logFailures(session, output.failures);
    void session.connection.sendNotification(StatusNotification, output.status);
    return output.diagnostics;
  } catch (error) {
    session.connection.console.error(
      `Checking ${document.uri} failed: ${error instanceof Error ? error.stack : String(error)}`,
    );
    const reason = error instanceof Error ? error.message : String(error);
    return [notCheckedDiagnostic(`This file could not be checked: ${reason} Other files are still checked.`)];
  }
}

/** Said at the top of a document too large to check in the editor; nothing else is said of it. */
function notCheckedDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: LIMITS_RULE_ID,
    codeDescription: { href: docsUrl(LIMITS_RULE_ID) },
    message,
  };
}

/** Each failing rule is logged once; the other rules still report. */
function logFailures(session: Session, failures: readonly RuleFailure[]): void {
  for (const failure of failures) {
    if (session.loggedFailures.has(failure.ruleId)) continue;
    session.loggedFailures.add(failure.ruleId);
    const detail = failure.error instanceof Error ? failure.error.stack : String(failure.error);
    session.connection.console.error(
      `Rule ${failure.ruleId} failed and was skipped; the other rules still report. ${detail}`,
    );
  }
}

/** Push mode (clients without pull diagnostics): publish after a short pause in typing, for the latest version only. */
function schedulePush(session: Session, document: TextDocument): void {
  const state = stateOf(session, document.uri);
  clearTimeout(state.pushTimer);
  state.pushTimer = setTimeout(() => {
    void diagnose(session, document, () => false).then((diagnostics) => {
      if (diagnostics)
        void session.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    });
  }, PUSH_DELAY_MS);
}

/** Settings, configuration files or workspace files changed: every open document is checked again. */
export function recheckAll(session: Session): void {
  if (session.support.pull) {
    if (session.support.refresh) void session.connection.languages.diagnostics.refresh();
    return;
  }
  for (const d of session.documents.all()) if (kindOf(d.uri)) schedulePush(session, d);
}

export function registerDiagnostics(session: Session): void {
  const { connection, documents } = session;
  connection.languages.diagnostics.on(async (params, token) => {
    stopIfCancelled(token);
    const document = documents.get(params.textDocument.uri);
    if (!document || !kindOf(document.uri)) return { kind: 'full', items: [] };
    const items = await diagnose(session, document, () => token.isCancellationRequested);
    if (items) return { kind: 'full', items };
    if (token.isCancellationRequested) throw requestCancelled();
    throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed while it was checked.', {
      retriggerRequest: true,
    });
  });
  documents.onDidChangeContent((event) => {
    if (!session.support.pull && kindOf(event.document.uri)) schedulePush(session, event.document);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    clearTimeout(session.states.get(uri)?.pushTimer);
    session.states.delete(uri);
    session.checker.forget(uri);
    session.workspace.forgetDocument(uri);
    if (kindOf(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });
}
