/**
 * The npm package as a user gets it: `npm pack`, then a global install of the tarball into a fresh prefix, offline.
 * Its two commands must work with nothing else installed: the bundles carry every dependency.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';
import { cliEnv } from './cli-run';
import { MESSAGE_CATALOGS } from '../server/src/core/l10n-catalogs';

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  dependencies?: object;
};
let prefix: string;
let bin: string;

before(() => {
  const packed = tempDir('security-policy-pack-');
  const pack = spawnSync('npm', ['pack', '--pack-destination', packed, '--json'], { cwd: root, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  const [{ filename }] = JSON.parse(pack.stdout) as Array<{ filename: string }>;
  prefix = tempDir('security-policy-global-');
  const install = spawnSync(
    'npm',
    ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(packed, filename)],
    {
      cwd: packed,
      encoding: 'utf8',
    },
  );
  assert.equal(install.status, 0, install.stderr);
  bin = join(prefix, 'bin');
});

test('the package has no runtime dependencies, and installs only itself', () => {
  assert.equal(pkg.dependencies, undefined);
  const installed = join(prefix, 'lib', 'node_modules', pkg.name);
  assert.ok(existsSync(join(installed, 'dist', 'cli.js')));
  assert.ok(!existsSync(join(installed, 'node_modules')), 'no dependency was installed');
  assert.deepEqual(readdirSync(join(installed, 'dist')).sort(), [
    'cli-worker.js',
    'cli.js',
    'l10n-catalogs.js',
    'openpgp-verify.js',
    'server.js',
    'si-yaml.js',
  ]);
});

test('security-policy from the global install checks a policy and its bundled example', () => {
  const dir = tempDir('security-policy-user-');
  writeFileSync(join(dir, 'SECURITY.md'), '# Security\n\nOpen an issue to report a vulnerability.\n');
  const env = cliEnv({ PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' });
  const version = spawnSync('security-policy', ['--version'], { cwd: dir, env, encoding: 'utf8' });
  assert.equal(version.stdout.trim(), pkg.version);
  const r = spawnSync('security-policy', ['check', '--format', 'json', '--today', '2026-11-23'], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const [report] = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ rule: string }> }>;
  assert.equal(report.file, 'SECURITY.md');
  assert.ok(report.diagnostics.some((d) => d.rule === 'public-issue-reporting'));
  // No path and no policy here: a missing policy, exit 1; --fallback-example checks the bundled example instead.
  const empty = tempDir('security-policy-user-');
  const none = spawnSync('security-policy', [], { cwd: empty, env, encoding: 'utf8' });
  assert.equal(none.status, 1);
  assert.equal(none.stdout.split('\n')[0], '.: no policy');
  const example = spawnSync('security-policy', ['--fallback-example'], { cwd: empty, env, encoding: 'utf8' });
  assert.equal(example.status, 0, example.stderr);
  const bundled = join(prefix, 'lib', 'node_modules', pkg.name, 'examples', 'SECURITY.md');
  assert.equal(example.stdout.split('\n')[0], `No SECURITY.md here: checking the bundled example ${bundled}.`);
});

test('security-policy from the global install speaks German (the translated catalogs loaded apart)', () => {
  const dir = tempDir('security-policy-user-');
  writeFileSync(join(dir, 'SECURITY.md'), '# Security\n\nOpen an issue to report a vulnerability.\n');
  const env = cliEnv({ PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' });
  const r = spawnSync('security-policy', ['check', '--locale', 'de', '--today', '2026-11-23', 'SECURITY.md'], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.includes(MESSAGE_CATALOGS.de['public-issue-reporting']), r.stdout);
});

test('security-policy from the global install verifies a signed security.txt with --key (openpgp.js loaded apart)', () => {
  const fixtures = join(root, 'test', 'fixtures', 'signatures');
  const env = cliEnv({ PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' });
  const args = ['check', join(fixtures, 'security.txt'), '--key', join(fixtures, 'acme-key.asc'), '-f', 'jsonl'];
  const r = spawnSync('security-policy', [...args, '--today', '2026-12-01'], { env, encoding: 'utf8' });
  assert.equal(r.stderr, '');
  const rules = r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => (JSON.parse(l) as { rule: string }).rule);
  assert.ok(rules.includes('signature-good'), rules.join(', '));
});

test('security-policy-language-server from the global install answers initialize over stdio', async () => {
  const server = spawn(join(bin, 'security-policy-language-server'), ['--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const body = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { processId: null, rootUri: null, capabilities: {} },
  });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  type Answer = { id: number; result: { capabilities: Record<string, unknown> } };
  const answer = await new Promise<Answer>((resolve, reject) => {
    let received = '';
    server.stdout.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      const match = /Content-Length: (\d+)\r\n\r\n/.exec(received);
      if (match && received.length >= match.index + match[0].length + Number(match[1])) {
        resolve(
          JSON.parse(
            received.slice(match.index + match[0].length, match.index + match[0].length + Number(match[1])),
          ) as Answer,
        );
      }
    });
    server.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  server.kill();
  assert.equal(answer.id, 1);
  assert.ok('codeActionProvider' in answer.result.capabilities);
  assert.ok('hoverProvider' in answer.result.capabilities);
});
