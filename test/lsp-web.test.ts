/**
 * The browser build of the language server (server/src/lsp/browser.ts), as the web extension runs it: in the same
 * thread as its client, over a MessageChannel, reading every file through the client's requests. The folder has
 * github.dev's URI scheme, so nothing can be read from disk by the server itself; the Node server reads such a
 * folder the same way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { startServerOnPort } from '../server/src/lsp/browser';
import { repositoryUrlOfFolder } from '../server/src/lsp/web-folders';
import type { ReadFileResult } from '../server/src/protocol';
import { actionsFor, pull, tempFolder, withClient, type TestClient } from './lsp-client';

const ROOT_URI = 'vscode-vfs://github/acme/app';

/** A workspace on disk that the client (and only the client) maps to ROOT_URI. */
function workspace(files: Record<string, string>): {
  dir: string;
  uri: (rel: string) => string;
  requests: string[];
  /** Runs `use` with a client of the browser build in this thread, or with `node` of the bundled Node server over stdio. */
  withClient: <T>(use: (client: TestClient) => Promise<T>, server?: 'browser' | 'node') => Promise<T>;
} {
  const dir = tempFolder();
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const pathOf = (uri: string): string | undefined =>
    uri.startsWith(`${ROOT_URI}/`) ? join(dir, decodeURIComponent(uri.slice(ROOT_URI.length + 1))) : undefined;
  const requests: string[] = [];
  const run = <T>(use: (client: TestClient) => Promise<T>, server: 'browser' | 'node' = 'browser'): Promise<T> => {
    let port: MessagePort | undefined;
    if (server === 'browser') {
      const channel = new MessageChannel();
      startServerOnPort(channel.port2);
      port = channel.port1;
    }
    const handlers = (client: TestClient): void => {
      client.connection.onRequest('securityPolicy/readFile', ({ uri }: { uri: string }): ReadFileResult => {
        requests.push(`readFile ${uri}`);
        const path = pathOf(uri);
        return path && existsSync(path) ? { text: readFileSync(path, 'utf8') } : { missing: true };
      });
      client.connection.onRequest('securityPolicy/filesExist', ({ uris }: { uris: string[] }) => {
        requests.push(`filesExist ${uris.join(' ')}`);
        return uris.map((u) => existsSync(pathOf(u) ?? '/nonexistent'));
      });
      client.connection.onRequest('securityPolicy/findSecurityFiles', ({ folderUri }: { folderUri: string }) => {
        requests.push(`findSecurityFiles ${folderUri}`);
        return readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && /^security(-insights\.yml|\.md|\.txt)$/i.test(e.name))
          .map((e) => `${ROOT_URI}/${relative(dir, join(e.parentPath, e.name))}`)
          .sort();
      });
    };
    return withClient({ pull: true, rootUri: ROOT_URI, port, handlers }, use);
  };
  return { dir, uri: (rel) => `${ROOT_URI}/${rel}`, requests, withClient: run };
}

const POLICY =
  '# Security\n\n## Reporting\n\nEmail security@acme.org. See [the process](docs/process.md) and [the scope](docs/scope.md).\n';

test('a link to a missing file is found through the client, and only that link', async () => {
  const ws = workspace({ 'SECURITY.md': POLICY, 'docs/scope.md': '# Scope\n' });
  await ws.withClient(async (client) => {
    client.open(ws.uri('SECURITY.md'), POLICY);
    const broken = (await pull(client, ws.uri('SECURITY.md'))).filter((d) => d.code === 'broken-link');
    assert.deepEqual(
      broken.map((d) => [d.range.start.line, d.range.start.character, d.message]),
      [[4, 29, 'The file "docs/process.md" does not exist, expected a path relative to this policy.']],
    );
    assert.ok(
      ws.requests.includes(`filesExist ${ws.uri('docs/process.md')} ${ws.uri('docs/scope.md')}`),
      ws.requests.join('\n'),
    );
    // Once the file is there, the next check within the trust period keeps its answer; a new link is asked about.
    writeFileSync(join(ws.dir, 'docs', 'other.md'), '# Other\n');
    client.change(ws.uri('SECURITY.md'), POLICY.replace('docs/process.md', 'docs/other.md'));
    assert.deepEqual(
      (await pull(client, ws.uri('SECURITY.md'))).filter((d) => d.code === 'broken-link'),
      [],
    );
  });
});

