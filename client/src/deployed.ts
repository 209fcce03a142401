/**
 * "Security Policy: Check the deployed security.txt" (a Node extension host only; not in Restricted Mode): the open
 * security.txt's Canonical URLs are fetched by the language server, after asking once per workspace. How they
 * served the file and how the deployed copy differs show in the Problems panel on the local file, and a diff editor
 * opens with the deployed copy on the left. The web extension does not register it: the browser's CORS would stop
 * the requests.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { TXT_FILES } from '../../server/src/client-api';
import { CheckDeployedRequest, type DeployedCheckResult } from '../../server/src/protocol';

export const CHECK_DEPLOYED_COMMAND = 'securityPolicy.checkDeployed';
/** Deployed copies, as read-only documents for the diff editor. */
const SCHEME = 'security-policy-deployed';
/** The context key of `when` clauses: set where the command can fetch (a Node extension host). */
const DEPLOYED_CHECK_CONTEXT = 'securityPolicy.canFetchDeployed';
/** Set in the workspace's state once the user has agreed to fetching. */
const FETCH_AGREED = 'securityPolicy.deployedFetchAgreed';

/** Asks before the first fetch in this workspace; true when the user agrees (or agreed before). */
async function agreed(context: vscode.ExtensionContext, urls: readonly string[]): Promise<boolean> {
  if (context.workspaceState.get<boolean>(FETCH_AGREED) === true) return true;
  const fetch = 'Fetch';
  const answer = await vscode.window.showWarningMessage(
    'Fetch the deployed security.txt?',
    {
      modal: true,
      detail: `Security Policy will request ${urls.join(', ')} (and any redirects) over the network. You are asked once in this workspace.`,
    },
    fetch,
  );
  if (answer !== fetch) return false;
  await context.workspaceState.update(FETCH_AGREED, true);
  return true;
}

/** The diff editor: the deployed copy (left) against the local file (right). */
async function showDiff(texts: Map<string, string>, local: vscode.Uri, url: string, text: string): Promise<void> {
  const left = vscode.Uri.from({ scheme: SCHEME, path: '/security.txt', query: url });
  texts.set(left.toString(), text);
  await vscode.commands.executeCommand('vscode.diff', left, local, `security.txt: deployed (${url}) ↔ local`);
}

interface Deployed {
  context: vscode.ExtensionContext;
  client: () => Promise<BaseLanguageClient>;
  problems: vscode.DiagnosticCollection;
  texts: Map<string, string>;
}

async function checkDeployed(d: Deployed): Promise<DeployedCheckResult | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId !== TXT_FILES.languageId) {
    void vscode.window.showInformationMessage('Security Policy: open a security.txt to check its deployed copy.');
    return undefined;
  }
  if (!vscode.workspace.isTrusted) return undefined;
  const client = await d.client();
  const uri = document.uri.toString();
  const { urls } = await client.sendRequest(CheckDeployedRequest, { uri, dryRun: true });
  if (urls.length === 0) {
    void vscode.window.showInformationMessage('Security Policy: this security.txt has no Canonical URL to fetch.');
    return undefined;
  }
  if (!(await agreed(d.context, urls))) return undefined;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Fetching ${urls.join(', ')}…` },
    () => client.sendRequest(CheckDeployedRequest, { uri }),
  );
  d.problems.set(document.uri, await client.protocol2CodeConverter.asDiagnostics(result.diagnostics));
  const copy = result.copies.find((c) => c.text !== undefined);
  if (copy?.text !== undefined) await showDiff(d.texts, document.uri, copy.url, copy.text);
  else
    void vscode.window.showWarningMessage(
      `Security Policy: not deployed: ${result.copies.map((c) => `${c.url} ${c.answer}`).join('; ')}.`,
    );
  return result;
}

/** Registers the command, the deployed copies' documents, and their problems (cleared when the file is edited). */
export function registerDeployedCheck(
  context: vscode.ExtensionContext,
  client: () => Promise<BaseLanguageClient>,
): vscode.Disposable[] {
  const problems = vscode.languages.createDiagnosticCollection('security-policy-deployed');
  const texts = new Map<string, string>();
  const deployed: Deployed = { context, client, problems, texts };
  // Where this runs (a Node extension host: the desktop, a remote, code-server), the command is offered; the web
  // extension host never sets this, so its command palette does not list it.
  void vscode.commands.executeCommand('setContext', DEPLOYED_CHECK_CONTEXT, true);
  return [
    problems,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
      provideTextDocumentContent: (uri) => texts.get(uri.toString()) ?? '',
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) problems.delete(e.document.uri);
    }),
    vscode.commands.registerCommand(CHECK_DEPLOYED_COMMAND, () => checkDeployed(deployed)),
  ];
}
