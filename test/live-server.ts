/**
 * Loopback servers for the live check's tests: a certificate authority and certificates made here with Debian's
 * `openssl` (valid, expired, for another host, self-signed), HTTPS servers on 127.0.0.1 that answer by host name
 * and path, a plain HTTP server, and one that accepts connections and never answers. Every name resolves to
 * 127.0.0.1 through the `lookup` the tests pass; the client trusts the CA through the `ca` the tests pass.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { after } from 'node:test';
import { tempDir } from './helpers';
import { makePkiIn, type Pki } from './live-pki';

export { lookup, type Pki } from './live-pki';

export type Handler = (res: http.ServerResponse, port: number) => void;

/** A certificate authority and leaf certificates, made in a temporary folder (removed after the tests). */
export const makePki = (): Pki => makePkiIn(tempDir('live-pki-'));

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
