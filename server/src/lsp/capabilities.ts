/** What the client can do, read at initialize, and what the server offers it in return. */
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { FIX_ALL_KIND, SHOW_DOCS_COMMAND } from '../protocol';
import { completionTriggers } from './assist';

/** What the client can do, read once at initialize. */
export interface ClientSupport {
  pull: boolean;
  configurationRequests: boolean;
  refresh: boolean;
  showDocument: boolean;
  workspaceFolderEvents: boolean;
  /** The client asks for a code action's edit when it is chosen. */
  resolvesCodeActionEdits: boolean;
  name: string;
  /** The language of the client's interface ("de", "pt-br"): diagnostics speak it where a message has it. */
  locale: string | undefined;
}

export function supportOf(params: InitializeParams): ClientSupport {
  const caps = params.capabilities;
  return {
    pull: caps.textDocument?.diagnostic !== undefined,
    configurationRequests: caps.workspace?.configuration === true,
    refresh: caps.workspace?.diagnostics?.refreshSupport === true,
    showDocument: caps.window?.showDocument?.support === true,
    workspaceFolderEvents: caps.workspace?.workspaceFolders === true,
    resolvesCodeActionEdits: caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit') === true,
    name: params.clientInfo?.name ?? '',
    locale: typeof params.locale === 'string' ? params.locale : undefined,
  };
}

export function capabilitiesFor(support: ClientSupport): InitializeResult['capabilities'] {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    diagnosticProvider: support.pull ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND],
      resolveProvider: support.resolvesCodeActionEdits,
    },
    completionProvider: { triggerCharacters: completionTriggers() },
    hoverProvider: true,
    executeCommandProvider: { commands: [SHOW_DOCS_COMMAND] },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
