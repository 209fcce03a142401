/**
 * End-to-end checks in a real VS Code (code-server, set up by scripts/setup-vscode.sh), driven through its UI by
 * Debian's Chromium with playwright-core. The packaged .vsix is installed into a fresh extensions folder.
 * Run with `npm run test:e2e`. Each check waits on what the UI shows and saves a screenshot in test-results/e2e/.
 *
 * Covered: a seed SECURITY.md shows its problems with rule codes; an untrusted folder (Restricted Mode) is still
 * checked; a quick fix chosen with Ctrl+. edits the file and its problem goes away; `editor.codeActionsOnSave` with
 * source.fixAll.securityPolicy repairs a file on save; turning a rule off in the user settings removes its problems
 * without a reload; an ordinary README.md gets nothing; a security.txt is highlighted, shows its problems and its
 * expired date is renewed by a quick fix; a real security-insights.yml shows its schema problems and is marked
 * reviewed by a quick fix; a rule's code link opens its packaged page; the wizards; the Node.js extension host is the
 * one that ran it (./web.e2e.ts runs the same extension in the web worker host).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openWorkbench, prepareHost, ROOT as root, setUpVsCodeAndPackage, workbenchUrl } from '../vscode-host';
import {
  problems,
  waitForProblem,
  openFile,
  waitForActiveTab,
  runCommand,
  editUserSettings,
  waitForLine,
  goTo,
  useWorkbench,
  waitForStep,
  stepInput,
} from './ui';

const shots = join(root, 'test-results', 'e2e');
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let workspace: string;
let fresh: string;
let authority: string;
let userSettings: string;

const BASE_SETTINGS = {
  'editor.codeActionsOnSave': { 'source.fixAll.securityPolicy': 'explicit' },
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.editor.useModal': 'off', // settings.json opens as an ordinary tab, not in a modal
};

before(async () => {
  const vsix = setUpVsCodeAndPackage(shots);
  const host = prepareHost('security-policy-e2e-', BASE_SETTINGS);
  workspace = host.workspace;
  userSettings = host.userSettings;
  // A folder with no policy yet, for the wizards: a GitHub remote and a package version to prefill from.
  fresh = join(host.home, 'fresh');
  mkdirSync(join(fresh, '.git'), { recursive: true });
  writeFileSync(join(fresh, '.git', 'config'), '[remote "origin"]\n\turl = git@github.com:acme/widgets.git\n');
  writeFileSync(join(fresh, 'package.json'), '{ "name": "widgets", "version": "2.3.1" }\n');
  ({ authority, server, browser, page } = await openWorkbench(host, vsix, workspace));
  useWorkbench(page, shots, userSettings);
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('an untrusted folder opens in Restricted Mode', async () => {
  await page
    .getByText(/Restricted Mode/)
    .first()
    .waitFor({ timeout: 60_000 });
  await page.screenshot({ path: join(shots, 'restricted-mode.png') });
});

test('opening a seed SECURITY.md shows its problems with rule codes, in Restricted Mode', async () => {
  await page.getByRole('treeitem', { name: 'SECURITY.md', exact: true }).click();
  await page.waitForSelector('.part.editor .monaco-editor .view-lines', { timeout: 60_000 });
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 90_000 });
  await page.waitForFunction(
    () => document.querySelectorAll('.markers-panel .monaco-list-row').length >= 3,
    undefined,
    { timeout: 60_000 },
  );
  const rows = await problems();
  await page.screenshot({ path: join(shots, 'problems.png') });
  assert.ok(
    rows.some((r) => r.includes('noreply address') && r.includes('line 18') && r.includes('security-policy')),
    rows.join('\n'),
  );
  assert.ok(
    rows.some((r) => r.includes('line 217')),
    rows.join('\n'),
  );
  // The row shows "security-policy(undeliverable-contact)": the source and the rule code, linked to its page.
  const texts = await page.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => e.textContent ?? ''));
  assert.ok(
    texts.some((t) => t.includes('security-policy') && t.includes('undeliverable-contact')),
    texts.join('\n'),
  );
});

test("a rule's code link in the Problems panel opens its packaged page as a Markdown preview", async () => {
  const link = page
    .locator('.markers-panel .monaco-list-row .monaco-link', { hasText: 'undeliverable-contact' })
    .first();
  await link.waitFor({ timeout: 30_000 });
  assert.equal(await link.getAttribute('href'), 'security-policy-docs:/undeliverable-contact.md');
  await link.click();
  await waitForActiveTab('Preview undeliverable-contact.md');
  // The preview renders the packaged page in a webview (frames within the page).
  const rendered = async (): Promise<boolean> => {
    for (const frame of page.frames()) {
      const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (text.includes('A contact that cannot work: a noreply address')) return true;
    }
    return false;
  };
  for (let waited = 0; !(await rendered()); waited += 250) {
    if (waited > 30_000) {
      await page.screenshot({ path: join(shots, 'failed-rule-docs.png') });
      assert.fail('the rule page was not rendered in the preview');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await page.screenshot({ path: join(shots, 'rule-docs.png') });
  // Only the preview: the page's source tab, opened by the link, was replaced.
  assert.equal(await page.locator('.tabs-container .tab', { hasText: /^undeliverable-contact\.md/ }).count(), 0);
  await page.keyboard.press('Control+W');
  // The link's editor took the place of the policy's preview tab: open the policy again for the next checks.
  await page.getByRole('treeitem', { name: 'SECURITY.md', exact: true }).click();
  await waitForActiveTab('SECURITY.md');
  await waitForProblem('noreply address');
});

test('a quick fix chosen with Ctrl+. changes the file and its problem goes away', async () => {
  await goTo('18:12');
  await page.keyboard.press('Control+.');
  const item = page.locator('.action-widget .monaco-list-row', {
    hasText: 'Disable undeliverable-contact for this line',
  });
  await item.waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(shots, 'quick-fix-menu.png') });
  await item.click();
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('.markers-panel .monaco-list-row')).some((r) => {
        const label = r.getAttribute('aria-label') ?? '';
        return label.includes('noreply') && label.includes('line 18 ');
      }),
    undefined,
    { timeout: 30_000 },
  );
  await waitForLine('security-policy-disable-line', 'disable-comment');
  const rows = await problems();
  assert.ok(
    rows.some((r) => r.includes('line 217')),
    'the other occurrence is still reported',
  );
  await page.screenshot({ path: join(shots, 'quick-fix-applied.png') });
});

test('an ordinary README.md gets nothing', async () => {
  await page.getByRole('treeitem', { name: /README\.md/ }).click();
  await waitForActiveTab('README.md');
  // The README is checked by nothing: its noreply address must not appear among the problems.
  await page.waitForTimeout(2000); // give a (wrong) check time to show; the assertion below is what matters
  const rows = await problems();
  await page.screenshot({ path: join(shots, 'readme.png') });
  assert.ok(!rows.some((r) => r.includes('someone@users.noreply.github.com')), rows.join('\n'));
});

test('turning a rule off in the user settings removes its problems without a reload', async () => {
  await waitForProblem('No disclosure timeline');
  await editUserSettings({ ...BASE_SETTINGS, 'securityPolicy.rules': { 'no-disclosure-timeline': 'off' } });
  await waitForProblem('No disclosure timeline', false);
  const rows = await problems();
  assert.ok(
    rows.some((r) => r.includes('line 217')),
    'the other rules still report',
  );
  await page.screenshot({ path: join(shots, 'rule-turned-off.png') });
  await editUserSettings(BASE_SETTINGS);
  await waitForProblem('No disclosure timeline');
});

test('editor.codeActionsOnSave with source.fixAll.securityPolicy repairs mojibake on save', async () => {
  await openFile('docs/SECURITY.md');
  await waitForProblem('Mis-decoded text');
  await page.screenshot({ path: join(shots, 'fix-on-save-before.png') });
  await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+S');
  await waitForProblem('Mis-decoded text', false);
  await page.waitForFunction(() => !document.querySelector('.tabs-container .tab.active.dirty'), undefined, {
    timeout: 30_000,
  });
  // The tab turns clean when the workbench has handed the text over; the remote file system may write it a moment later.
  const path = join(workspace, 'docs', 'SECURITY.md');
  const deadline = Date.now() + 10_000;
  while (!readFileSync(path, 'utf8').includes('🔒') && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const saved = readFileSync(path, 'utf8');
  assert.ok(saved.includes('🔒') && !saved.includes('ğŸ”’'), 'the saved file has the repaired emoji');
  assert.ok(saved.includes('*Researcher Name*'), 'unsafe fixes are not applied on save');
  await page.screenshot({ path: join(shots, 'fix-on-save-after.png') });
});

test('a security.txt opens highlighted, shows its problems, and a quick fix renews Expires', async () => {
  await openFile('.well-known/security.txt');
  // The status bar names the language mode.
  await page
    .locator('.statusbar-item', { hasText: /^security\.txt$/ })
    .first()
    .waitFor({ timeout: 30_000 });
  // Highlighting: the field name, the colon and the URI of the first line get different token colours.
  await page.waitForFunction(
    () => {
      const line = Array.from(document.querySelectorAll('.part.editor .monaco-editor .view-line')).find((l) =>
        l.textContent?.startsWith('Contact:'),
      );
      const classes = new Set(Array.from(line?.querySelectorAll('span > span') ?? []).map((s) => s.className));
      return classes.size >= 3;
    },
    undefined,
    { timeout: 30_000 },
  );
  await waitForProblem('expired on 2025-01-01');
  await page.screenshot({ path: join(shots, 'security-txt.png') });
  await goTo('2:10');
  await page.keyboard.press('Control+.');
  const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Renew Expires' });
  await item.waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(shots, 'security-txt-quick-fix.png') });
  await item.click();
  await waitForProblem('expired on 2025-01-01', false);
  await waitForLine(/Expires:\s20\d\d-\d\d-\d\dT23:59:59Z/, 'renewed-expires');
});

test('a real security-insights.yml opens as Security Insights, shows its schema problems, and a quick fix marks it reviewed', async () => {
  await openFile('.github/security-insights.yml');
  await page
    .locator('.statusbar-item', { hasText: /^Security Insights$/ })
    .first()
    .waitFor({ timeout: 30_000 });
  await waitForProblem('Missing required field "project.administrators[1].primary"');
  await waitForProblem('header.last-reviewed is 2025-04-10, more than a year ago');
  await page.screenshot({ path: join(shots, 'security-insights.png') });
  await goTo('4:18');
  await page.keyboard.press('Control+.');
  const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Mark as reviewed today' });
  await item.waitFor({ timeout: 30_000 });
  await item.click();
  await waitForProblem('header.last-reviewed is 2025-04-10', false);
  await waitForLine(/last-reviewed:\s'20\d\d-\d\d-\d\d'/, 'insights-reviewed');
});

/** Opens the language status hover and waits until it shows the profile and a count of problems matching `count`. */
async function languageStatusShows(count: RegExp): Promise<void> {
  await page.locator('[id="status.languageStatus"]').click();
  await page
    .locator('.monaco-hover, .context-view', { hasText: /Security Policy: recommended/ })
    .filter({ hasText: count })
    .first()
    .waitFor({ timeout: 30_000 });
}

