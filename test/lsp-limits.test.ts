/**
 * What the language server does with documents past its bounds (issue 31): a document larger than the editor checks
 * gets one diagnostic saying so and nothing else is computed for it; "fix all" is offered to clients that resolve
 * code actions without fixing the whole document on each move of the cursor.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { MAX_EDITOR_DOCUMENT_BYTES, tooLargeForEditor, utf8Length } from '../server/src/core/limits';
import { actionsFor, applyAction, pull, tempFolder, withClient } from './lsp-client';

const root = join(__dirname, '..');
const seed = (name: string): string => readFileSync(join(root, 'test', 'fixtures', 'seeds', name), 'utf8');

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

test('utf8Length counts what TextEncoder writes, for any well-formed text', () => {
  fc.assert(
    fc.property(fc.fullUnicodeString({ maxLength: 200 }), (text) => {
      assert.equal(utf8Length(text), new TextEncoder().encode(text).length);
    }),
  );
});

test('the editor bound is in UTF-8 bytes: two-byte letters count twice', () => {
  assert.equal(tooLargeForEditor('a'.repeat(MAX_EDITOR_DOCUMENT_BYTES)), undefined);
  assert.equal(tooLargeForEditor('é'.repeat(MAX_EDITOR_DOCUMENT_BYTES / 2)), undefined);
  assert.equal(
    tooLargeForEditor(`${'é'.repeat(MAX_EDITOR_DOCUMENT_BYTES / 2)}!`),
    'This file is not checked in the editor: it is 2.0 MB, and the editor checks security files up to 2.0 MB (a policy is a few kilobytes). Run `security-policy check` on it to check files up to 4.0 MB.',
  );
});

test('a document larger than the editor checks gets one diagnostic, and no hover, completion or code action', async () => {
  const dir = tempFolder();
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    client.open(uri, `# Security\n\n${'Report it to security@acme.org. '.repeat(100_000)}\n`);
    assert.deepEqual(await pull(client, uri), [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 2,
        source: 'security-policy',
        code: 'check-limits',
        codeDescription: {
          href: 'https://github.com/security-policy/security-policy/blob/main/docs/rules/check-limits.md',
        },
        message:
          'This file is not checked in the editor: it is 3.1 MB, and the editor checks security files up to 2.0 MB (a policy is a few kilobytes). Run `security-policy check` on it to check files up to 4.0 MB.',
      },
    ]);
    const at = { textDocument: { uri }, position: { line: 0, character: 1 } };
    assert.equal(await client.connection.sendRequest('textDocument/hover', at), null);
    assert.deepEqual(await client.connection.sendRequest('textDocument/completion', at), []);
    assert.deepEqual(await actionsFor(client, uri, []), []);
  });
});

test('with codeAction/resolve, "fix all" comes without its edit until it is chosen, and then fixes the document', async () => {
  const dir = tempFolder();
  await withClient({ pull: true, rootPath: dir, resolvesCodeActions: true }, async (client) => {
    const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    const text = seed('004_6b676d4ed55cad0f.txt');
    client.open(uri, text);
    await pull(client, uri);
    const offered = (await actionsFor(client, uri, [])).filter((a) => a.kind === 'source.fixAll.securityPolicy');
    assert.deepEqual(offered, [
      {
        title: 'Fix all safe Security Policy problems',
        kind: 'source.fixAll.securityPolicy',
        data: { fixAll: { uri, version: 1 } },
      },
    ]);
    const resolved = await client.connection.sendRequest<CodeAction>('codeAction/resolve', offered[0]);
    const [onSave] = await actionsFor(client, uri, [], ['source.fixAll.securityPolicy']);
    assert.deepEqual(resolved.edit, onSave.edit, 'the same edit as codeActionsOnSave gets at once');
    const fixed = applyAction(text, resolved);
    client.change(uri, fixed);
    await pull(client, uri);
    const after = (await actionsFor(client, uri, [])).filter((a) => a.kind === 'source.fixAll.securityPolicy');
    assert.deepEqual(after, [], 'nothing left to fix: no "fix all" offered');
  });
});
