/**
 * The web extension (`browser` entry) end to end, in the web worker extension host of a real VS Code: code-server's
 * workbench in Chromium, with the extension's kind set to "web" so that it runs in the browser, as on vscode.dev
 * and github.dev. Proves where it ran (the browser fetched dist/web/extension.js, and the extension says it has no
 * Node.js), that a SECURITY.md shows its problems, including those that need other files read through
 * vscode.workspace.fs, that a quick fix edits the text, that security.txt and security-insights.yml are checked, and
 * that the Create security.txt wizard walks its steps there. Screenshots in test-results/e2e-web/.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openWorkbench, prepareHost, ROOT as root, setUpVsCodeAndPackage } from '../vscode-host';
import {
  goTo,
  openFile,
  problems,
  runCommand,
  useWorkbench,
  waitForActiveTab,
  waitForLine,
  waitForProblem,
  waitForStep,
  stepInput,
} from './ui';

const EXTENSION_ID = 'security-policy.security-policy';
const shots = join(root, 'test-results', 'e2e-web');
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
/** Every URL of the extension's own files that the browser fetched. */
const fetched: string[] = [];

before(async () => {
  const vsix = setUpVsCodeAndPackage(shots);
  const host = prepareHost('security-policy-web-e2e-', {
    // Where both hosts exist (a remote and the browser), run the extension in the browser's web worker.
    'remote.extensionKind': { [EXTENSION_ID]: ['web'] },
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
  });
  ({ server, browser, page } = await openWorkbench(host, vsix, host.workspace, (p) =>
    p.on('request', (request) => {
      const path = new URL(request.url()).searchParams.get('path') ?? '';
      if (path.includes(`/${EXTENSION_ID}-`)) fetched.push(path.slice(path.indexOf(`/${EXTENSION_ID}-`) + 1));
    }),
  ));
  useWorkbench(page, shots, host.userSettings);
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('a SECURITY.md shows its problems, from the extension running in the web worker extension host', async () => {
  await page.getByRole('treeitem', { name: 'SECURITY.md', exact: true }).click();
  await waitForActiveTab('SECURITY.md');
  await page.keyboard.press('Control+Shift+M');
  await waitForProblem('noreply address');
  const rows = await problems();
  assert.ok(
    rows.some((r) => r.includes('noreply address') && r.includes('line 18') && r.includes('security-policy')),
    rows.join('\n'),
  );
  // Only known by listing the workspace's files through vscode.workspace.fs: the other policy in docs/.
  await waitForProblem('Another policy exists at "docs/SECURITY.md"');
  await page.screenshot({ path: join(shots, 'problems.png') });
  // The browser itself fetched the web bundle, and the Node build was never asked for.
  assert.ok(
    fetched.some((p) => p.endsWith('/dist/web/extension.js')),
    fetched.join('\n'),
  );
  assert.ok(!fetched.some((p) => p.endsWith('/dist/client.js') || p.endsWith('/dist/server.js')), fetched.join('\n'));
  // The extension says where it runs: only the browser entry writes this line.
  await runCommand('Security Policy: Show Output');
  await page
    .locator('.part.panel .monaco-editor .view-line', {
      hasText: 'Running in the web worker extension host (no Node.js)',
    })
    .first()
    .waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(shots, 'output-web-worker.png') });
});

test('a quick fix repairs mojibake in the web worker host', async () => {
  await openFile('docs/SECURITY.md');
  await page.keyboard.press('Control+Shift+M');
  await waitForProblem('Mis-decoded text');
  await goTo('24:5');
  await page.keyboard.press('Control+.');
  const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Repair mojibake: "ğŸ”" → "🔐"' });
  await item.waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(shots, 'quick-fix-menu.png') });
  await item.click();
  await waitForLine('🔐 Reporting Security Vulnerabilities', 'mojibake-repaired');
  await page.screenshot({ path: join(shots, 'quick-fix-applied.png') });
  // Nothing is saved without the user: the file on disk still has the mis-decoded text.
  const folder = new URL(page.url()).searchParams.get('folder') ?? '';
  assert.ok(readFileSync(join(folder, 'docs', 'SECURITY.md'), 'utf8').includes('## ğŸ” Reporting'));
});

test('a security.txt and a security-insights.yml are checked in the web worker host too', async () => {
  await openFile('.well-known/security.txt');
  await waitForProblem('expired on 2025-01-01');
  await openFile('.github/security-insights.yml');
  await waitForProblem('Missing required field "project.administrators[1].primary"');
  await waitForProblem('header.last-reviewed is 2025-04-10, more than a year ago');
  await page.screenshot({ path: join(shots, 'security-txt-and-insights.png') });
});

test('the Create security.txt wizard runs in the web worker host: its steps, BCP 47 validation, an unsaved file', async () => {
  // The folder has a security.txt; without it, the wizard asks its questions instead of offering to open that one.
  const folder = new URL(page.url()).searchParams.get('folder') ?? '';
  await runCommand('View: Close All Editors');
  rmSync(join(folder, '.well-known', 'security.txt'));
  await runCommand('Security Policy: Create security.txt');
  // Contacts read from SECURITY.md through vscode.workspace.fs and the server, or asked when it names none.
  await waitForStep(/Contacts from SECURITY\.md|names no contact/);
  if (await page.locator('.quick-input-widget', { hasText: 'names no contact' }).count()) {
    await stepInput().fill('security@acme.org');
  }
  await page.keyboard.press('Enter');
  await waitForStep('OpenPGP key URL (Encryption');
  await page.keyboard.press('Enter');
  await waitForStep('for Canonical');
  await stepInput().fill('https://acme.org');
  await page.keyboard.press('Enter');
  await waitForStep('Policy: the URL of your security policy');
  await page.keyboard.press('Enter');
  await waitForStep('Preferred languages');
  // The same BCP 47 check as the Preferred-Languages rule: a country code is refused with the language meant.
  await stepInput().fill('en, cz');
  await page
    .locator('.quick-input-widget', { hasText: 'country code of Czechia, not a language, expected "cs"' })
    .waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(shots, 'wizard-language-refused.png') });
  await stepInput().fill('en, cs');
  await page.keyboard.press('Enter');
  await waitForActiveTab('security.txt', { dirty: true });
  await waitForLine(/^Canonical:\shttps:\/\/acme\.org\/\.well-known\/security\.txt/, 'web-generated-canonical');
  await waitForLine(/^Preferred-Languages:\sen,\scs/, 'web-generated-languages');
  await waitForLine(/^Expires:\s20\d\d-\d\d-\d\dT23:59:59Z/, 'web-generated-expires');
  await page.screenshot({ path: join(shots, 'wizard-security-txt.png') });
  assert.ok(!existsSync(join(folder, '.well-known', 'security.txt')), 'nothing is saved without the user');
});