test('Create SECURITY.md on a folder that has one offers to add what is missing, and saves nothing', async () => {
  await openFile('SECURITY.md');
  await waitForProblem('No disclosure timeline');
  await runCommand('Security Policy: Create SECURITY.md');
  const add = page.locator('.notification-toast .monaco-button', { hasText: 'Add What Is Missing' });
  await add.waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(shots, 'create-existing.png') });
  const before = readFileSync(join(workspace, 'SECURITY.md'), 'utf8');
  await add.click();
  await waitForProblem(
    'No disclosure timeline, expected a coordinated-disclosure window such as 90 days. at line 12 ',
    false,
  );
  await waitForLine('within 90 days', 'added-disclosure');
  assert.equal(
    readFileSync(join(workspace, 'SECURITY.md'), 'utf8'),
    before,
    'the file on disk is untouched until the user saves',
  );
  await page.screenshot({ path: join(shots, 'create-existing-added.png') });
});

test('the Create SECURITY.md wizard: Escape leaves nothing; its steps, with Back, give an unsaved policy with no problems', async () => {
  const next = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
  await page.close();
  page = next;
  useWorkbench(page, shots, userSettings);
  await page.goto(workbenchUrl(authority, fresh));
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  await page.getByRole('treeitem', { name: 'package.json' }).waitFor({ timeout: 60_000 });

  // Escape at the third step (after the language and the place): no editor, no file.
  await runCommand('Security Policy: Create SECURITY.md');
  await waitForStep('Which language should the policy be written in?');
  await page.keyboard.press('Enter');
  await waitForStep('Where should the policy go?');
  await page.keyboard.press('Enter');
  await waitForStep('How should reporters reach you privately?');
  await page.keyboard.press('Escape');
  await page.waitForFunction(
    () =>
      !document.querySelector('.quick-input-widget:not([style*="display: none"])') ||
      getComputedStyle(document.querySelector('.quick-input-widget')!).display === 'none',
    undefined,
    { timeout: 10_000 },
  );
  assert.equal(await page.locator('.tabs-container .tab').count(), 0, 'no editor was opened');
  assert.ok(!existsSync(join(fresh, 'SECURITY.md')));

  await runCommand('Security Policy: Create SECURITY.md');
  await waitForStep('Which language should the policy be written in?');
  await page.keyboard.press('Enter');
  await waitForStep('Where should the policy go?');
  await page.screenshot({ path: join(shots, 'wizard-location.png') });
  await page.keyboard.press('Enter');
  await waitForStep('How should reporters reach you privately?');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Email' }).first().click();
  await page.screenshot({ path: join(shots, 'wizard-channels.png') });
  await page.keyboard.press('Enter');
  await waitForStep(/GitHub repository \(owner\/repo\)/);
  assert.equal(await stepInput().inputValue(), 'acme/widgets', 'prefilled from the git remote');
  await page.keyboard.press('Enter');
  await waitForStep('Email address for reports');
  await stepInput().fill('security-at-acme');
  await page
    .locator('.quick-input-message', { hasText: 'is not an email address' })
    .first()
    .waitFor({ timeout: 10_000 });
  // Back to the repository step, which keeps its answer, then forward again.
  await page
    .locator('.quick-input-widget .action-label.codicon-quick-input-back, .quick-input-widget [aria-label="Back"]')
    .first()
    .click();
  await waitForStep(/GitHub repository \(owner\/repo\)/);
  assert.equal(await stepInput().inputValue(), 'acme/widgets');
  await page.keyboard.press('Enter');
  await waitForStep('Email address for reports');
  await stepInput().fill('security@acme-widgets.dev');
  await page.keyboard.press('Enter');
  await waitForStep('OpenPGP key URL');
  await page.keyboard.press('Enter');
  await waitForStep('Acknowledge a report within');
  await page.keyboard.press('Enter');
  await waitForStep('Coordinated disclosure');
  await page.keyboard.press('Enter');
  await waitForStep('Supported versions');
  assert.equal(await stepInput().inputValue(), '2.x, < 2.0', 'prefilled from package.json');
  await page.keyboard.press('Enter');
  await waitForStep('Optional sections');
  await page.keyboard.press('Enter');

  await waitForActiveTab('SECURITY.md', { dirty: true });
  await waitForLine('report a vulnerability', 'generated-github');
  await waitForLine('By email to [security@acme-widgets.dev]', 'generated-email');
  assert.ok(!existsSync(join(fresh, 'SECURITY.md')), 'unsaved: nothing on disk yet');
  // Checked, with no problems: the language status says so.
  await languageStatusShows(/0 problems/);
  await page.screenshot({ path: join(shots, 'wizard-result.png') });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+M');
  assert.deepEqual(
    (await problems()).filter((r) => r.includes('security-policy')),
    [],
  );
});

