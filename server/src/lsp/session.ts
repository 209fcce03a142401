/**
 * The language server's state, shared by the capability handlers (handle-*.ts), and how a handler gives up on a
 * cancelled request: every request is checked for cancellation when it starts and between its steps, and a
 * cancelled one is answered with RequestCancelled (-32800) and does no further work.
 */
import {
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Checker } from './checker';
import type { ClientSupport } from './capabilities';
import type { DocumentState } from './diagnostics';
import type { ServerWorkspace } from './workspace';

export interface Session {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  states: Map<string, DocumentState>;
  support: ClientSupport;
  workspace: ServerWorkspace;
  /** Where the engine's work runs. */
  checker: Checker;
  loggedFailures: Set<string>;
}

export function stateOf(session: Session, uri: string): DocumentState {
  let state = session.states.get(uri);
  if (!state) {
    state = {};
    session.states.set(uri, state);
  }
  return state;
}

export function requestCancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** Stops the handler of a cancelled request: the client gets RequestCancelled. */
export function stopIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw requestCancelled();
}

/** The answer of a step that gave up (undefined) because the request was cancelled. */
export function unlessCancelled<T>(value: T | undefined): T {
  if (value === undefined) throw requestCancelled();
  return value;
}
