/**
 * A real LSP client for tests: spawns the bundled server and speaks JSON-RPC to it over stdio, or, with `port`,
 * speaks to the browser build of the server over a MessagePort as the web extension does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';
import type {
  CodeAction,
  Diagnostic,
  DocumentDiagnosticReport,
  TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageserver-protocol/browser';

export interface ClientOptions {
  pull: boolean;
  rootPath?: string;
  /** The workspace folder's URI when it is not a path on disk (a web file system). */
  rootUri?: string;
  settings?: () => unknown;
  /** Speak to a server on the other end of this port instead of spawning one. */
  port?: MessagePort;
  /** More workspace folders (paths) after the root's: a multi-root workspace. */
  moreFolders?: string[];
  /** Say, as VS Code does, that a code action's edit may be filled in when it is chosen (codeAction/resolve). */
  resolvesCodeActions?: boolean;
  /** The interface language the client says it shows (`locale` in initialize), as VS Code does. */
  locale?: string;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess | undefined;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly statuses: Array<{ uri: string; durationMs: number; profile: string }> = [];
  refreshes = 0;
  private listeners: Array<() => void> = [];
  private versions = new Map<string, number>();

  constructor(private readonly options: ClientOptions) {
    if (options.port) {
      this.process = undefined;
      this.connection = createProtocolConnection(
        new BrowserMessageReader(options.port),
        new BrowserMessageWriter(options.port),
      );
    } else {
      this.process = spawn(
        process.execPath,
        [
          ...(process.env.SERVER_NODE_ARGS ? process.env.SERVER_NODE_ARGS.split(' ') : []),
          join(__dirname, '..', 'dist', 'server.js'),
          '--stdio',
        ],
        { stdio: ['pipe', 'pipe', 'pipe'] },
      );
      this.connection = createProtocolConnection(
        new StreamMessageReader(this.process.stdout!),
        new StreamMessageWriter(this.process.stdin!),
      );
    }
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.notify();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.notify();
    });
    this.connection.onNotification(
      'securityPolicy/status',
      (p: { uri: string; durationMs: number; profile: string }) => {
        this.statuses.push(p);
        this.notify();
      },
    );
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) =>
      p.items.map(() => this.options.settings?.() ?? {}),
    );
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.notify();
      return null;
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showDocument', () => ({ success: true }));
    this.connection.listen();
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }

  /** Resolves when `predicate` holds, re-checked after every message from the server. */
  waitFor<T>(predicate: () => T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const value = predicate();
        if (value) {
          cleanup();
          resolve(value);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out waiting for ${what}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
      };
      const listener = (): void => void check();
      this.listeners.push(listener);
      check();
    });
  }

  async initialize(): Promise<void> {
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        diagnostics: { refreshSupport: true },
        didChangeConfiguration: { dynamicRegistration: true },
      },
      window: { showDocument: { support: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          ...(this.options.resolvesCodeActions ? { resolveSupport: { properties: ['edit'] } } : {}),
        },
        completion: { completionItem: { snippetSupport: true } },
        ...(this.options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
    };
    const rootUri =
      this.options.rootUri ?? (this.options.rootPath ? pathToFileURL(this.options.rootPath).toString() : null);
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      capabilities,
      clientInfo: { name: 'security-policy-tests' },
      ...(this.options.locale ? { locale: this.options.locale } : {}),
      workspaceFolders: rootUri
        ? [
            { uri: rootUri, name: 'test' },
            ...(this.options.moreFolders ?? []).map((path) => ({ uri: pathToFileURL(path).toString(), name: path })),
          ]
        : null,
    });
    await this.connection.sendNotification('initialized', {});
  }

  open(uri: string, text: string, languageId = 'markdown'): void {
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  change(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    const child = this.process;
    // Let the server exit by itself (so --cpu-prof and similar can write their files); kill it if it does not.
    if (child && child.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 2000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    this.connection.dispose();
    child?.kill();
    this.options.port?.close();
  }
}

/**
 * Runs `use` with a started client, as every LSP test does: creates the client, lets `handlers` register request
 * handlers (a web folder's file requests) before `initialize()`, initializes, and always stops the client, which
 * also closes `port` if one was given.
 */
export async function withClient<T>(
  options: ClientOptions & { handlers?: (client: TestClient) => void },
  use: (client: TestClient) => Promise<T>,
): Promise<T> {
  const { handlers, ...clientOptions } = options;
  const client = new TestClient(clientOptions);
  try {
    handlers?.(client);
    await client.initialize();
    return await use(client);
  } finally {
    await client.stop();
  }
}

export function tempFolder(): string {
  return tempDir('security-policy-lsp-');
}

export async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = await client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', {
    textDocument: { uri },
  });
  assert.equal(report.kind, 'full');
  return report.kind === 'full' ? report.items : [];
}

/** The text after applying a code action's edits (which are against one document). */
export function applyAction(text: string, action: CodeAction): string {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  const doc = TextDocument.create('x', 'markdown', 1, text);
  return TextDocument.applyEdits(doc, change.edits);
}

export async function actionsFor(
  client: TestClient,
  uri: string,
  diagnostics: Diagnostic[],
  only?: string[],
): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics, only },
  });
}

/**
 * A long policy that takes seconds to check (a real 7 KB policy repeated to 1.5 MB, below the 4 MB a security file
 * may have): what keeps a check busy in the tests of responsiveness and cancellation.
 */
export function slowPolicy(): string {
  const seed = readFileSync(join(__dirname, 'fixtures', 'seeds', '001_857ed500d181d40a.txt'), 'utf8');
  return seed.repeat(Math.ceil(1_500_000 / seed.length));
}