test('the Create security.txt wizard takes its contacts from the saved policy and gives a file with no problems', async () => {
  await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+S');
  const savedPolicy = join(fresh, 'SECURITY.md');
  for (
    let waited = 0;
    !existsSync(savedPolicy) || !readFileSync(savedPolicy, 'utf8').includes('Last updated:');
    waited += 200
  ) {
    if (waited > 30_000) {
      await page.screenshot({ path: join(shots, 'failed-save.png') });
      assert.fail('the generated SECURITY.md was not saved to its path');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const saved = readFileSync(join(fresh, 'SECURITY.md'), 'utf8');
  assert.match(saved, /\(https:\/\/github\.com\/acme\/widgets\/security\/advisories\/new\)/);
  assert.match(saved, /^Last updated: \d{4}-\d\d-\d\d$/m);
  await runCommand('Security Policy: Create security.txt');
  await waitForStep('Contacts from SECURITY.md');
  const rows = await page.$$eval('.quick-input-list .monaco-list-row', (els) => els.map((e) => e.textContent ?? ''));
  assert.ok(
    rows.some((r) => r.includes('mailto:security@acme-widgets.dev')),
    rows.join('\n'),
  );
  await page.keyboard.press('Enter');
  await waitForStep('OpenPGP key URL (Encryption');
  await stepInput().fill('https://acme-widgets.dev/security.asc');
  await page.keyboard.press('Enter');
  await waitForStep('for Canonical');
  await stepInput().fill('https://acme-widgets.dev');
  await page.keyboard.press('Enter');
  await waitForStep('Policy: the URL of your security policy');
  assert.equal(await stepInput().inputValue(), 'https://github.com/acme/widgets/blob/HEAD/SECURITY.md');
  await page.keyboard.press('Enter');
  await waitForStep('Preferred languages');
  await page.keyboard.press('Enter');
  await waitForActiveTab('security.txt', { dirty: true });
  await waitForLine(/^Canonical:\shttps:\/\/acme-widgets\.dev\/\.well-known\/security\.txt/, 'generated-canonical');
  await waitForLine(/^Expires:\s20\d\d-\d\d-\d\dT23:59:59Z/, 'generated-expires');
  await languageStatusShows(/0 problems|1 problem/);
  await page.keyboard.press('Escape');
  const shown = (await problems()).filter((r) => r.includes('security-policy'));
  assert.deepEqual(shown, [], 'nothing above a hint (not-signed) is shown');
  await page.screenshot({ path: join(shots, 'wizard-security-txt.png') });
});

test('the Create security-insights.yml wizard is prefilled from the policy, the remote and package.json, and gives a file with no problems', async () => {
  await runCommand('Security Policy: Create security-insights.yml');
  await waitForStep('Project name');
  assert.equal(await stepInput().inputValue(), 'widgets', 'prefilled from package.json');
  await page.keyboard.press('Enter');
  await waitForStep('Repository URL');
  assert.equal(await stepInput().inputValue(), 'https://github.com/acme/widgets', 'prefilled from the git remote');
  await page.keyboard.press('Enter');
  await waitForStep('Who administers the project');
  assert.equal(await stepInput().inputValue(), 'acme maintainers');
  await page.keyboard.press('Enter');
  await waitForStep('Security contact email');
  assert.equal(await stepInput().inputValue(), 'security@acme-widgets.dev', 'prefilled from SECURITY.md');
  await page.keyboard.press('Enter');
  await waitForStep('Security policy URL');
  assert.equal(await stepInput().inputValue(), 'https://github.com/acme/widgets/blob/HEAD/SECURITY.md');
  await page.keyboard.press('Enter');
  await waitForStep('License (SPDX expression)');
  await stepInput().fill('MIT or');
  await page
    .locator('.quick-input-message', { hasText: 'Enter an SPDX license expression' })
    .first()
    .waitFor({ timeout: 10_000 });
  await stepInput().fill('Apache-2.0 OR MIT');
  await page.keyboard.press('Enter');
  await waitForStep('Repository status');
  await page.keyboard.press('Enter');
  await waitForActiveTab('security-insights.yml', { dirty: true });
  await waitForLine(/^\s+url:\shttps:\/\/github\.com\/acme\/widgets$/, 'generated-insights-url');
  // The end of the file, below the fold; and YAML's indentation of two spaces, as package.json sets it.
  await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await waitForLine(/^\s+expression:\sApache-2\.0\sOR\sMIT$/, 'generated-insights-license');
  await page
    .locator('.statusbar-item', { hasText: /^Spaces: 2$/ })
    .first()
    .waitFor({ timeout: 10_000 });
  assert.ok(!existsSync(join(fresh, 'security-insights.yml')), 'unsaved: nothing on disk yet');
  await languageStatusShows(/0 problems/);
  await page.screenshot({ path: join(shots, 'wizard-security-insights.png') });
  await page.keyboard.press('Escape');
  assert.deepEqual(
    (await problems()).filter((r) => r.includes('security-insights.yml')),
    [],
  );
});

test('on the desktop the extension runs in the Node.js extension host, with its server in a process of its own', async () => {
  await runCommand('Security Policy: Show Output');
  await page
    .locator('.part.panel .monaco-editor .view-line', { hasText: 'Running in the Node.js extension host' })
    .first()
    .waitFor({ timeout: 30_000 });
});
