/// <reference types="mocha" />
/**
 * The extension's behaviour through the VS Code API, in a real VS Code: the same checks as the end-to-end UI suite
 * (test/e2e), without the UI. The workspace is prepared by test/vscode-host.ts: a seed SECURITY.md, a docs/SECURITY.md with
 * mojibake, an ordinary README.md and an expired .well-known/security.txt.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';

const EXTENSION_ID = 'security-policy.security-policy';
const SOURCE = 'security-policy';

function workspaceUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a folder is open');
  return vscode.Uri.joinPath(folder.uri, path);
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Resolves when `predicate` holds for the document's diagnostics, re-checking on every change. */
function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = ours(uri);
      if (!predicate(current)) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(
        new Error(
          `Timed out waiting for ${what}; diagnostics: ${ours(uri)
            .map((d) => `${d.range.start.line + 1}: ${codeOf(d)}`)
            .join(', ')}`,
        ),
      );
    }, 45_000);
    check();
  });
}

async function open(path: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(path));
  return vscode.window.showTextDocument(document);
}

/** The code action with this title at a position; asked again for a while, as the light bulb would be. */
async function quickFix(
  uri: vscode.Uri,
  position: vscode.Position,
  title: string | RegExp,
): Promise<vscode.CodeAction> {
  let actions: vscode.CodeAction[] = [];
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        new vscode.Range(position, position),
      );
    } catch (error) {
      // A request VS Code cancels (the document's problems were being refreshed) is asked again, as the light bulb would.
      if (!String(error).includes('Canceled')) throw error;
    }
    const action = actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
    if (action) return action;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`no code action ${String(title)} among: ${actions.map((a) => a.title).join(' | ')}`);
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}"`);
  if (action.command)
    await vscode.commands.executeCommand(action.command.command, ...((action.command.arguments ?? []) as unknown[]));
}

