/**
 * Requests about a place in an open document: code actions, completion and hover. The Checker computes them (they
 * may parse the document, and code actions may fix it all), so a costly document delays only its own answers.
 */
import type { Position } from 'vscode-languageserver';
import type { AssistRequest } from './checker';
import { kindOf } from './documents';
import { stopIfCancelled, unlessCancelled, type Session } from './session';

export function registerEditing(session: Session): void {
  const { connection, documents } = session;
  connection.onCodeAction(async (params, token) => {
    stopIfCancelled(token);
    const document = documents.get(params.textDocument.uri);
    const kind = document && kindOf(document.uri);
    if (!document || !kind) return [];
    const config = await session.workspace.configFor(document.uri);
    stopIfCancelled(token);
    const { env } = await session.workspace.environmentFor(document.uri);
    stopIfCancelled(token);
    const last = session.states.get(document.uri)?.last;
    const request = {
      uri: document.uri,
      version: document.version,
      text: document.getText(),
      kind,
      config,
      env,
      context: params.context,
      findings: last?.version === document.version ? last.findings : [],
    };
    return unlessCancelled(await session.checker.codeActions(request, () => token.isCancellationRequested));
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

/** What completion and hover need of an open security file; undefined for other documents. */
function assistRequest(session: Session, uri: string, position: Position): AssistRequest | undefined {
  const document = session.documents.get(uri);
  const kind = document && kindOf(document.uri);
  if (!document || !kind) return undefined;
  return { uri, version: document.version, text: document.getText(), kind, position };
}
