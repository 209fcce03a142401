/**
 * Loopback servers for the live check's tests: a certificate authority and certificates made here with Debian's
 * `openssl` (valid, expired, for another host, self-signed), HTTPS servers on 127.0.0.1 that answer by host name
 * and path, a plain HTTP server, and one that accepts connections and never answers. Every name resolves to
 * 127.0.0.1 through the `lookup` the tests pass; the client trusts the CA through the `ca` the tests pass.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { join } from 'node:path';
import { after } from 'node:test';
import { tempDir } from './helpers';

export type Handler = (res: http.ServerResponse, port: number) => void;

export interface Pki {
  ca: string;
  valid: { key: string; cert: string };
  expired: { key: string; cert: string };
  wrongHost: { key: string; cert: string };
  selfSigned: { key: string; cert: string };
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/** Every test name resolves to 127.0.0.1. */
export const lookup: net.LookupFunction = (_host, options, callback) => {
  if ((options as { all?: boolean }).all)
    (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [
      { address: '127.0.0.1', family: 4 },
    ]);
  else callback(null, '127.0.0.1', 4);
};

/** A certificate authority and leaf certificates, made in a temporary folder. */
export function makePki(): Pki {
  const dir = tempDir('live-pki-');
  const at = (f: string): string => join(dir, f);
  const openssl = (...args: string[]): void => void execFileSync('openssl', args, { stdio: 'pipe', cwd: dir });
  openssl(
    'req',
    '-x509',
    ...EC,
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-subj',
    '/CN=Live Test CA',
    '-days',
    '2',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  );
  writeFileSync(at('index.txt'), '');
  writeFileSync(at('serial'), '1000\n');
  writeFileSync(
    at('ca.cnf'),
    `[ca]\ndefault_ca=d\n[d]\ndir=${dir}\ndatabase=${dir}/index.txt\nnew_certs_dir=${dir}\nserial=${dir}/serial\ndefault_md=sha256\npolicy=p\ncopy_extensions=copy\nunique_subject=no\n[p]\ncommonName=supplied\n`,
  );
  const leaf = (name: string, san: string, dates: string[]): { key: string; cert: string } => {
    openssl(
      'req',
      '-new',
      ...EC,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${name}`,
      '-addext',
      `subjectAltName=${san}`,
    );
    openssl(
      'ca',
      '-batch',
      '-notext',
      '-config',
      'ca.cnf',
      '-cert',
      'ca.crt',
      '-keyfile',
      'ca.key',
      '-in',
      `${name}.csr`,
      '-out',
      `${name}.crt`,
      ...dates,
    );
    return { key: readFileSync(at(`${name}.key`), 'utf8'), cert: readFileSync(at(`${name}.crt`), 'utf8') };
  };
  const valid = leaf('valid', 'DNS:*.acme.test,DNS:elsewhere.test,IP:127.0.0.1', ['-days', '2']);
  const expired = leaf('expired', 'DNS:*.acme.test', ['-startdate', '20200101000000Z', '-enddate', '20200201000000Z']);
  const wrongHost = leaf('wrong', 'DNS:wrong.test', ['-days', '2']);
  openssl(
    'req',
    '-x509',
    ...EC,
    '-keyout',
    'self.key',
    '-out',
    'self.crt',
    '-subj',
    '/CN=self.acme.test',
    '-days',
    '2',
    '-addext',
    'subjectAltName=DNS:*.acme.test',
  );
  const selfSigned = { key: readFileSync(at('self.key'), 'utf8'), cert: readFileSync(at('self.crt'), 'utf8') };
  return { ca: readFileSync(at('ca.crt'), 'utf8'), valid, expired, wrongHost, selfSigned };
}

const servers: net.Server[] = [];
after(() => {
  for (const s of servers) s.close();
  for (const s of servers) (s as http.Server).closeAllConnections?.();
});

async function listen(server: net.Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** Routes keyed `host/path` (`valid.acme.test/.well-known/security.txt`); anything else is a 404. */
export type Routes = Record<string, Handler>;

/** Every request the servers were sent: host name, path and User-Agent. */
export const requests: Array<{ host: string; path: string; userAgent?: string }> = [];

function answer(routes: Routes, port: () => number): http.RequestListener {
  return (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    requests.push({ host, path: req.url ?? '', userAgent: req.headers['user-agent'] });
    const handler = routes[`${host}${req.url ?? ''}`];
    if (handler) return handler(res, port());
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  };
}

/** An HTTPS server with the given certificate, answering `routes`; its port. */
export async function httpsServer(credentials: { key: string; cert: string }, routes: Routes): Promise<number> {
  let port = 0;
  const server = https.createServer(
    credentials,
    answer(routes, () => port),
  );
  port = await listen(server);
  return port;
}

/** A plain HTTP server answering `routes`; its port. */
export async function httpServer(routes: Routes): Promise<number> {
  let port = 0;
  port = await listen(http.createServer(answer(routes, () => port)));
  return port;
}

/** A server that accepts connections and never says anything; its port. */
export async function silentServer(): Promise<number> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((s) => void sockets.push(s));
  server.on('close', () => sockets.forEach((s) => s.destroy()));
  const port = await listen(server);
  after(() => sockets.forEach((s) => s.destroy()));
  return port;
}

/** A handler sending `body` with a status and headers. */
export const send =
  (
    body: string | Buffer,
    headers: http.OutgoingHttpHeaders = { 'content-type': 'text/plain; charset=utf-8' },
    status = 200,
  ): Handler =>
  (res) =>
    void res.writeHead(status, headers).end(body);

/** A handler redirecting to a URL made from the server's port. */
export const redirect =
  (to: (port: number) => string, status = 301): Handler =>
  (res, port) =>
    void res.writeHead(status, { location: to(port) }).end();
