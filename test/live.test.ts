/**
 * The live check (issue 26) against loopback servers: each case of how a security.txt can be served, with its
 * exact findings. Certificates are made in the test (./live-server.ts) and trusted through the `ca` option; every
 * host name resolves to 127.0.0.1 through the `lookup` option. No traffic leaves the machine.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { runLiveCheck, type LiveHooks } from '../server/src/cli/live/run';
import {
  httpServer,
  httpsServer,
  lookup,
  makePki,
  redirect,
  send,
  silentServer,
  type Pki,
  type Routes,
} from './live-server';
import { tempDir } from './helpers';

const WK = '/.well-known/security.txt';
const FIELDS =
  'Contact: mailto:security@acme.org\nExpires: 2026-12-31T00:00:00Z\nEncryption: https://acme.org/pgp.asc\nPolicy: https://acme.org/policy\n';
const HTML = send('<!DOCTYPE html>\n<html><body>Welcome</body></html>\n', { 'content-type': 'text/html' });

let pki: Pki;
const port = { ok: 0, http: 0, expired: 0, wrong: 0, self: 0, silent: 0 };

/** The routes of the main server: one host name per case. */
function routes(): Routes {
  const h = (name: string): string => `${name}.acme.test`;
  const url =
    (name: string, path = WK): ((p: number) => string) =>
    (p) =>
      `https://${h(name)}:${p}${path}`;
  const canonical = (name: string) => (p: number) => `${FIELDS}Canonical: https://${h(name)}:${p}${WK}\n`;
  const withPort = (text: (p: number) => string) => (res: ServerResponse, p: number) => send(text(p))(res, p);
  return {
    [`${h('valid')}${WK}`]: withPort(canonical('valid')),
    [`${h('path')}${WK}`]: redirect(url('path', '/index.html')),
    [`${h('path')}/index.html`]: send(FIELDS),
    [`${h('tohttp')}${WK}`]: redirect(() => `http://${h('tohttp')}:${port.http}${WK}`),
    [`${h('tohost')}${WK}`]: redirect((p) => `https://elsewhere.test:${p}${WK}`),
    [`elsewhere.test${WK}`]: send(FIELDS),
    [`${h('html')}${WK}`]: HTML,
    [`${h('html')}/security.txt`]: HTML,
    [`${h('notype')}${WK}`]: send(FIELDS, {}),
    [`${h('charset')}${WK}`]: send(FIELDS, { 'content-type': 'text/plain; charset=iso-8859-1' }),
    [`${h('e500')}${WK}`]: send('oops\n', { 'content-type': 'text/plain' }, 500),
    [`${h('big')}${WK}`]: send(Buffer.alloc(1024 * 1024, 'Comment: padding\n')),
    [`${h('loop')}${WK}`]: redirect(url('loop', '/a')),
    [`${h('loop')}/a`]: redirect(url('loop')),
    [`${h('differ')}${WK}`]: send(FIELDS),
    [`${h('differ')}/security.txt`]: send(FIELDS.replace('2026-12-31', '2026-11-30')),
    [`${h('canon')}${WK}`]: send(`${FIELDS}Canonical: https://www.canon.acme.test${WK}\n`),
    [`${h('legacy')}/security.txt`]: send(FIELDS),
  };
}

before(async () => {
  pki = makePki();
  port.ok = await httpsServer(pki.valid, routes());
  port.http = await httpServer({ [`tohttp.acme.test${WK}`]: send(FIELDS) });
  port.expired = await httpsServer(pki.expired, {});
  port.wrong = await httpsServer(pki.wrongHost, {});
  port.self = await httpsServer(pki.selfSigned, {});
  port.silent = await silentServer();
  // The test hosts are reserved names (.test), which placeholder rightly reports in a Canonical: not here.
  config = join(tempDir('live-config-'), 'config.json');
  writeFileSync(config, JSON.stringify({ rules: { placeholder: 'off' } }));
});
let config = '';

interface Shown {
  file: string;
  diagnostics: Array<{ rule: string; line: number; column: number; message: string }>;
}

/** The JSON output of a live check, each finding as rule, line, column and message. */
async function check(
  sites: string[],
  flags: { timeout?: number; concurrency?: number; urls?: string } = {},
): Promise<{ code: number; files: Shown[] }> {
  let out = '';
  const hooks: LiveHooks = { ca: pki.ca, lookup, write: (s) => void (out += s), progress: () => undefined };
  const code = await runLiveCheck(sites, { format: 'json', today: '2026-06-01', config, ...flags }, hooks);
  const files = (JSON.parse(out) as Shown[]).map((f) => ({
    file: f.file,
    diagnostics: f.diagnostics.map(({ rule, line, column, message }) => ({ rule, line, column, message })),
  }));
  return { code, files };
}

const at = (name: string, p = port.ok): string => `https://${name}.acme.test:${p}`;

type D = Shown['diagnostics'][number];
const d = (rule: string, message: string, line = 1, column = 1): D => ({ rule, line, column, message });
/** What the file rules say about FIELDS: it is not signed. */
const NOT_SIGNED = d('not-signed', 'The file is not signed, expected an OpenPGP cleartext signature (RECOMMENDED).');
const file = (name: string, path = WK, p = port.ok): string => `${at(name, p)}${path}`;

