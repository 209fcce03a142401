/**
 * The extension in German: code-server started with `--locale de` (VS Code's display language, offered by a language
 * pack made here), the packaged .vsix installed. The command is listed by its German title, the wizard asks in
 * German and proposes German for the policy, the policy it writes is German, and a diagnostic on a German policy is
 * German too. Run with `npm run test:e2e`; screenshots in test-results/e2e-locale/.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { installExtension, openWorkbench, prepareHost, ROOT as root, setUpVsCodeAndPackage } from '../vscode-host';
import { openFile, runCommand, stepInput, useWorkbench, waitForLine, waitForProblem, waitForStep } from './ui';

const shots = join(root, 'test-results', 'e2e-locale');
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let fresh: string;

/**
 * VS Code shows a display language only when a language pack offers it; with no marketplace here, the test packs one
 * that offers German and translates nothing of VS Code itself, which is enough for the extension's own texts.
 */
function germanLanguagePack(home: string): string {
  const dir = join(home, 'language-pack-de');
  mkdirSync(join(dir, 'translations'), { recursive: true });
  const localization = {
    languageId: 'de',
    languageName: 'German',
    localizedLanguageName: 'Deutsch',
    translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
  };
  const manifest = {
    name: 'test-language-pack-de',
    publisher: 'security-policy-tests',
    version: '1.0.0',
    engines: { vscode: '^1.85.0' },
    categories: ['Language Packs'],
    contributes: { localizations: [localization] },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'translations', 'main.i18n.json'), '{ "version": "1.0.0", "contents": {} }');
  writeFileSync(join(dir, 'README.md'), '# German for the tests\n');
  const vsix = join(home, 'language-pack-de.vsix');
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const flags = ['--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix];
  const r = spawnSync(process.execPath, [vsce, 'package', ...flags], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`packing the language pack failed: ${r.stderr}`);
  return vsix;
}

before(async () => {
  const vsix = setUpVsCodeAndPackage(shots);
  const host = prepareHost('h28-e2e-locale-', { 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true });
  fresh = join(host.home, 'fresh');
  mkdirSync(join(fresh, '.git'), { recursive: true });
  writeFileSync(join(fresh, '.git', 'config'), '[remote "origin"]\n\turl = git@github.com:acme/widgets.git\n');
  const pack = installExtension(host.home, germanLanguagePack(host.home));
  if (!/successfully installed/.test(pack.stdout))
    throw new Error(`installing the language pack failed: ${pack.stderr}`);
  // What VS Code writes when it starts with a language pack installed: the server reads it to resolve --locale.
  const id = 'security-policy-tests.test-language-pack-de';
  const translations = join(host.home, 'extensions', `${id}-1.0.0`, 'translations', 'main.i18n.json');
  const packs = {
    de: {
      hash: 'test',
      label: 'Deutsch',
      extensions: [{ extensionIdentifier: { id }, version: '1.0.0' }],
      translations: { vscode: translations },
    },
  };
  writeFileSync(join(host.home, 'user-data', 'languagepacks.json'), JSON.stringify(packs));
  ({ server, browser, page } = await openWorkbench(host, vsix, fresh, undefined, ['--locale', 'de']));
  useWorkbench(page, shots, host.userSettings);
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('in German, Create SECURITY.md asks in German, proposes German, and writes a German policy', async () => {
  await runCommand('SECURITY.md erstellen');
  await waitForStep('In welcher Sprache soll die Richtlinie verfasst werden?');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Deutsch' }).waitFor({ timeout: 10_000 });
  await page.screenshot({ path: join(shots, 'wizard-language.png') });
  await page.keyboard.press('Enter');
  await waitForStep('Wohin soll die Richtlinie?');
  await page.keyboard.press('Enter');
  await waitForStep('Wie erreichen Meldende Sie vertraulich?');
  await page.keyboard.press('Enter');
  await waitForStep(/GitHub-Repository \(owner\/repo\)/);
  await stepInput().fill('acme/widgets');
  await page.keyboard.press('Enter');
  await waitForStep('URL des OpenPGP-Schlüssels');
  await page.keyboard.press('Enter');
  await waitForStep('Eingang einer Meldung bestätigen');
  // The choices too, with their numbers: "3 Werktage", "empfohlen".
  await page.locator('.quick-input-list .monaco-list-row', { hasText: '3 Werktage' }).waitFor({ timeout: 10_000 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'empfohlen' }).waitFor({ timeout: 10_000 });
  await page.screenshot({ path: join(shots, 'wizard-ack-days.png') });
  await page.keyboard.press('Enter');
  for (const step of ['Koordinierte Offenlegung', 'Unterstützte Versionen:', 'Optionale Abschnitte']) {
    await waitForStep(step);
    await page.keyboard.press('Enter');
  }
  await waitForLine('# Sicherheitsrichtlinie', 'german-title');
  await waitForLine('## Sicherheitslücken melden', 'german-reporting');
  await page.screenshot({ path: join(shots, 'wizard-german-policy.png') });
});

test('in German, a diagnostic says what is missing in German, under its rule id', async () => {
  mkdirSync(join(fresh, '.github'), { recursive: true });
  writeFileSync(
    join(fresh, '.github', 'SECURITY.md'),
    '# Sicherheit\n\n## Melden\n\nBitte melden Sie Sicherheitslücken an security@acme.de und nicht über Issues.\n',
  );
  await openFile('.github/SECURITY.md');
  await page.keyboard.press('Control+Shift+M');
  await waitForProblem('Keine Reaktionszeit, erwartet wird eine Zusage');
  // The row shows "security-policy(no-response-timeframe)": the rule id is the same in every language.
  const texts = await page.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => e.textContent ?? ''));
  assert.ok(
    texts.some((t) => t.includes('Keine Reaktionszeit') && t.includes('no-response-timeframe')),
    texts.join('\n'),
  );
  await page.screenshot({ path: join(shots, 'german-diagnostic.png') });
});
