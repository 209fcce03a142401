/**
 * The language server: documents, pull and push diagnostics, code actions (fixes, fix all, disable, docs,
 * source.fixAll), completion of sections, configuration from settings and `.security-policy.json`.
 */
import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  InsertTextFormat,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CompletionItem,
  type Hover,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit as LspTextEdit,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  checkText,
  checkTextAsync,
  disableFileEdit,
  disableLineEdit,
  parseDocument,
  CONFIG_FILE_NAME,
  configFromSettings,
  DEFAULT_CONFIG,
  docsUrl,
  editsOverlap,
  fileKindOf,
  fixText,
  knownRuleIds,
  LineIndex,
  mergeConfigs,
  parseConfigFile,
  policyContactsOf,
  type ChunkCache,
  type Config,
  type Environment,
  type FileKind,
  type Finding,
  type ParsedConfigFile,
  type Severity,
  type TextEdit,
} from '../index';
import { readTextFile, toPosix, walkSecurityFiles, workspacePolicyContacts } from '../node/files';
import { sectionCompletions } from './completion';
import { FIELD_INFO, fieldDocumentation, fieldInfo, valueProposals } from './securitytxt-assist';

export const SOURCE = 'security-policy';
export const FIX_ALL_KIND = 'source.fixAll.securityPolicy';
export const SHOW_DOCS_COMMAND = 'securityPolicy.showDocumentation';
export const CHECK_WORKSPACE_REQUEST = 'securityPolicy/checkWorkspace';
/** The contacts a SECURITY.md text names, as security.txt Contact values (for the security.txt wizard). */
export const POLICY_CONTACTS_REQUEST = 'securityPolicy/policyContacts';
/** Large documents are checked with pauses between rules so newer edits can cancel the run. */
const YIELD_THRESHOLD = 64 * 1024;
const PUSH_DELAY_MS = 120;

interface DiagnosticData {
  fix?: { title: string; edits: LspTextEdit[]; safe: boolean };
}

interface DocumentState {
  cache: ChunkCache;
  pushTimer?: NodeJS.Timeout;
  /** Findings of the last completed run, with the version they belong to. */
  last?: { version: number; findings: Finding[]; config: Config };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  const settingsCache = new Map<string, Promise<unknown>>();
  const configFiles = new Map<string, ParsedConfigFile | undefined>();
  const workspaceFiles = new Map<string, string[]>();
  /** Contacts of each folder's SECURITY.md, read from disk once, dropped with workspaceFiles on file events. */
  const policyContacts = new Map<string, string[] | undefined>();
  const loggedFailures = new Set<string>();
  let folders: WorkspaceFolder[] = [];
  let pullDiagnostics = false;
  let configurationRequests = false;
  let refreshSupport = false;
  let showDocumentSupport = false;
  let globalSettings: unknown;
  let clientName = '';
  let workspaceFolderEvents = false;

  const stateOf = (uri: string): DocumentState => {
    let s = states.get(uri);
    if (!s) {
      s = { cache: new Map() };
      states.set(uri, s);
    }
    return s;
  };

  const kindOf = (uri: string): FileKind | undefined => {
    try {
      return fileKindOf(decodeURIComponent(new URL(uri).pathname));
    } catch {
      return undefined;
    }
  };

