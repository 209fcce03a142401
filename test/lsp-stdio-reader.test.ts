/**
 * The strict stdio frame reader (server/src/lsp/stdio-reader.ts) in this process: frames cut at every byte, header
 * text inside a JSON string, large bodies in many chunks, and the first error only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { Message } from 'vscode-languageserver/node';
import { StrictStreamReader } from '../server/src/lsp/stdio-reader';
import { frame } from './lsp-raw';

function reader(): { input: PassThrough; messages: Message[]; errors: string[] } {
  const input = new PassThrough();
  const messages: Message[] = [];
  const errors: string[] = [];
  const r = new StrictStreamReader(input, 60_000);
  r.onError((e) => errors.push(e.message));
  r.listen((m) => messages.push(m));
  return { input, messages, errors };
}

/** Writes `bytes` in pieces of `size` bytes and lets the stream deliver them. */
async function feed(input: PassThrough, bytes: Buffer, size: number): Promise<void> {
  for (let i = 0; i < bytes.length; i += size) input.write(bytes.subarray(i, i + size));
  await new Promise((resolve) => setImmediate(resolve));
}

const tricky = {
  jsonrpc: '2.0',
  method: 'textDocument/didOpen',
  params: {
    textDocument: {
      uri: 'file:///a/SECURITY.md',
      languageId: 'markdown',
      version: 1,
      text: 'Send\r\nContent-Length: 12\r\n\r\nto us: é 🔐 {"x": 1}',
    },
  },
};

test('frames cut at every byte, with header text and multibyte characters inside strings, are read whole', async () => {
  const bytes = Buffer.from(frame(tricky) + frame({ jsonrpc: '2.0', id: 1, method: 'shutdown' }), 'utf8');
  for (const size of [1, 2, 3, 7, 16, 64, bytes.length]) {
    const { input, messages, errors } = reader();
    await feed(input, bytes, size);
    assert.deepEqual(errors, [], `pieces of ${size}`);
    assert.deepEqual(messages, [tricky, { jsonrpc: '2.0', id: 1, method: 'shutdown' }], `pieces of ${size}`);
  }
});

test('a 20 MB body in 64 KB chunks is read in linear time', async () => {
  const message = { jsonrpc: '2.0', method: 'x', params: { text: 'Content-Length: 1 '.repeat(1_200_000) } };
  const bytes = Buffer.from(frame(message), 'utf8');
  const { input, messages, errors } = reader();
  const started = performance.now();
  await feed(input, bytes, 64 * 1024);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(errors, []);
  assert.equal(messages.length, 1);
  // Quadratic copying would take minutes; linear reading takes well under a second even on a loaded machine.
  assert.ok(performance.now() - started < 10_000, `${Math.round(performance.now() - started)} ms`);
});

test('a header whose Content-Length was too large is found even when it arrives byte by byte; one error only', async () => {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'shutdown' });
  const bytes = Buffer.from(
    `Content-Length: ${body.length + 40}\r\n\r\n${body}${frame({ jsonrpc: '2.0', method: 'exit' })}`,
  );
  const { input, messages, errors } = reader();
  await feed(input, bytes, 1);
  assert.deepEqual(messages, []);
  assert.deepEqual(errors, [
    `Framing error: a frame announced ${body.length + 40} bytes but the next frame's header starts at byte ${body.length} of them: its Content-Length is wrong.`,
  ]);
});

test('header lines: two Content-Lengths, a line without a colon, another charset', async () => {
  const cases: Array<[string, string]> = [
    ['Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}', 'a header block with two Content-Length lines'],
    ['Content-Length 2\r\n\r\n{}', 'a header line that is not "Name: value": "Content-Length 2"'],
    [
      'Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=latin1\r\n\r\n{}',
      'a Content-Type with a charset other than UTF-8: "application/vscode-jsonrpc; charset=latin1"',
    ],
    [
      'Content-Length: 99999999999\r\n\r\n{}',
      'a Content-Length that is not a whole number of bytes up to 134217728: "99999999999"',
    ],
  ];
  for (const [bytes, reason] of cases) {
    const { input, messages, errors } = reader();
    await feed(input, Buffer.from(bytes), bytes.length);
    assert.deepEqual([messages, errors], [[], [`Framing error: ${reason}.`]]);
  }
  const { input, messages, errors } = reader();
  const ok = 'content-length: 2\r\ncontent-type: application/vscode-jsonrpc; charset=utf8\r\n\r\n{}';
  await feed(input, Buffer.from(ok), ok.length);
  assert.deepEqual([messages, errors], [[{}], []]);
});
