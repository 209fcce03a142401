/**
 * The VS Code side, kept thin and the same on the desktop and the web: starts the language server when a security
 * file is open, and offers restart, the output channel, a language status item with the profile and the time of
 * the last check, and the policy generation wizards (./wizard.ts). Where the server runs is the platform's
 * (./extension.ts on Node, ./browser.ts in a web worker).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { createSecurityInsights } from './wizard-insights';
import { BUILT_IN_FILES } from '../../server/src/client-api';
import {
  CheckWorkspaceRequest,
  GenerateInsightsRequest,
  PolicyContactsRequest,
  StatusNotification,
  type CheckWorkspaceResult,
  type StatusParams,
  type GenerateInsightsParams,
} from '../../server/src/protocol';
import { createSecurityMd, createSecurityTxt } from './wizard';
import { docsMiddleware, registerDocs } from './docs';

export const DOCUMENT_SELECTOR: DocumentSelector = BUILT_IN_FILES.flatMap((kind) =>
  kind.contributes
    ? [{ language: kind.languageId }]
    : kind.globs.map((pattern) => ({ language: kind.languageId, pattern })),
);

export interface SecurityPolicyApi {
  /** Resolves when the language server is running (starts it if needed). */
  ready(): Promise<void>;
  /** The last status the server reported for a document. */
  lastStatus(uri: string): StatusParams | undefined;
  readonly client: BaseLanguageClient | undefined;
  /** Where the extension runs: a Node extension host, or a web worker (vscode.dev, github.dev). */
  readonly platform: PlatformName;
}

export type PlatformName = 'node' | 'web';

/** What differs between the desktop and the web: how the language client reaches its server. */
export interface Platform {
  name: PlatformName;
  createClient(context: vscode.ExtensionContext, options: LanguageClientOptions): BaseLanguageClient;
}

const RUNNING_IN: Record<PlatformName, string> = {
  web: 'Running in the web worker extension host (no Node.js): the language server runs in the same worker.',
  node: 'Running in the Node.js extension host: the language server runs in a process of its own.',
};

let client: BaseLanguageClient | undefined;
let starting: Promise<void> | undefined;

/** "1 problem", "3 problems", in VS Code's display language (l10n/). */
const problems = (n: number): string => (n === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', n));

/**
 * The policy's language for the status item: "written in German", or, for a language the checks do not read,
 * that the checks about its wording are off (rather than wrong).
 */
function languageNote(language: StatusParams['language']): string {
  if (!language || language.code === 'und') return '';
  let name = language.code;
  try {
    name = new Intl.DisplayNames([vscode.env.language, 'en'], { type: 'language' }).of(language.code) ?? language.code;
  } catch {
    // An engine without language names: the code says it.
  }
  return language.read
    ? vscode.l10n.t('; written in {0}', name)
    : vscode.l10n.t('; written in {0}, which the checks do not read: checks of its wording are off', name);
}

/** The language status item: the profile and the time and result of the last check of the active document. */
function createStatus(statuses: ReadonlyMap<string, StatusParams>): {
  item: vscode.LanguageStatusItem;
  update: () => void;
} {
  const item = vscode.languages.createLanguageStatusItem('securityPolicy.status', DOCUMENT_SELECTOR);
  item.name = 'Security Policy';
  item.text = 'Security Policy';
  item.detail = vscode.l10n.t('starting…');
  item.command = { title: vscode.l10n.t('Show output'), command: 'securityPolicy.showOutput' };
  const update = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? statuses.get(uri) : undefined;
    if (!s) return;
    item.text = `Security Policy: ${s.profile}`;
    const checked = vscode.l10n.t('checked {0}, {1}', new Date(s.checkedAt).toLocaleTimeString(), problems(s.problems));
    item.detail = `${checked}${languageNote(s.language)}`;
  };
  return { item, update };
}

