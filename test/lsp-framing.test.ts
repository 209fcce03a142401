/**
 * Broken frames over real stdio (issue 31): the server must not stay alive and deaf. Each case is written to the
 * bundled server after a normal start; the server must exit with code 1 and say why in stderr and in the client's
 * log, so that the editor starts it again.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { frame, withRawServer, type RawServer } from './lsp-raw';

const root = join(__dirname, '..');

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

const hover = { jsonrpc: '2.0', id: 7, method: 'textDocument/hover', params: {} };
const hoverBody = JSON.stringify(hover);
const EXIT_NOTE = ' Exiting, so that the editor starts the server again.';

/** Starts a server, writes `bytes`, and returns the reason it gave for exiting with code 1. */
async function reasonFor(bytes: string | ((server: RawServer) => void), env: Record<string, string> = {}) {
  return withRawServer(env, async (server) => {
    await server.initialize();
    if (typeof bytes === 'string') server.write(bytes);
    else bytes(server);
    const exit = await server.exited();
    assert.deepEqual(exit, { code: 1, signal: null }, server.stderr);
    const line = server.stderr.split('\n').find((l) => l.includes('Framing error'));
    assert.ok(line, server.stderr);
    assert.ok(line.startsWith('security-policy-language-server: Framing error: '), line);
    assert.ok(line.endsWith(EXIT_NOTE), line);
    const reason = line.slice('security-policy-language-server: '.length, -EXIT_NOTE.length);
    assert.deepEqual(
      server.logs().filter((l) => l.includes('Framing error')),
      [line],
      'the same reason in the client log',
    );
    return reason;
  });
}

test('a frame without Content-Length ends the server with its reason', async () => {
  assert.equal(
    await reasonFor(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${hoverBody}`),
    'Framing error: a header block without Content-Length: "Content-Type: application/vscode-jsonrpc; charset=utf-8".',
  );
});

test('a Content-Length that is not a number ends the server', async () => {
  assert.equal(
    await reasonFor(`Content-Length: twelve\r\n\r\n${hoverBody}`),
    'Framing error: a Content-Length that is not a whole number of bytes up to 134217728: "twelve".',
  );
});

test('a Content-Length too small (a cut body) ends the server', async () => {
  const reason = await reasonFor(`Content-Length: 20\r\n\r\n${hoverBody}`);
  assert.match(reason, /^Framing error: a body of 20 bytes that is not UTF-8 JSON \(.+\)\.$/);
});

test("a Content-Length too large ends the server as soon as the next frame's header arrives", async () => {
  const length = Buffer.byteLength(hoverBody) + 50;
  assert.equal(
    await reasonFor(`Content-Length: ${length}\r\n\r\n${hoverBody}${frame(hover)}`),
    `Framing error: a frame announced ${length} bytes but the next frame's header starts at byte ${Buffer.byteLength(hoverBody)} of them: its Content-Length is wrong.`,
  );
});

test('a Content-Length too large and nothing after it ends the server once the frame has stalled', async () => {
  const length = Buffer.byteLength(hoverBody) + 50;
  assert.equal(
    await reasonFor(`Content-Length: ${length}\r\n\r\n${hoverBody}`, { SECURITY_POLICY_LSP_STALL_MS: '300' }),
    `Framing error: a frame left at ${Buffer.byteLength(hoverBody)} of the ${length} bytes its Content-Length announced for 0.3 s: the Content-Length is wrong or the client stopped.`,
  );
});

test('a header block that never ends ends the server', async () => {
  assert.equal(
    await reasonFor(`X-Padding: ${'a'.repeat(5000)}`),
    'Framing error: a header block longer than 4096 bytes without the empty line that ends it.',
  );
});

test('a body that is not JSON ends the server, and so does JSON that is not a message', async () => {
  assert.match(
    await reasonFor('Content-Length: 11\r\n\r\nhello world'),
    /^Framing error: a body of 11 bytes that is not UTF-8 JSON \(.+\)\.$/,
  );
  assert.equal(
    await reasonFor('Content-Length: 2\r\n\r\n42'),
    'Framing error: a body of 2 bytes that is JSON but not a JSON-RPC message (an object).',
  );
});

test('frames split anywhere, and several in one write, are read as they are sent', async () => {
  await withRawServer({}, async (server) => {
    await server.initialize();
    const bytes = frame({ jsonrpc: '2.0', id: 1, method: 'shutdown' });
    for (const ch of bytes) server.write(ch);
    assert.deepEqual(await server.response(1), { jsonrpc: '2.0', id: 1, result: null });
    server.write(server.notification('exit'));
    assert.deepEqual(await server.exited(), { code: 0, signal: null });
  });
});
