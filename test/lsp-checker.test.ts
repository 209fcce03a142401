/**
 * The Checkers (server/src/lsp/checker.ts, node-checker.ts) called directly: worker threads running the bundled
 * server give the same answers as this thread, ask this thread whether linked files exist, stop when no longer
 * wanted, and fall back to this thread when no worker can start.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, type FileKind } from '../server/src';
import { inThreadChecker, type AssistRequest, type CheckRequest } from '../server/src/lsp/checker';
import { WorkerChecker } from '../server/src/lsp/node-checker';
import { slowPolicy } from './lsp-client';
import { TODAY } from './helpers';

const root = join(__dirname, '..');
const fixture = (...path: string[]): string => readFileSync(join(root, 'test', 'fixtures', ...path), 'utf8');
const logs: string[] = [];
let workers: WorkerChecker;

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  workers = new WorkerChecker(join(root, 'dist', 'server.js'), (m) => logs.push(m));
});

after(() => workers.dispose());

const never = (): boolean => false;

function request(kind: FileKind, text: string, uri: string, fileExists?: (t: string) => boolean): CheckRequest {
  return { uri, text, kind, config: DEFAULT_CONFIG, env: { today: TODAY, fileExists } };
}

const FILES: Array<[FileKind, string, string]> = [
  ['md', fixture('seeds', '004_6b676d4ed55cad0f.txt'), 'file:///w/SECURITY.md'],
  ['txt', fixture('securitytxt', 'almalinux.txt'), 'file:///w/.well-known/security.txt'],
  ['si', fixture('insights', 'security-insights-spec.yml'), 'file:///w/security-insights.yml'],
];

test('workers check, act, complete, hover and read contacts as this thread does', async () => {
  const here = inThreadChecker();
  for (const [kind, text, uri] of FILES) {
    const checked = await workers.check(request(kind, text, uri), never);
    assert.deepEqual(checked, await here.check(request(kind, text, uri), never), kind);
    assert.ok(checked!.findings.length > 0, kind);
    const findings = checked!.findings;
    const actions = { ...request(kind, text, uri), uri, version: 4, context: { diagnostics: [] }, findings };
    assert.deepEqual(await workers.codeActions(actions, never), await here.codeActions(actions, never), kind);
    const at: AssistRequest = { uri, version: 4, text, kind, position: { line: 0, character: 1 } };
    assert.deepEqual(await workers.completions(at, never), await here.completions(at, never), kind);
    assert.deepEqual(await workers.hover(at, never), await here.hover(at, never), kind);
  }
  const policy = 'Email security@acme.org or see https://acme.org/report.';
  assert.deepEqual(await workers.policyContacts(policy, never), [
    'mailto:security@acme.org',
    'https://acme.org/report',
  ]);
});

test('whether a linked file exists is asked of this thread, once per file and check', async () => {
  const asked: string[] = [];
  const text =
    '# Security\n\nSee [the process](docs/process.md), [again](docs/process.md) and [scope](docs/scope.md).\n';
  const exists = (target: string): boolean => {
    asked.push(target);
    return target === 'docs/scope.md';
  };
  const result = await workers.check(request('md', text, 'file:///w/SECURITY.md', exists), never);
  assert.deepEqual(
    result!.findings.filter((f) => f.ruleId === 'broken-link').map((f) => text.slice(f.start, f.end)),
    ['[the process](docs/process.md)', '[again](docs/process.md)'],
  );
  assert.deepEqual([...asked].sort(), ['docs/process.md', 'docs/scope.md']);
});

test('a job no longer wanted is answered undefined at once, before or while it runs; the workers go on', async () => {
  const text = slowPolicy();
  assert.equal(await workers.check(request('md', text, 'file:///w/a/SECURITY.md'), () => true), undefined);
  let wanted = true;
  const running = workers.check(request('md', text, 'file:///w/b/SECURITY.md'), () => !wanted);
  const started = performance.now();
  // Let the job reach its worker, then drop it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  wanted = false;
  assert.equal(await running, undefined);
  assert.ok(performance.now() - started < 2_000, `${Math.round(performance.now() - started)} ms`);
  const [kind, small, uri] = FILES[0];
  assert.ok((await workers.check(request(kind, small, uri), never))!.findings.length > 0);
});

test('when no worker can start, the checks run in this thread, and the log says so', async () => {
  const said: string[] = [];
  const broken = new WorkerChecker(join(root, 'no-such-server.js'), (m) => said.push(m));
  try {
    const [kind, text, uri] = FILES[1];
    const result = await broken.check(request(kind, text, uri), never);
    assert.deepEqual(result, await inThreadChecker().check(request(kind, text, uri), never));
    assert.equal(said.length, 1, said.join('\n'));
    assert.match(said[0], /^Check workers could not start \(.+\); checking in the server's thread instead\.$/);
  } finally {
    broken.dispose();
  }
});