/** Each case: the site, the exit code, and exactly what is reported on its file. */
const CASES: Array<[string, () => string, number, () => D[]]> = [
  ['a valid file, Canonical listing its URL', () => 'valid', 0, () => [NOT_SIGNED]],
  [
    'a redirect to another path',
    () => 'path',
    0,
    () => [
      NOT_SIGNED,
      d(
        'served-redirect',
        `The redirects end at ${at('path')}/index.html, expected /.well-known/security.txt or /security.txt.`,
      ),
    ],
  ],
  [
    'a redirect to http',
    () => 'tohttp',
    1,
    () => [
      NOT_SIGNED,
      d(
        'served-https',
        `A redirect leaves HTTPS: ${file('tohttp')} leads to http://tohttp.acme.test:${port.http}${WK}, expected https:// throughout (RFC 9116 §3).`,
      ),
    ],
  ],
  [
    'a redirect to another host',
    () => 'tohost',
    0,
    () => [
      NOT_SIGNED,
      d(
        'served-redirect',
        `The redirects end on another host: https://elsewhere.test:${port.ok}${WK}, expected tohost.acme.test or a subdomain of it.`,
      ),
    ],
  ],
  [
    '200 with HTML at both locations',
    () => 'html',
    1,
    () => [
      d(
        'served-html',
        `${file('html')} answers 200 with an HTML page (text/html), not a security.txt: expected the file as text/plain.`,
      ),
    ],
  ],
  [
    'no Content-Type',
    () => 'notype',
    1,
    () => [NOT_SIGNED, d('served-content-type', 'No Content-Type, expected text/plain; charset=utf-8 (RFC 9116 §3).')],
  ],
  [
    'a charset other than utf-8',
    () => 'charset',
    1,
    () => [
      NOT_SIGNED,
      d('served-content-type', 'Content-Type has the charset "iso-8859-1", expected utf-8 (RFC 9116 §3).'),
    ],
  ],
  [
    '404',
    () => 'e404',
    1,
    () => [d('served-status', `${file('e404')} answered 404 Not Found, expected 200 with the file.`)],
  ],
  [
    '500',
    () => 'e500',
    1,
    () => [d('served-status', `${file('e500')} answered 500 Internal Server Error, expected 200 with the file.`)],
  ],
  [
    'a 1 MB body',
    () => 'big',
    0,
    () => [
      d(
        'served-too-large',
        `${file('big')} is longer than 100 KB: read no further and not checked, expected a file of a few KB.`,
      ),
    ],
  ],
  [
    'a redirect loop',
    () => 'loop',
    1,
    () => [d('served-unreachable', `The redirects loop back to ${file('loop')}, expected them to end at the file.`)],
  ],
  [
    'both locations, different files',
    () => 'differ',
    0,
    () => [
      NOT_SIGNED,
      d(
        'served-locations-differ',
        `${file('differ', '/security.txt')} serves a different file from ${file('differ')}, expected the same file or a redirect to it.`,
      ),
    ],
  ],
  [
    'Canonical not listing the URL',
    () => 'canon',
    0,
    () => [
      NOT_SIGNED,
      d(
        'canonical-mismatch',
        `No Canonical field lists ${file('canon')}, where the file was fetched from (RFC 9116 §2.5.2).`,
        5,
        12,
      ),
    ],
  ],
];

for (const [title, name, code, expected] of CASES) {
  test(`live check: ${title}`, async () => {
    assert.deepEqual(await check([at(name())]), { code, files: [{ file: file(name()), diagnostics: expected() }] });
  });
}

test('live check: the file only at the legacy /security.txt is checked there', async () => {
  assert.deepEqual(await check([at('legacy')]), {
    code: 0,
    files: [
      {
        file: file('legacy', '/security.txt'),
        diagnostics: [
          NOT_SIGNED,
          d(
            'served-legacy-location',
            `The file is only at the legacy ${file('legacy', '/security.txt')}: ${file('legacy')} answered 404 Not Found, expected the file there (RFC 9116 §3).`,
          ),
        ],
      },
    ],
  });
});

test('live check: certificates expired, for another host, self-signed', async () => {
  const tls = (what: string, code: string): D =>
    d(
      'served-tls',
      `The TLS certificate of valid.acme.test ${what} (${code}), expected a valid certificate for valid.acme.test from a trusted authority.`,
    );
  const result = await check([at('valid', port.expired), at('valid', port.wrong), at('valid', port.self)]);
  assert.deepEqual(result, {
    code: 1,
    files: [
      { file: file('valid', WK, port.expired), diagnostics: [tls('has expired', 'CERT_HAS_EXPIRED')] },
      {
        file: file('valid', WK, port.wrong),
        diagnostics: [tls('is for another host name', 'ERR_TLS_CERT_ALTNAME_INVALID')],
      },
      { file: file('valid', WK, port.self), diagnostics: [tls('is self-signed', 'DEPTH_ZERO_SELF_SIGNED_CERT')] },
    ],
  });
});

// Three seconds, so that a loaded machine still answers the others in time.
test('live check: a server that never answers times out, and results keep the input order', async () => {
  const result = await check([at('valid', port.silent), at('valid'), at('e404')], { timeout: 3, concurrency: 3 });
  assert.deepEqual(result, {
    code: 1,
    files: [
      {
        file: file('valid', WK, port.silent),
        diagnostics: [d('served-unreachable', 'No answer from valid.acme.test within 3 s, expected the file.')],
      },
      { file: file('valid'), diagnostics: [NOT_SIGNED] },
      {
        file: file('e404'),
        diagnostics: [d('served-status', `${file('e404')} answered 404 Not Found, expected 200 with the file.`)],
      },
    ],
  });
});
