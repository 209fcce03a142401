/// <reference types="mocha" />
/**
 * "Security Policy: Check the Deployed security.txt" in a real VS Code, in a trusted workspace (the second pass of
 * ../run.ts): a loopback HTTPS server (its certificate from SECURITY_POLICY_TLS_KEY and _CERT, its authority trusted
 * by the language server through NODE_EXTRA_CA_CERTS) serves an older copy of a security.txt; the command asks once
 * (the question answered here by standing in for the dialog), puts the problems on the local file, and opens the
 * diff of the deployed copy against it.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';

const WK = '/.well-known/security.txt';
const LOCAL = (port: number): string =>
  `Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/policy\nCanonical: https://127.0.0.1:${port}${WK}\n`;

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

async function serve(): Promise<{ server: Server; port: number }> {
  const key = readFileSync(process.env.SECURITY_POLICY_TLS_KEY ?? '', 'utf8');
  const cert = readFileSync(process.env.SECURITY_POLICY_TLS_CERT ?? '', 'utf8');
  let port = 0;
  const server = createServer({ key, cert }, (req, res) => {
    if (req.url !== WK) return void res.writeHead(404).end();
    const older = LOCAL(port).replace('security@', 'old-security@').replace('2027-06-30', '2026-12-31');
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(older);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return { server, port };
}

/** Stands in for the extension's dialogs while `body` runs: every question is answered `answer`, and recorded. */
async function answering<T>(answer: string, body: () => Thenable<T>): Promise<{ result: T; asked: string[] }> {
  const window = vscode.window as { showWarningMessage: (...args: unknown[]) => Thenable<unknown> };
  const original = window.showWarningMessage;
  const asked: string[] = [];
  window.showWarningMessage = (message: unknown, ...rest: unknown[]) => {
    const modal = typeof rest[0] === 'object' && rest[0] !== null && (rest[0] as { modal?: boolean }).modal;
    if (!modal) return original(message, ...rest);
    asked.push(String(message));
    return Promise.resolve(answer);
  };
  try {
    return { result: await body(), asked };
  } finally {
    window.showWarningMessage = original;
  }
}

suite('Check the Deployed security.txt (trusted workspace)', () => {
  test('asks once, fetches the Canonical URL, shows the differences on the local file and opens the diff', async () => {
    assert.equal(vscode.workspace.isTrusted, true);
    const { server, port } = await serve();
    try {
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'a folder is open');
      const uri = vscode.Uri.joinPath(folder.uri, 'site', '.well-known', 'security.txt');
      await vscode.workspace.fs.writeFile(uri, Buffer.from(LOCAL(port)));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const first = await answering('Fetch', () => vscode.commands.executeCommand('securityPolicy.checkDeployed'));
      assert.deepEqual(first.asked, ['Fetch the deployed security.txt?']);
      const codes = vscode.languages
        .getDiagnostics(uri)
        .filter((d) => /^deployed-/.test(codeOf(d)))
        .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}`);
      assert.deepEqual(codes, ['1:10 deployed-contacts', '2:10 deployed-outdated']);
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      assert.ok(input instanceof vscode.TabInputTextDiff, 'a diff editor is open');
      assert.equal(input.original.scheme, 'security-policy-deployed');
      assert.equal(input.modified.toString(), uri.toString());
      const deployed = await vscode.workspace.openTextDocument(input.original);
      assert.match(deployed.getText(), /^Contact: mailto:old-security@acme\.org$/m);
      // Agreed once for this workspace: not asked again.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const second = await answering('Fetch', () => vscode.commands.executeCommand('securityPolicy.checkDeployed'));
      assert.deepEqual(second.asked, []);
    } finally {
      server.close();
    }
  });
});
