/**
 * Requests about a place in an open document: code actions, completion and hover. The Checker computes them (they
 * may parse the document, and code actions may fix it all), so a costly document delays only its own answers.
 */
import type { CancellationToken, CodeActionContext, Position } from 'vscode-languageserver';
import { tooLargeForEditor } from '../core/limits';
import { FIX_ALL_KIND } from '../protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileKind } from '../index';
import type { ActionsRequest, AssistRequest } from './checker';
import type { FixAllData } from './code-actions';
import { kindOf } from './documents';
import { stopIfCancelled, unlessCancelled, type Session } from './session';

export function registerEditing(session: Session): void {
  const { connection } = session;
  connection.onCodeAction(async (params, token) => {
    stopIfCancelled(token);
    const request = await actionsRequest(session, params.textDocument.uri, params.context, token);
    if (!request) return [];
    return unlessCancelled(await session.checker.codeActions(request, () => token.isCancellationRequested));
  });
  connection.onCodeActionResolve(async (action, token) => {
    stopIfCancelled(token);
    const { fixAll } = (action.data ?? {}) as Partial<FixAllData>;
    if (!fixAll || action.edit) return action;
    // Fixed as the document is now: its version may have moved on since the light bulb offered the action.
    const context = { diagnostics: [], only: [FIX_ALL_KIND] };
    const request = await actionsRequest(session, fixAll.uri, context, token);
    if (!request) return action;
    const computed = unlessCancelled(await session.checker.codeActions(request, () => token.isCancellationRequested));
    return { ...action, edit: computed.find((a) => a.kind === FIX_ALL_KIND)?.edit ?? { changes: {} } };
  });
  connection.onCompletion(async (params, token) => {
    stopIfCancelled(token);
    const request = assistRequest(session, params.textDocument.uri, params.position);
    if (!request) return [];
    const trigger = params.context?.triggerCharacter;
    return unlessCancelled(
      await session.checker.completions({ ...request, trigger }, () => token.isCancellationRequested),
    );
  });
  connection.onHover(async (params, token) => {
    stopIfCancelled(token);
    const request = assistRequest(session, params.textDocument.uri, params.position);
    if (!request) return null;
    return unlessCancelled(await session.checker.hover(request, () => token.isCancellationRequested));
  });
}

/** What code actions need of an open security file; undefined for other documents and those too large to check. */
async function actionsRequest(
  session: Session,
  uri: string,
  context: CodeActionContext,
  token: CancellationToken,
): Promise<ActionsRequest | undefined> {
  const open = checkedDocument(session, uri);
  if (!open) return undefined;
  const { document, kind } = open;
  const config = await session.workspace.configFor(document.uri);
  stopIfCancelled(token);
  const { env } = await session.workspace.environmentFor(document.uri);
  stopIfCancelled(token);
  const last = session.states.get(document.uri)?.last;
  return {
    uri: document.uri,
    version: document.version,
    text: document.getText(),
    kind,
    config,
    env,
    context,
    findings: last?.version === document.version ? last.findings : [],
    resolvesEdits: session.support.resolvesCodeActionEdits,
    locale: session.support.locale,
  };
}

/** What completion and hover need of an open security file; undefined for other documents. */
function assistRequest(session: Session, uri: string, position: Position): AssistRequest | undefined {
  const open = checkedDocument(session, uri);
  return open && { uri, version: open.document.version, text: open.document.getText(), kind: open.kind, position };
}

/** An open security file the editor checks, with its kind; undefined for other documents and those too large. */
function checkedDocument(session: Session, uri: string): { document: TextDocument; kind: FileKind } | undefined {
  const document = session.documents.get(uri);
  const kind = document && kindOf(document.uri);
  return document && kind && !tooLargeForEditor(document.getText()) ? { document, kind } : undefined;
}