function clientOptions(output: vscode.LogOutputChannel): LanguageClientOptions {
  const watched = ['**/.security-policy.json', ...BUILT_IN_FILES.flatMap((kind) => kind.globs)];
  return {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    synchronize: { fileEvents: watched.map((p) => vscode.workspace.createFileSystemWatcher(p)) },
    middleware: docsMiddleware,
  };
}

async function checkWorkspace(start: () => Promise<BaseLanguageClient>): Promise<CheckWorkspaceResult> {
  const result = await (await start()).sendRequest(CheckWorkspaceRequest);
  void vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(
    result.files === 0
      ? vscode.l10n.t('Security Policy: no SECURITY.md, security.txt or security-insights.yml in this workspace.')
      : result.files === 1
        ? vscode.l10n.t('Security Policy: checked 1 security file, {0}.', problems(result.problems))
        : vscode.l10n.t('Security Policy: checked {0} security files, {1}.', result.files, problems(result.problems)),
  );
  return result;
}

/** Asks the language server for a new security-insights.yml (it holds the YAML writer the client does not bundle). */
function generateOn(start: () => Promise<BaseLanguageClient>) {
  return async (answers: GenerateInsightsParams['answers']): Promise<string> =>
    (await start()).sendRequest(GenerateInsightsRequest, { answers });
}

export function activateOn(platform: Platform, context: vscode.ExtensionContext): SecurityPolicyApi {
  const output = vscode.window.createOutputChannel('Security Policy', { log: true });
  output.info(RUNNING_IN[platform.name]);
  const statuses = new Map<string, StatusParams>();
  const status = createStatus(statuses);
  const start = async (): Promise<BaseLanguageClient> => {
    if (!starting) {
      const created = platform.createClient(context, clientOptions(output));
      client = created;
      context.subscriptions.push(
        created.onNotification(StatusNotification, (s) => {
          statuses.set(s.uri, s);
          status.update();
        }),
      );
      starting = created.start();
    }
    await starting;
    return client!;
  };
  const startIfNeeded = (doc: vscode.TextDocument): void => {
    if (vscode.languages.match(DOCUMENT_SELECTOR, doc) > 0) void start();
  };
  const policyContacts = policyContactsFrom(start, output);

  context.subscriptions.push(
    output,
    status.item,
    ...registerDocs(context.extensionUri),
    vscode.workspace.onDidOpenTextDocument(startIfNeeded),
    vscode.window.onDidChangeActiveTextEditor(status.update),
    vscode.commands.registerCommand('securityPolicy.restart', async () => {
      await restart(start);
      output.info('Language server restarted.');
    }),
    vscode.commands.registerCommand('securityPolicy.showOutput', () => output.show()),
    vscode.commands.registerCommand('securityPolicy.checkWorkspace', () => checkWorkspace(start)),
    vscode.commands.registerCommand('securityPolicy.createSecurityMd', () => createSecurityMd()),
    vscode.commands.registerCommand('securityPolicy.createSecurityTxt', () => createSecurityTxt(policyContacts)),
    vscode.commands.registerCommand('securityPolicy.createSecurityInsights', () =>
      createSecurityInsights(policyContacts, generateOn(start)),
    ),
  );
  vscode.workspace.textDocuments.forEach(startIfNeeded);

  return {
    ready: async () => void (await start()),
    lastStatus: (uri) => statuses.get(uri),
    platform: platform.name,
    get client() {
      return client;
    },
  };
}

/** Reads a policy's contacts through the server (for the security.txt and insights wizards); none when it cannot. */
function policyContactsFrom(
  start: () => Promise<BaseLanguageClient>,
  output: vscode.LogOutputChannel,
): (text: string) => Promise<string[]> {
  return async (text) => {
    try {
      return await (await start()).sendRequest(PolicyContactsRequest, { text });
    } catch (error) {
      output.warn(`Could not read the policy's contacts: ${String(error)}`);
      return [];
    }
  };
}

/** Stops the running server and starts a new one (the first start when none runs). */
async function restart(start: () => Promise<BaseLanguageClient>): Promise<void> {
  if (!client) {
    await start();
    return;
  }
  await client.stop();
  starting = client.start();
  await starting;
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
