/**
 * "Check the deployed security.txt" through the bundled language server over stdio (issue 26): the client asks
 * which URLs would be fetched (nothing is), then for the check; the server fetches the open file's Canonical URLs
 * from a loopback HTTPS server (its CA made in the test, trusted through NODE_EXTRA_CA_CERTS, which the spawned
 * server inherits) and answers the exact findings on the open file and the deployed copies. Run
 * `node scripts/build.mjs` first.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CheckDeployedRequest, type DeployedCheckResult } from '../server/src/protocol';
import { withClient } from './lsp-client';
import { httpsServer, makePki, requests, send } from './live-server';
import { tempDir } from './helpers';

const WK = '/.well-known/security.txt';
let port = 0;
let dir = '';

const local = (path: string): string =>
  `Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/policy\nCanonical: https://127.0.0.1:${port}${path}\n`;

before(async () => {
  const pki = makePki();
  const ca = join(tempDir('lsp-deployed-ca-'), 'ca.pem');
  writeFileSync(ca, pki.ca);
  process.env.NODE_EXTRA_CA_CERTS = ca;
  // Served: an older file with another contact.
  port = await httpsServer(pki.valid, {
    [`127.0.0.1${WK}`]: (res, p) =>
      send(local(WK).replace('security@', 'old-security@').replace('2027-06-30', '2026-12-31'))(res, p),
  });
  dir = tempDir('lsp-deployed-');
});

type Shown = Array<{ line: number; character: number; code: unknown; message: string }>;
const shown = (result: DeployedCheckResult): Shown =>
  result.diagnostics.map((d) => ({ ...d.range.start, code: d.code, message: d.message }));

test('the server names the Canonical URLs without fetching, then fetches and compares them', async () => {
  const uri = pathToFileURL(join(dir, 'security.txt')).toString();
  const url = `https://127.0.0.1:${port}${WK}`;
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    client.open(uri, local(WK), 'securitytxt');
    requests.length = 0;
    const dry = await client.connection.sendRequest(CheckDeployedRequest, { uri, dryRun: true });
    assert.deepEqual(dry, { urls: [url], copies: [], diagnostics: [] });
    assert.equal(requests.length, 0);
    const result = await client.connection.sendRequest(CheckDeployedRequest, { uri });
    assert.deepEqual(result.urls, [url]);
    assert.deepEqual(
      result.copies.map((c) => [c.url, c.answer, c.text?.split('\n')[0]]),
      [[url, 'answered 200 OK', 'Contact: mailto:old-security@acme.org']],
    );
    assert.deepEqual(shown(result), [
      {
        line: 0,
        character: 9,
        code: 'deployed-contacts',
        message: `The copy deployed at ${url} has other contacts: mailto:old-security@acme.org only there, mailto:security@acme.org only here; expected the same contacts.`,
      },
      {
        line: 1,
        character: 9,
        code: 'deployed-outdated',
        message: `The copy deployed at ${url} is older: it expires 2026-12-31T00:00:00Z, this file 2027-06-30T00:00:00Z; expected this file deployed.`,
      },
    ]);
    assert.deepEqual(
      requests.map((r) => `${r.host}${r.path}`),
      [`127.0.0.1${WK}`],
    );
  });
});

test('the deployed check speaks the locale of initialize', async () => {
  const uri = pathToFileURL(join(dir, 'security.txt')).toString();
  const url = `https://127.0.0.1:${port}${WK}`;
  await withClient({ pull: true, rootPath: dir, locale: 'de' }, async (client) => {
    client.open(uri, local(WK), 'securitytxt');
    const result = await client.connection.sendRequest(CheckDeployedRequest, { uri });
    const message = (code: string): string => result.diagnostics.find((d) => d.code === code)?.message ?? '';
    assert.equal(
      message('deployed-outdated'),
      `Die unter ${url} bereitgestellte Kopie ist älter: Sie läuft am 2026-12-31T00:00:00Z ab, diese Datei am 2027-06-30T00:00:00Z; erwartet wird, dass diese Datei bereitgestellt wird.`,
    );
    assert.equal(
      message('deployed-contacts'),
      `Die unter ${url} bereitgestellte Kopie hat andere Kontakte: mailto:old-security@acme.org nur dort, mailto:security@acme.org nur hier; erwartet werden dieselben Kontakte.`,
    );
  });
});

test('how a URL served the file shows on the Canonical line that names it; no diff when nothing was served', async () => {
  const uri = pathToFileURL(join(dir, 'missing', 'security.txt')).toString();
  const url = `https://127.0.0.1:${port}/missing/security.txt`;
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    client.open(uri, local('/missing/security.txt'), 'securitytxt');
    const result = await client.connection.sendRequest(CheckDeployedRequest, { uri });
    assert.deepEqual(result.copies, [{ url, answer: 'answered 404 Not Found' }]);
    assert.deepEqual(shown(result), [
      {
        line: 3,
        character: 11,
        code: 'served-status',
        message: `${url} answered 404 Not Found, expected 200 with the file.`,
      },
      {
        line: 3,
        character: 11,
        code: 'deployed-missing',
        message: `Not deployed: ${url} answered 404 Not Found, expected this file there.`,
      },
    ]);
  });
});

test('only an open security.txt is checked; one without Canonical fetches nothing', async () => {
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const policy = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    client.open(policy, '# Security\n');
    await assert.rejects(
      client.connection.sendRequest(CheckDeployedRequest, { uri: policy }),
      /is not an open security\.txt/,
    );
    const bare = pathToFileURL(join(dir, 'bare', 'security.txt')).toString();
    client.open(bare, 'Contact: mailto:security@acme.org\n', 'securitytxt');
    requests.length = 0;
    assert.deepEqual(await client.connection.sendRequest(CheckDeployedRequest, { uri: bare }), {
      urls: [],
      copies: [],
      diagnostics: [],
    });
    assert.equal(requests.length, 0);
    await assert.rejects(
      client.connection.sendRequest('securityPolicy/checkDeployed', { uri: 1 }),
      /securityPolicy\/checkDeployed: uri/,
    );
  });
});
