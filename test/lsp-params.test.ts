/**
 * Ill-typed params over real stdio (issue 31), as raw JSON-RPC messages: every request the server handles answers
 * InvalidParams (-32602) with a plain message naming the bad field, every notification is ignored with one line in
 * the client's log, no stack trace reaches the client, and the server keeps serving.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempFolder } from './lsp-client';
import { withRawServer, type RawMessage, type RawServer } from './lsp-raw';

const root = join(__dirname, '..');

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

const uri = 'file:///work/acme/SECURITY.md';
const at = { line: 0, character: 0 };
const position = { textDocument: { uri }, position: at };

/** Method, params, and the message of the InvalidParams answer. */
const BAD_REQUESTS: Array<[string, unknown, string]> = [
  ['textDocument/hover', null, 'params must be an object, got null'],
  ['textDocument/hover', [uri, at], 'params must be an object, got an array'],
  ['textDocument/hover', { textDocument: { uri: 5 }, position: at }, 'textDocument.uri must be a string, got 5'],
  [
    'textDocument/hover',
    { textDocument: { uri }, position: { line: -1, character: 0 } },
    'position.line must be a whole number from 0 to 2147483647, got -1',
  ],
  ['textDocument/completion', 'just a string', 'params must be an object, got "just a string"'],
  [
    'textDocument/completion',
    { ...position, context: { triggerKind: 9 } },
    'context.triggerKind must be one of 1, 2, 3, got 9',
  ],
  [
    'textDocument/codeAction',
    { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: 'none' } },
    'context.diagnostics must be an array, got "none"',
  ],
  [
    'textDocument/codeAction',
    { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [{ message: 'x' }] } },
    'context.diagnostics[0].range must be an object, got nothing',
  ],
  [
    'textDocument/codeAction',
    { textDocument: { uri }, range: { start: at } },
    'range.end must be an object, got nothing',
  ],
  ['textDocument/diagnostic', { textDocument: null }, 'textDocument must be an object, got null'],
  ['workspace/executeCommand', { command: 42 }, 'command must be a string, got 42'],
  ['workspace/executeCommand', { command: 'x', arguments: 'a' }, 'arguments must be an array, got "a"'],
  ['securityPolicy/policyContacts', { text: 42 }, 'text must be a string, got 42'],
  ['securityPolicy/generateInsights', { answers: {} }, 'answers.projectName must be a string, got nothing'],
  ['securityPolicy/checkWorkspace', {}, 'params must be absent, got an object'],
];

/** Method, params, and the reason in the log line. */
const BAD_NOTIFICATIONS: Array<[string, unknown, string]> = [
  [
    'textDocument/didOpen',
    { textDocument: { uri, languageId: 'markdown', version: 1, text: null } },
    'textDocument.text must be a string, got null',
  ],
  [
    'textDocument/didChange',
    { textDocument: { uri, version: null }, contentChanges: [{ text: 'x' }] },
    'textDocument.version must be a whole number, got null',
  ],
  [
    'textDocument/didChange',
    { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: at }, text: 'x' }] },
    'contentChanges[0].range.end must be an object, got nothing',
  ],
  ['textDocument/didClose', {}, 'textDocument must be an object, got nothing'],
  ['workspace/didChangeConfiguration', null, 'params must be an object, got null'],
  ['workspace/didChangeWatchedFiles', { changes: null }, 'changes must be an array, got null'],
  [
    'workspace/didChangeWorkspaceFolders',
    { event: { added: [{ uri: 1, name: 'a' }], removed: [] } },
    'event.added[0].uri must be a string, got 1',
  ],
  ['$/cancelRequest', { id: null }, 'id must be a number or a string, got null'],
  ['$/setTrace', { value: 'loud' }, 'value must be one of "off", "messages", "verbose", got "loud"'],
];

const POLICY = '# Security\n\nEmail a@users.noreply.github.com.\n';

async function diagnosticsOf(server: RawServer, id: number, document: string): Promise<string[]> {
  server.write(server.request(id, 'textDocument/diagnostic', { textDocument: { uri: document } }));
  const answer = await server.response(id);
  const items = (answer.result as { items: Array<{ code: string; range: { start: typeof at } }> }).items;
  return items.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);
}

test('initialize with ill-typed capabilities is refused with InvalidParams, and a good one then succeeds', async () => {
  await withRawServer({}, async (server) => {
    server.write(server.request(1, 'initialize', { processId: null, rootUri: null, capabilities: null }));
    assert.deepEqual(await server.response(1), {
      jsonrpc: '2.0',
      id: 1,
      error: { code: -32602, message: 'initialize: capabilities must be an object, got null.' },
    });
    await server.initialize();
    await server.waitFor(
      () => server.logs().some((l) => l.startsWith('Security Policy language server ready')),
      'the server to be ready',
    );
  });
});

test('every request with ill-typed params gets InvalidParams naming the field; notifications are ignored and logged once', async () => {
  const dir = tempFolder();
  const policy = pathToFileURL(join(dir, 'SECURITY.md')).toString();
  await withRawServer({}, async (server) => {
    await server.initialize(pathToFileURL(dir).toString());
    const open = { textDocument: { uri: policy, languageId: 'markdown', version: 1, text: POLICY } };
    server.write(server.notification('textDocument/didOpen', open));
    const before = await diagnosticsOf(server, 1, policy);
    assert.ok(before.includes('undeliverable-contact 2:6'), before.join(', '));
    // All in one write, as a hostile or broken client may send them.
    server.write(
      ...BAD_REQUESTS.map(([method, params], i) => server.request(100 + i, method, params)),
      ...BAD_NOTIFICATIONS.map(([method, params]) => server.notification(method, params)),
    );
    const answers = await Promise.all(BAD_REQUESTS.map((_, i) => server.response(100 + i)));
    assert.deepEqual(
      answers.map((a: RawMessage) => a.error),
      BAD_REQUESTS.map(([method, , message]) => ({ code: -32602, message: `${method}: ${message}.` })),
    );
    const after = await diagnosticsOf(server, 2, policy);
    assert.deepEqual(after, before, 'still serving, with the same answer');
    const ignored = server.logs().filter((l) => l.startsWith('Ignored '));
    assert.deepEqual(
      ignored,
      BAD_NOTIFICATIONS.map(([method, , reason]) => `Ignored ${method}: ${reason}.`),
    );
    const everything = [...server.logs(), server.stderr].join('\n');
    assert.ok(!/\n\s+at |TypeError|Request .* failed/.test(everything), everything);
    assert.equal(server.process.exitCode, null, 'alive');
  });
});