  const filePath = (uri: string): string | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  };

  const folderOf = (uri: string): string | undefined => {
    const path = filePath(uri);
    if (!path) return undefined;
    let best: string | undefined;
    for (const f of folders) {
      const root = filePath(f.uri);
      if (root && (path === root || path.startsWith(root.endsWith('/') ? root : `${root}/`)) && (!best || root.length > best.length)) best = root;
    }
    return best;
  };

  const loadConfigFile = (folder: string): ParsedConfigFile | undefined => {
    if (configFiles.has(folder)) return configFiles.get(folder);
    const path = join(folder, CONFIG_FILE_NAME);
    let parsed: ParsedConfigFile | undefined;
    if (existsSync(path)) {
      try {
        const text = readFileSync(path, 'utf8');
        parsed = parseConfigFile(text, knownRuleIds);
        const lines = new LineIndex(text);
        void connection.sendDiagnostics({
          uri: pathToFileURL(path).toString(),
          diagnostics: parsed.problems.map((p) => ({
            range: { start: lines.positionAt(p.start), end: lines.positionAt(p.end) },
            severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            source: SOURCE,
            message: `${p.message} Defaults apply until this is fixed.`,
          })),
        });
      } catch (error) {
        connection.console.error(`Could not read ${path}: ${String(error)}`);
      }
    }
    configFiles.set(folder, parsed);
    return parsed;
  };

  const settingsFor = (uri: string): Promise<unknown> => {
    if (!configurationRequests) {
      return Promise.resolve((globalSettings as { securityPolicy?: unknown } | undefined)?.securityPolicy);
    }
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = connection.workspace.getConfiguration({ scopeUri: uri, section: 'securityPolicy' }).catch(() => undefined);
      settingsCache.set(uri, pending);
    }
    return pending;
  };

  const configFor = async (uri: string): Promise<Config> => {
    const folder = folderOf(uri);
    const fromFile = folder ? loadConfigFile(folder)?.config : undefined;
    return mergeConfigs(DEFAULT_CONFIG, fromFile, configFromSettings(await settingsFor(uri), knownRuleIds));
  };

  const contactsOf = (folder: string, files: readonly string[]): string[] | undefined => {
    if (!policyContacts.has(folder)) policyContacts.set(folder, workspacePolicyContacts(folder, files));
    return policyContacts.get(folder);
  };

  const environmentFor = (uri: string): Environment => {
    const now = new Date();
    const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
    const path = filePath(uri);
    const folder = folderOf(uri);
    if (!path) return { today };
    let files: string[] | undefined;
    if (folder) {
      files = workspaceFiles.get(folder);
      if (!files) {
        files = walkSecurityFiles(folder);
        workspaceFiles.set(folder, files);
      }
    }
    return {
      today,
      relativePath: folder ? toPosix(relative(folder, path)) : undefined,
      workspaceFiles: files,
      policyContacts: folder && files && fileKindOf(path) === 'txt' ? contactsOf(folder, files) : undefined,
      fileExists: (target) => existsSync(target.startsWith('/') && folder ? join(folder, target) : resolve(dirname(path), target)),
    };
  };

  /** Checks the current text of a document; undefined when a newer version made the run pointless. */
  const computeDiagnostics = async (document: TextDocument, isCancelled: () => boolean): Promise<Diagnostic[] | undefined> => {
    const kind = kindOf(document.uri);
    if (!kind) return [];
    const state = stateOf(document.uri);
    const version = document.version;
    const text = document.getText();
    const config = await configFor(document.uri);
    const stale = (): boolean => isCancelled() || documents.get(document.uri)?.version !== version;
    if (stale()) return undefined;
    let result;
    const started = performance.now();
    try {
      result = await checkTextAsync(text, {
        kind,
        config,
        env: environmentFor(document.uri),
        cache: state.cache,
        isCancelled: stale,
        yieldControl: text.length >= YIELD_THRESHOLD ? () => new Promise((r) => setImmediate(r)) : () => Promise.resolve(),
      });
    } catch (error) {
      connection.console.error(`Checking ${document.uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return [];
    }
    if (!result || stale()) return undefined;
    for (const failure of result.failures) {
      if (loggedFailures.has(failure.ruleId)) continue;
      loggedFailures.add(failure.ruleId);
      const detail = failure.error instanceof Error ? failure.error.stack : String(failure.error);
      connection.console.error(`Rule ${failure.ruleId} failed and was skipped; the other rules still report. ${detail}`);
    }
    state.last = { version, findings: result.findings, config };
    void connection.sendNotification('securityPolicy/status', {
      uri: document.uri,
      profile: config.profile,
      checkedAt: new Date().toISOString(),
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      problems: result.findings.length,
    });
    return result.findings.map((f) => toDiagnostic(document, f));
  };

  const pushDiagnostics = (document: TextDocument): void => {
    const state = stateOf(document.uri);
    clearTimeout(state.pushTimer);
    state.pushTimer = setTimeout(() => {
      void computeDiagnostics(document, () => false).then((diagnostics) => {
        if (diagnostics) void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
      });
    }, PUSH_DELAY_MS);
  };

  const recheckAll = (): void => {
    if (pullDiagnostics) {
      if (refreshSupport) void connection.languages.diagnostics.refresh();
      return;
    }
    for (const d of documents.all()) if (kindOf(d.uri)) pushDiagnostics(d);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    clientName = params.clientInfo?.name ?? '';
    pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    configurationRequests = caps.workspace?.configuration === true;
    refreshSupport = caps.workspace?.diagnostics?.refreshSupport === true;
    showDocumentSupport = caps.window?.showDocument?.support === true;
    workspaceFolderEvents = caps.workspace?.workspaceFolders === true;
    globalSettings = params.initializationOptions?.settings;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        diagnosticProvider: pullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: ['#', ':', ' '] },
        hoverProvider: true,
        executeCommandProvider: { commands: [SHOW_DOCS_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'security-policy-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (workspaceFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        folders = folders.filter((f) => !event.removed.some((r) => r.uri === f.uri)).concat(event.added);
        workspaceFiles.clear();
        policyContacts.clear();
        recheckAll();
      });
    }
    if (configurationRequests) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'securityPolicy' });
    connection.console.log(`Security Policy language server ready (${pullDiagnostics ? 'pull' : 'push'} diagnostics${clientName ? `, client ${clientName}` : ''}).`);
    for (const f of folders) {
      const root = filePath(f.uri);
      if (root) loadConfigFile(root);
    }
  });


  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    if (!configurationRequests) globalSettings = change.settings;
    recheckAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    let changed = false;
    for (const event of change.changes) {
      const path = filePath(event.uri);
      if (!path) continue;
      if (path.endsWith(CONFIG_FILE_NAME)) {
        configFiles.delete(dirname(path));
        changed = true;
      } else if (fileKindOf(path)) {
        workspaceFiles.clear();
        policyContacts.clear();
        changed = true;
      }
    }
    if (changed) {
      for (const f of folders) {
        const root = filePath(f.uri);
        if (root) loadConfigFile(root);
      }
      recheckAll();
    }
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !kindOf(document.uri)) return { kind: 'full', items: [] };
    const items = await computeDiagnostics(document, () => token.isCancellationRequested);
    if (!items) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed while it was checked.', { retriggerRequest: true });
    return { kind: 'full', items };
  });

  documents.onDidChangeContent((event) => {
    if (!pullDiagnostics && kindOf(event.document.uri)) pushDiagnostics(event.document);
  });

  documents.onDidClose((event) => {
    const state = states.get(event.document.uri);
    if (state) clearTimeout(state.pushTimer);
    states.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    if (kindOf(event.document.uri)) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !kindOf(document.uri)) return [];
    const only = params.context.only;
    const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const actions: CodeAction[] = [];
    const versioned = (edits: LspTextEdit[]) => ({ documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] });

    if (wants(FIX_ALL_KIND)) {
      const kind = kindOf(document.uri) as FileKind;
      const text = document.getText();
      const fixed = fixText(text, { kind, config: await configFor(document.uri), env: environmentFor(document.uri) });
      if (fixed.text !== text) {
        actions.push({ title: 'Fix all safe Security Policy problems', kind: FIX_ALL_KIND, edit: versioned([minimalEdit(document, text, fixed.text)]) });
      }
    }
    if (!wants(CodeActionKind.QuickFix)) return actions;

    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
    const kind = kindOf(document.uri) as FileKind;
    const parsed = parseDocument(kind, document.getText());
    const lines = parsed.lines;
    const toLsp = (e: TextEdit): LspTextEdit => ({ range: { start: lines.positionAt(e.start), end: lines.positionAt(e.end) }, newText: e.newText });
    const last = stateOf(document.uri).last;
    const sameVersion = last?.version === document.version ? last.findings : [];
    for (const diagnostic of ours) {
      const rule = diagnostic.code as string;
      const data = diagnostic.data as DiagnosticData | undefined;
      if (data?.fix) {
        actions.push({ title: data.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: data.fix.safe, edit: versioned(data.fix.edits) });
        const sameRule = sameVersion.filter((f) => f.ruleId === rule && f.fix);
        if (sameRule.length > 1) {
          const taken: TextEdit[] = [];
          for (const f of sameRule) {
            if (!editsOverlap(taken, f.fix!.edits)) taken.push(...f.fix!.edits);
          }
          const chosen = taken.map((e) => ({ range: { start: lines.positionAt(e.start), end: lines.positionAt(e.end) }, newText: e.newText }));
          actions.push({ title: `Fix all ${rule} problems`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: versioned(chosen) });
        }
      }
      const disableLine = disableLineEdit(kind, parsed, diagnostic.range.start.line, rule);
      if (disableLine) {
        actions.push({ title: `Disable ${rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: versioned([toLsp(disableLine)]) });
      }
      const disableFile = disableFileEdit(kind, parsed, rule);
      if (disableFile) {
        actions.push({ title: `Disable ${rule} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: versioned([toLsp(disableFile)]) });
      }
      actions.push({
        title: `Show documentation for ${rule}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Show documentation for ${rule}`, command: SHOW_DOCS_COMMAND, arguments: [docsUrl(rule)] },
      });
    }
    return actions;
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== SHOW_DOCS_COMMAND) return;
    const url = String(params.arguments?.[0] ?? '');
    if (!url.startsWith('https://')) return;
    if (showDocumentSupport) await connection.window.showDocument({ uri: url, external: true });
    else connection.console.log(`Documentation: ${url}`);
  });

  connection.onCompletion((params): CompletionItem[] => {
    const document = documents.get(params.textDocument.uri);
    if (document && kindOf(document.uri) === 'txt') return securityTxtCompletions(document, params.position);
    if (!document || kindOf(document.uri) !== 'md') return [];
    const trigger = params.context?.triggerCharacter;
    if (trigger === ' ' || trigger === ':') return [];
    const line = document.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
    // Only where a heading starts: after "#"s, or on an empty line when asked for (Ctrl+Space).
    if (!/^#{1,6}\s?[\p{L}\s]{0,40}$/u.test(line) && line !== '') return [];
    const start = { line: params.position.line, character: 0 };
    return sectionCompletions(document.getText()).map((s, i) => ({
      label: s.label,
      kind: CompletionItemKind.Snippet,
      detail: s.present ? `${s.detail} (already in this policy)` : s.detail,
      documentation: { kind: 'markdown', value: s.documentation },
      sortText: `${s.present ? 'b' : 'a'}${String(i).padStart(2, '0')}`,
      filterText: `${line}${s.label}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: { start, end: params.position }, newText: s.snippet },
    }));
  });

  connection.onHover((params): Hover | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document || kindOf(document.uri) !== 'txt') return null;
    const line = document.getText({ start: { line: params.position.line, character: 0 }, end: { line: params.position.line + 1, character: 0 } });
    const colon = line.indexOf(':');
    const nameStart = line.startsWith('- ') ? 2 : 0;
    if (colon <= nameStart || params.position.character > colon) return null;
    const info = fieldInfo(line.slice(nameStart, colon).trim());
    if (!info) return null;
    return {
      contents: { kind: 'markdown', value: fieldDocumentation(info) },
      range: { start: { line: params.position.line, character: nameStart }, end: { line: params.position.line, character: colon } },
    };
  });

  connection.onRequest(POLICY_CONTACTS_REQUEST, (params: { text?: unknown }) => (typeof params?.text === 'string' ? policyContactsOf(params.text) : []));

  /** Checks every security file of the workspace folders, publishing diagnostics for those not open. */
  connection.onRequest(CHECK_WORKSPACE_REQUEST, async (): Promise<{ files: number; problems: number }> => {
    let files = 0;
    let problems = 0;
    for (const f of folders) {
      const root = filePath(f.uri);
      if (!root) continue;
      const list = walkSecurityFiles(root);
      workspaceFiles.set(root, list);
      policyContacts.delete(root);
      for (const relativePath of list) {
        const uri = pathToFileURL(join(root, relativePath)).toString();
        const open = documents.get(uri);
        const kind = fileKindOf(relativePath) as FileKind;
        files++;
        if (open) {
          problems += stateOf(uri).last?.findings.length ?? 0;
          continue;
        }
        let text: string;
        try {
          text = readTextFile(join(root, relativePath));
        } catch (error) {
          connection.console.error(`Could not read ${relativePath}: ${String(error)}`);
          continue;
        }
        const document = TextDocument.create(uri, kind === 'txt' ? 'securitytxt' : 'markdown', 0, text);
        const result = checkText(text, { kind, config: await configFor(uri), env: environmentFor(uri) });
        problems += result.findings.length;
        void connection.sendDiagnostics({ uri, diagnostics: result.findings.map((finding) => toDiagnostic(document, finding)) });
      }
    }
    if (pullDiagnostics && refreshSupport) void connection.languages.diagnostics.refresh();
    return { files, problems };
  });

  documents.listen(connection);
  connection.listen();
}