test('security.txt is compared with the SECURITY.md the client reads; the folder configuration applies', async () => {
  const txt = 'Contact: mailto:psirt@acme.org\nExpires: 2099-01-01T00:00:00Z\n';
  const ws = workspace({
    'SECURITY.md': POLICY,
    'docs/process.md': '',
    'docs/scope.md': '',
    '.well-known/security.txt': txt,
    '.security-policy.json': '{ "rules": { "expires-too-far": "off" } }',
  });
  await ws.withClient(async (client) => {
    client.open(ws.uri('.well-known/security.txt'), txt, 'securitytxt');
    const items = await pull(client, ws.uri('.well-known/security.txt'));
    const mismatch = items.find((d) => d.code === 'contact-mismatch');
    assert.equal(
      mismatch?.message,
      'security.txt names "mailto:psirt@acme.org" but SECURITY.md names "mailto:security@acme.org", expected the same contacts.',
    );
    assert.deepEqual(mismatch?.range.start, { line: 0, character: 9 });
    assert.ok(!items.some((d) => d.code === 'expires-too-far'), 'turned off by .security-policy.json');
    assert.ok(ws.requests.includes(`readFile ${ws.uri('.security-policy.json')}`));
    assert.ok(ws.requests.includes(`readFile ${ws.uri('SECURITY.md')}`));
  });
});

test('"Check all security files" reads the files that are not open through the client and publishes their problems', async () => {
  const ws = workspace({
    'SECURITY.md': '# Security\n\nEmail a@users.noreply.github.com.\n',
    '.github/SECURITY.md': POLICY,
  });
  await ws.withClient(async (client) => {
    const result = await client.connection.sendRequest<{ files: number; problems: number }>(
      'securityPolicy/checkWorkspace',
    );
    assert.equal(result.files, 2);
    const published = await client.waitFor(
      () => client.published.find((p) => p.uri === ws.uri('SECURITY.md')),
      'diagnostics of SECURITY.md',
    );
    assert.ok(published.diagnostics.some((d) => d.code === 'undeliverable-contact' && d.range.start.line === 2));
  });
});

test("the Node server reads a virtual workspace through the client too (VS Code desktop with github.dev's file system)", async () => {
  const ws = workspace({ 'SECURITY.md': POLICY, 'docs/scope.md': '# Scope\n', '.github/SECURITY.md': POLICY });
  await ws.withClient(async (client) => {
    client.open(ws.uri('SECURITY.md'), POLICY);
    const items = await pull(client, ws.uri('SECURITY.md'));
    assert.deepEqual(
      items.filter((d) => d.code === 'broken-link').map((d) => d.message),
      ['The file "docs/process.md" does not exist, expected a path relative to this policy.'],
    );
    assert.ok(
      items.some((d) => d.message.startsWith('Another policy exists at ".github/SECURITY.md"')),
      items.map((d) => d.message).join('\n'),
    );
  }, 'node');
});

test('completion, hover and quick fixes answer in the browser build as on Node', async () => {
  const txt = 'Contact: mailto:security@acme.org\nExpires: 2020-01-01T00:00:00Z\n';
  const ws = workspace({ '.well-known/security.txt': txt });
  await ws.withClient(async (client) => {
    const uri = ws.uri('.well-known/security.txt');
    client.open(uri, txt, 'securitytxt');
    const expired = (await pull(client, uri)).find((d) => d.code === 'expired');
    assert.ok(expired, 'the expired date is reported');
    const actions = await actionsFor(client, uri, [expired]);
    assert.ok(
      actions.some((a) => a.title.startsWith('Renew Expires')),
      actions.map((a) => a.title).join(' | '),
    );
    client.change(uri, `${txt}Pol`);
    const fields = await client.connection.sendRequest<Array<{ label: string }>>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 3 },
    });
    assert.ok(fields.some((f) => f.label === 'Policy'));
    const hover = await client.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 2 },
    });
    assert.match(hover.contents.value, /RFC 9116 §2\.5\.3/);
  });
});

test("github.dev's folder URI names the repository", () => {
  assert.equal(repositoryUrlOfFolder('vscode-vfs://github/acme/app'), 'https://github.com/acme/app');
  assert.equal(repositoryUrlOfFolder('vscode-vfs://github/acme/app/sub'), undefined);
  assert.equal(repositoryUrlOfFolder('file:///home/acme/app'), undefined);
});
