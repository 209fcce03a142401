/**
 * Cancellation over real stdio (issue 31): every request the server answers, sent with its $/cancelRequest in the
 * same write, is answered RequestCancelled (-32800) and does none of its work; a pull cancelled while a long check
 * runs is answered at once, without waiting for the check.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { slowPolicy, tempFolder, withClient } from './lsp-client';
import { withRawServer } from './lsp-raw';

const root = join(__dirname, '..');

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

const CANCELLED = { code: -32800, message: 'The request was cancelled.' };
const POLICY = '# Security\n\nEmail a@users.noreply.github.com.\n';

test('every request sent with its $/cancelRequest in the same write is answered RequestCancelled and does nothing', async () => {
  const dir = tempFolder();
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'SECURITY.md'), POLICY);
  const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
  const at = { textDocument: { uri }, position: { line: 0, character: 1 } };
  const answers = {
    projectName: 'rocket',
    repositoryUrl: 'https://github.com/acme/rocket',
    maintainer: 'alice',
    licenseExpression: 'MIT',
    status: 'active',
    today: '2026-01-01',
  };
  const requests: Array<[string, unknown]> = [
    ['textDocument/hover', at],
    ['textDocument/completion', at],
    [
      'textDocument/codeAction',
      { ...at, range: { start: at.position, end: at.position }, context: { diagnostics: [] } },
    ],
    ['textDocument/diagnostic', { textDocument: { uri } }],
    ['workspace/executeCommand', { command: 'securityPolicy.showDocumentation', arguments: ['https://example.org/'] }],
    ['securityPolicy/policyContacts', { text: POLICY }],
    ['securityPolicy/generateInsights', { answers }],
    ['securityPolicy/checkWorkspace', undefined],
  ];
  await withRawServer({}, async (server) => {
    await server.initialize(pathToFileURL(dir).toString());
    const open = { textDocument: { uri, languageId: 'markdown', version: 1, text: POLICY } };
    server.write(server.notification('textDocument/didOpen', open));
    server.write(
      ...requests.flatMap(([method, params], i) => [server.request(10 + i, method, params), server.cancel(10 + i)]),
    );
    const responses = await Promise.all(requests.map((_, i) => server.response(10 + i)));
    assert.deepEqual(
      responses.map((r) => [r.id, r.result, r.error]),
      requests.map((_, i) => [10 + i, undefined, CANCELLED]),
    );
    // Not cancelled, the same requests answer: the server is not simply refusing them.
    server.write(server.request(30, 'securityPolicy/policyContacts', { text: 'Email security@acme.org.' }));
    assert.deepEqual((await server.response(30)).result, ['mailto:security@acme.org']);
    server.write(server.request(31, 'textDocument/diagnostic', { textDocument: { uri } }));
    await server.response(31);
    const methods = server.received.filter((m) => m.method !== undefined).map((m) => m.method);
    assert.ok(!methods.includes('window/showDocument'), 'the documentation was not opened');
    assert.ok(!methods.includes('textDocument/publishDiagnostics'), 'the workspace was not checked');
    const statuses = server.received.filter((m) => m.method === 'securityPolicy/status');
    assert.equal(statuses.length, 1, 'one check: the pull that was not cancelled');
  });
});

test('a pull cancelled while a long check runs is answered at once, and the server goes on serving', async () => {
  const dir = tempFolder();
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const slow = pathToFileURL(join(dir, 'docs', 'SECURITY.md')).toString();
    const ordinary = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    client.open(ordinary, POLICY);
    client.open(slow, slowPolicy());
    const source = new CancellationTokenSource();
    const pulled = client.connection.sendRequest(
      'textDocument/diagnostic',
      { textDocument: { uri: slow } },
      source.token,
    );
    // Answered in order: once this hover is answered, the pull is being worked on.
    await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: ordinary },
      position: { line: 0, character: 0 },
    });
    const cancelledAt = performance.now();
    source.cancel();
    await assert.rejects(pulled, (e: { code?: number; message?: string }) => {
      assert.deepEqual({ code: e.code, message: e.message }, CANCELLED);
      return true;
    });
    const answeredIn = performance.now() - cancelledAt;
    assert.ok(!client.statuses.some((s) => s.uri === slow), 'the long check was not finished');
    assert.ok(answeredIn < 2_000, `answered ${Math.round(answeredIn)} ms after the cancellation`);
    const items = await client.connection.sendRequest<{ items: Array<{ code: string }> }>('textDocument/diagnostic', {
      textDocument: { uri: ordinary },
    });
    assert.ok(items.items.some((d) => d.code === 'undeliverable-contact'));
  });
});