function securityTxtCompletions(document: TextDocument, position: { line: number; character: number }): CompletionItem[] {
  const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const colon = before.indexOf(':');
  if (colon < 0) {
    if (!/^[A-Za-z-]{0,30}$/.test(before)) return [];
    return FIELD_INFO.map((f, i) => ({
      label: f.name,
      kind: CompletionItemKind.Property,
      detail: f.required ? 'required' : 'optional',
      documentation: { kind: 'markdown', value: fieldDocumentation(f) },
      sortText: String(i).padStart(2, '0'),
      textEdit: { range: { start: { line: position.line, character: 0 }, end: position }, newText: `${f.name}: ` },
      command: f.name === 'Expires' || f.name === 'Bug-Bounty' || f.name === 'Preferred-Languages' ? { title: 'Suggest a value', command: 'editor.action.triggerSuggest' } : undefined,
    }));
  }
  const now = new Date();
  const valueStart = colon + 1 + (before.slice(colon + 1).length - before.slice(colon + 1).trimStart().length);
  return valueProposals(before.slice(0, colon).trim(), now).map((v, i) => ({
    label: v.label,
    kind: CompletionItemKind.Value,
    detail: v.detail,
    sortText: String(i).padStart(2, '0'),
    textEdit: { range: { start: { line: position.line, character: valueStart }, end: position }, newText: v.insertText },
  }));
}

function toDiagnostic(document: TextDocument, f: Finding): Diagnostic {
  const range = { start: document.positionAt(f.start), end: document.positionAt(f.end) };
  const data: DiagnosticData = {};
  if (f.fix) {
    data.fix = {
      title: f.fix.title,
      safe: f.fix.safe,
      edits: f.fix.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText })),
    };
  }
  return {
    range,
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    codeDescription: { href: docsUrl(f.ruleId) },
    message: f.message,
    data,
  };
}

/** One edit covering only what differs between two texts. */
function minimalEdit(document: TextDocument, before: string, after: string): LspTextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { range: { start: document.positionAt(start), end: document.positionAt(endBefore) }, newText: after.slice(start, endAfter) };
}
