/**
 * Every message the server handles is checked once, where it arrives, against the params LSP (and protocol.ts)
 * gives it: a request with ill-typed params is answered with InvalidParams (-32602) naming the bad field, an
 * ill-typed notification is dropped with one line in the client's log. Handlers (ours and vscode-languageserver's,
 * which read `initialize`, `$/cancelRequest` and the text synchronization before any code of ours runs) only ever
 * see params of the declared types. Fields the server does not read are not checked.
 */
import {
  ErrorCodes,
  MessageType,
  type CodeActionParams,
  type CompletionParams,
  type DidChangeTextDocumentParams,
  type DidChangeWatchedFilesParams,
  type DidChangeWorkspaceFoldersParams,
  type DidCloseTextDocumentParams,
  type DidOpenTextDocumentParams,
  type DocumentDiagnosticParams,
  type ExecuteCommandParams,
  type HoverParams,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver';
import type { CheckDeployedParams, GenerateInsightsParams, PolicyContactsParams } from '../protocol';
import type { DiagnosticData } from './diagnostics';
import {
  anything,
  array,
  boolean,
  either,
  integer,
  nothing,
  nullable,
  object,
  oneOf,
  optional,
  string,
  uinteger,
  type Guard,
} from './guards';

const position = object({ line: uinteger, character: uinteger });
const range = object({ start: position, end: position });
const textDocument = object({ uri: string });
const folder = object({ uri: string, name: string });
const anObject = object({});
const diagnostic = object({
  range,
  message: string,
  severity: optional(oneOf(1, 2, 3, 4)),
  code: optional(either(integer, string, 'a number or a string')),
  source: optional(string),
});

/** What a diagnostic of ours carries for its quick fix (DiagnosticData), when it has one. */
export const FIX_DATA = object({
  fix: object({ title: string, safe: boolean, edits: array(object({ range, newText: string })) }),
}) satisfies Guard<Required<DiagnosticData>>;

const initialize = object({
  processId: optional(nullable(integer)),
  rootUri: optional(nullable(string)),
  workspaceFolders: optional(nullable(array(folder))),
  clientInfo: optional(object({ name: string, version: optional(string) })),
  trace: optional(oneOf('off', 'messages', 'verbose')),
  capabilities: object({
    workspace: optional(anObject),
    textDocument: optional(anObject),
    window: optional(anObject),
    general: optional(anObject),
  }),
});

const didOpen = object({
  textDocument: object({ uri: string, languageId: string, version: integer, text: string }),
}) satisfies Guard<DidOpenTextDocumentParams>;
const didChange = object({
  textDocument: object({ uri: string, version: integer }),
  contentChanges: array(object({ text: string, range: optional(range), rangeLength: optional(uinteger) })),
}) satisfies Guard<DidChangeTextDocumentParams>;

const hover = object({ textDocument, position }) satisfies Guard<HoverParams>;
const completion = object({
  textDocument,
  position,
  context: optional(object({ triggerKind: oneOf(1, 2, 3), triggerCharacter: optional(string) })),
}) satisfies Guard<CompletionParams>;
const codeAction = object({
  textDocument,
  range,
  context: object({
    diagnostics: array(diagnostic),
    only: optional(array(string)),
    triggerKind: optional(oneOf(1, 2)),
  }),
}) satisfies Guard<CodeActionParams>;

const answers = object({
  projectName: string,
  repositoryUrl: string,
  maintainer: string,
  contactEmail: optional(string),
  policyUrl: optional(string),
  licenseExpression: string,
  licenseUrl: optional(string),
  status: string,
  today: string,
});

/** The params of every request and notification the server handles, by method. */
export const PARAMS: Readonly<Record<string, Guard<unknown>>> = {
  initialize,
  '$/cancelRequest': object({ id: either(integer, string, 'a number or a string') }),
  '$/setTrace': object({ value: oneOf('off', 'messages', 'verbose') }),
  'textDocument/didOpen': didOpen,
  'textDocument/didChange': didChange,
  'textDocument/didClose': object({ textDocument }) satisfies Guard<DidCloseTextDocumentParams>,
  'textDocument/willSave': object({ textDocument, reason: oneOf(1, 2, 3) }),
  'textDocument/willSaveWaitUntil': object({ textDocument, reason: oneOf(1, 2, 3) }),
  'textDocument/didSave': object({ textDocument, text: optional(string) }),
  'textDocument/hover': hover,
  'textDocument/completion': completion,
  'textDocument/codeAction': codeAction,
  'codeAction/resolve': object({
    title: string,
    data: optional(object({ fixAll: optional(object({ uri: string, version: integer })) })),
  }),
  'textDocument/diagnostic': object({
    textDocument,
    identifier: optional(string),
    previousResultId: optional(string),
  }) satisfies Guard<DocumentDiagnosticParams>,
  'workspace/executeCommand': object({
    command: string,
    arguments: optional(array(anything)),
  }) satisfies Guard<ExecuteCommandParams>,
  'workspace/didChangeConfiguration': object({ settings: anything }),
  'workspace/didChangeWatchedFiles': object({
    changes: array(object({ uri: string, type: oneOf(1, 2, 3) })),
  }) satisfies Guard<DidChangeWatchedFilesParams>,
  'workspace/didChangeWorkspaceFolders': object({
    event: object({ added: array(folder), removed: array(folder) }),
  }) satisfies Guard<DidChangeWorkspaceFoldersParams>,
  'securityPolicy/checkWorkspace': nothing,
  'securityPolicy/policyContacts': object({ text: string }) satisfies Guard<PolicyContactsParams>,
  'securityPolicy/generateInsights': object({ answers }) satisfies Guard<GenerateInsightsParams>,
  'securityPolicy/checkDeployed': object({
    uri: string,
    dryRun: optional(boolean),
  }) satisfies Guard<CheckDeployedParams>,
};

/** What is wrong with a message's params; undefined when they are fine or the method is not one of the table's. */
export function paramsProblem(method: string, params: unknown): string | undefined {
  const guard = Object.hasOwn(PARAMS, method) ? PARAMS[method] : undefined;
  return guard?.(params, '');
}

/**
 * `reader` with every message screened before the connection sees it: requests with ill-typed params are answered
 * through `writer` with InvalidParams, ill-typed notifications are dropped and logged.
 */
export function screenMessages(reader: MessageReader, writer: MessageWriter): MessageReader {
  const admit = (message: Message): boolean => {
    const { id, method, params } = message as { id?: unknown; method?: unknown; params?: unknown };
    if (typeof method !== 'string') return true;
    const problem = paramsProblem(method, params);
    if (!problem) return true;
    if (typeof id === 'number' || typeof id === 'string') {
      const error = { code: ErrorCodes.InvalidParams, message: `${method}: ${problem}.` };
      void writer.write({ jsonrpc: '2.0', id, error } as Message).catch(() => undefined);
    } else if (id === undefined) {
      const log = { type: MessageType.Warning, message: `Ignored ${method}: ${problem}.` };
      void writer.write({ jsonrpc: '2.0', method: 'window/logMessage', params: log } as Message).catch(() => undefined);
    } else return true; // Not a request nor a notification: the connection reports it.
    return false;
  };
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    listen: (callback) =>
      reader.listen((message) => {
        if (admit(message)) callback(message);
      }),
    dispose: () => reader.dispose(),
  };
}
