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
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  CODE_SERVER_ENTRY,
  gotoWhenUp,
  launchChromium,
  prepareHost,
  ROOT as root,
  startCodeServer,
  VSCODE_TEST_CACHE as cache,
  workbenchUrl,
  type Host,
} from '../vscode-host';
import { makePkiIn } from '../live-pki';

const log = (...parts: unknown[]): void => void process.stdout.write(`${parts.map(String).join(' ')}\n`);
const logError = (...parts: unknown[]): void => void process.stderr.write(`${parts.map(String).join(' ')}\n`);

const outDir = join(root, 'out', 'vscode-api');

async function buildSuite(): Promise<string> {
  await build({
    entryPoints: ['index.ts', 'extension.test.ts', 'deployed.test.ts'].map((f) => join(__dirname, 'suite', f)),
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

function prepareWorkspace(): Host {
  // Workspace trust stays on: the folder opens in Restricted Mode where the host asks (code-server does not prompt).
  return prepareHost('security-policy-api-', { 'chat.disableAIFeatures': true });
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
  log(`Running the VS Code API suite in ${executable}`);
  return runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: testsPath,
    launchArgs: [
      workspace,
      '--user-data-dir',
      join(home, 'user-data'),
      '--extensions-dir',
      join(home, 'extensions'),
      '--disable-workspace-trust',
    ],
  }).then(
    () => 0,
    (error: unknown) => {
      logError(String(error));
      return 1;
    },
  );
}

/**
 * The second, trusted pass (code-server): Restricted Mode off, a certificate authority made with openssl trusted by
 * the language server through NODE_EXTRA_CA_CERTS, and the suite of the deployed check, whose loopback HTTPS server
 * uses the certificate named by SECURITY_POLICY_TLS_KEY and SECURITY_POLICY_TLS_CERT.
 */
function trustedPass(): { host: Host; env: Record<string, string> } {
  const host = prepareHost('security-policy-api-trusted-', {
    'chat.disableAIFeatures': true,
    'security.workspace.trust.enabled': false,
  });
  const pki = makePkiIn(mkdtempSync(join(host.home, 'pki-')));
  const file = (name: string, text: string): string => {
    writeFileSync(join(host.home, name), text);
    return join(host.home, name);
  };
  const env = {
    NODE_EXTRA_CA_CERTS: file('ca.pem', pki.ca),
    SECURITY_POLICY_SUITE: 'deployed',
    SECURITY_POLICY_TLS_KEY: file('key.pem', pki.valid.key),
    SECURITY_POLICY_TLS_CERT: file('cert.pem', pki.valid.cert),
  };
  return { host, env };
}

async function runInCodeServer(testsPath: string, pass?: { host: Host; env: Record<string, string> }): Promise<number> {
  const host = pass?.host ?? prepareWorkspace();
  // The built web workbench honours extensionDevelopmentPath/extensionTestsPath only with the smoke-test driver on.
  const { authority, process: server } = await startCodeServer(
    host,
    host.workspace,
    ['--vscode-option', 'enable-smoke-test-driver'],
    pass?.env,
  );
  log(`Running the VS Code API suite in code-server (${CODE_SERVER_ENTRY})`);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const exited = new Promise<number>(
      (resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)),
    );
    const remote = (path: string): string => `vscode-remote://${authority}${path}`;
    await gotoWhenUp(
      page,
      workbenchUrl(authority, host.workspace, [
        ['extensionDevelopmentPath', remote(root)],
        ['extensionTestsPath', remote(testsPath)],
      ]),
    );
    const timeout = new Promise<number>((resolve) =>
      setTimeout(() => resolve(-1), Number(process.env.API_SUITE_TIMEOUT ?? 5 * 60_000)),
    );
    const code = await Promise.race([exited, timeout]);
    const reportFile = join(outDir, 'report.txt');
    const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
    log(report || 'The suite wrote no report.');
    if (code === -1) logError('The suite did not finish in time.');
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
  if (codeServerReady && existsSync('/usr/bin/chromium')) {
    const restricted = await runInCodeServer(testsPath);
    return restricted !== 0 ? restricted : runInCodeServer(testsPath, trustedPass());
  }
  log(
    'SKIPPED: the @vscode/test-electron suite found no VS Code build. Set VSCODE_EXECUTABLE_PATH to a VS Code executable,\n' +
      'or run scripts/setup-vscode.sh (code-server) first; VS Code itself cannot be downloaded on this machine.',
  );
  return 0;
}

void main().then((code) => process.exit(code));