suite('Security Policy in VS Code', () => {
  suiteTeardown(async () => {
    const config = vscode.workspace.getConfiguration();
    await config.update('securityPolicy.rules', undefined, vscode.ConfigurationTarget.Global);
    await config.update('editor.codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
  });

  test('activates and returns its API', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const api = (await extension.activate()) as { ready(): Promise<void>; lastStatus(uri: string): unknown };
    await api.ready();
    assert.equal(typeof api.lastStatus, 'function');
  });

  test('an untrusted folder (Restricted Mode) is still checked', async function () {
    if (vscode.workspace.isTrusted) this.skip(); // the desktop run passes --disable-workspace-trust to avoid the dialog
    const editor = await open('SECURITY.md');
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length > 0, 'problems in Restricted Mode');
  });

  test('a seed SECURITY.md gets its problems with rule codes', async () => {
    const editor = await open('SECURITY.md');
    const diagnostics = await waitForDiagnostics(
      editor.document.uri,
      (ds) => ds.some((d) => codeOf(d) === 'undeliverable-contact'),
      'undeliverable-contact',
    );
    const lines = diagnostics.filter((d) => codeOf(d) === 'undeliverable-contact').map((d) => d.range.start.line + 1);
    assert.deepEqual(
      lines.sort((a, b) => a - b),
      [18, 217],
    );
    assert.ok(diagnostics.some((d) => codeOf(d) === 'no-disclosure-timeline'));
  });

  test('a quick fix changes the file and its problem goes away', async () => {
    const uri = workspaceUri('SECURITY.md');
    await apply(await quickFix(uri, new vscode.Position(17, 11), 'Disable undeliverable-contact for this line'));
    await waitForDiagnostics(
      uri,
      (ds) => !ds.some((d) => codeOf(d) === 'undeliverable-contact' && d.range.start.line === 17),
      'line 18 to be quiet',
    );
    const document = await vscode.workspace.openTextDocument(uri);
    assert.match(document.lineAt(17).text, /security-policy-disable-line undeliverable-contact/);
    assert.ok(
      ours(uri).some((d) => codeOf(d) === 'undeliverable-contact' && d.range.start.line === 216),
      'line 217 is still reported',
    );
  });

  test('turning a rule off in the settings removes its problems without a reload', async () => {
    const uri = workspaceUri('SECURITY.md');
    const config = vscode.workspace.getConfiguration('securityPolicy');
    await config.update('rules', { 'no-disclosure-timeline': 'off' }, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(
      uri,
      (ds) => !ds.some((d) => codeOf(d) === 'no-disclosure-timeline'),
      'no-disclosure-timeline to go',
    );
    await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(
      uri,
      (ds) => ds.some((d) => codeOf(d) === 'no-disclosure-timeline'),
      'no-disclosure-timeline to come back',
    );
  });

  test('editor.codeActionsOnSave with source.fixAll.securityPolicy repairs mojibake on save', async () => {
    await vscode.workspace
      .getConfiguration('editor')
      .update('codeActionsOnSave', { 'source.fixAll.securityPolicy': 'explicit' }, vscode.ConfigurationTarget.Global);
    const editor = await open('docs/SECURITY.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'mojibake'), 'mojibake');
    await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n'));
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'mojibake'), 'mojibake to be repaired');
    const saved = readFileSync(uri.fsPath, 'utf8');
    assert.ok(saved.includes('🔒') && !saved.includes('ğŸ”’'), 'the saved file has the repaired emoji');
    assert.ok(saved.includes('*Researcher Name*'), 'unsafe fixes are not applied on save');
  });

  test('"Fix all safe" from the light bulb comes without its edit and gets it when chosen (codeAction/resolve)', async () => {
    const uri = workspaceUri('fix-all/SECURITY.md');
    const text = '# Security Policy\n\n## ğŸ”’ Reporting\n\nEmail security@acme.org; we answer within 3 days.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const editor = await open('fix-all/SECURITY.md');
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'mojibake'), 'mojibake');
    const title = 'Fix all safe Security Policy problems';
    const offered = await quickFix(uri, new vscode.Position(0, 0), title);
    assert.equal(offered.edit, undefined, 'the light bulb gets the action without fixing the document');
    const resolved = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(0, 0, 0, 0),
      undefined,
      1000, // every action: VS Code resolves the first N, in its order (quick fixes before source actions)
    );
    const chosen = resolved.find((a) => a.title === title);
    assert.ok(chosen?.edit, 'resolved, the action carries its edit');
    await apply(chosen);
    assert.equal(editor.document.lineAt(2).text, '## 🔒 Reporting');
  });

  test('an ordinary README.md gets nothing', async () => {
    const readme = await open('README.md');
    // A security file opened after the README: once its problems are in, the README has had its chance too.
    const txt = await open('.well-known/security.txt');
    await waitForDiagnostics(txt.document.uri, (ds) => ds.length > 0, 'security.txt problems');
    assert.deepEqual(ours(readme.document.uri), []);
  });

  test('a security.txt is its own language, with its problems, and a quick fix renews Expires', async () => {
    const editor = await open('.well-known/security.txt');
    assert.equal(editor.document.languageId, 'securitytxt');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'expired'), 'expired');
    await apply(await quickFix(uri, new vscode.Position(1, 9), /^Renew Expires \(/));
    await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'expired'), 'expired to go');
    assert.match(editor.document.lineAt(1).text, /^Expires: \d{4}-\d\d-\d\dT23:59:59Z$/);
  });

  test('"Check the Deployed security.txt" is the Node extension host\'s, and fetches nothing in Restricted Mode', async function () {
    assert.ok((await vscode.commands.getCommands(true)).includes('securityPolicy.checkDeployed'));
    // Trusted (the desktop run), the command would ask before fetching: its flow is test/lsp-deployed.test.ts's.
    if (vscode.workspace.isTrusted) this.skip();
    const editor = await open('.well-known/security.txt');
    assert.equal(await vscode.commands.executeCommand('securityPolicy.checkDeployed'), undefined);
    const fetched = vscode.languages
      .getDiagnostics(editor.document.uri)
      .filter((d) => /^(deployed|served)-/.test(codeOf(d)));
    assert.deepEqual(fetched, []);
  });

  test('a real security-insights.yml is its own language, with its schema problems, and a quick fix marks it reviewed', async () => {
    const editor = await open('.github/security-insights.yml');
    assert.equal(editor.document.languageId, 'securityinsights');
    const uri = editor.document.uri;
    // Four entries without `primary`, and `support-policy`, which exists from 2.1.0 in a file that declares 2.0.0.
    await waitForDiagnostics(
      uri,
      (ds) => ds.filter((d) => codeOf(d) === 'insights-schema').length === 5,
      'five insights-schema problems',
    );
    await apply(await quickFix(uri, new vscode.Position(3, 17), /^Mark as reviewed today \(/));
    await waitForDiagnostics(
      uri,
      (ds) => !ds.some((d) => codeOf(d) === 'insights-stale' && d.range.start.line === 3),
      'the stale review to go',
    );
    assert.match(editor.document.lineAt(3).text, /^ {2}last-reviewed: '\d{4}-\d\d-\d\d'$/);
  });
});
