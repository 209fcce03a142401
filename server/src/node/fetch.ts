/**
 * One security.txt fetched over HTTP(S) with Node's own client, bounded: a time limit per request, at most
 * `maxRedirects` redirects (a URL met twice is a loop), a body read up to `maxBytes` and no further. What happened
 * comes back as a ServedFile (core/served.ts) for the rules, with the body when one was read. The CLI's live check
 * and the server's check of the deployed file both fetch through here.
 */
import type * as Http from 'node:http';
import type * as Https from 'node:https';
import type * as Tls from 'node:tls';
import type { LookupFunction } from 'node:net';
import { mediaTypeOf, type ServedFailure, type ServedFile } from '../index';

export interface FetchOptions {
  /** Per request (connection, headers and body), in milliseconds. */
  timeoutMs: number;
  /** When the whole domain's time is up (a `Date.now()` value): a request never runs past it. */
  deadline?: number;
  maxRedirects: number;
  maxBytes: number;
  userAgent: string;
  /** Certificate authorities trusted besides the system's (tests pass the one they made). */
  ca?: string;
  /** How host names are resolved (tests send every name to 127.0.0.1); default: the system's. */
  lookup?: LookupFunction;
}

export interface Fetched {
  served: ServedFile;
  /** The body, when a 200 answer was read whole. */
  body?: Uint8Array;
}

/** One answer: its status, headers and body (or where the body was cut), or why none came. */
type Answer =
  | { status: number; statusText: string; location?: string; contentType?: string; body: Uint8Array; cut: boolean }
  | { failure: ServedFailure };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const TLS_REASONS: Record<string, Extract<ServedFailure, { kind: 'tls' }>['reason']> = {
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not-yet-valid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'wrong-host',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'untrusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrusted',
};

/** A failed request as a ServedFailure: a certificate refused, or the network's error code. */
export function failureOf(error: NodeJS.ErrnoException): ServedFailure {
  const code = error.code ?? 'ERROR';
  const reason = TLS_REASONS[code];
  if (reason) return { kind: 'tls', reason, code };
  if (/^(?:CERT_|ERR_TLS_|ERR_SSL_)/.test(code)) return { kind: 'tls', reason: 'other', code };
  return { kind: 'network', code };
}

class TimedOut extends Error {}

/*
 * Node's HTTP and TLS modules are required on the first fetch, not when the CLI starts: loading them (and OpenSSL
 * with them) cost every run about 10 ms, and most runs fetch nothing.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const http = (): typeof Http => require('node:http') as typeof Http;
const https = (): typeof Https => require('node:https') as typeof Https;
const tls = (): typeof Tls => require('node:tls') as typeof Tls;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The TLS context trusting the system's authorities and `ca`, made once: parsing the roots costs milliseconds. */
const contexts = new Map<string, Tls.SecureContext>();
function contextTrusting(ca: string): Tls.SecureContext {
  let context = contexts.get(ca);
  if (!context) contexts.set(ca, (context = tls().createSecureContext({ ca: [...tls().rootCertificates, ca] })));
  return context;
}

function requestOnce(url: URL, options: FetchOptions): Promise<Answer> {
  const timeoutMs = Math.max(1, Math.min(options.timeoutMs, (options.deadline ?? Infinity) - Date.now()));
  return new Promise((resolve) => {
    const client = url.protocol === 'https:' ? https() : http();
    const request = client.request(url, {
      method: 'GET',
      agent: false,
      headers: { 'user-agent': options.userAgent, accept: 'text/plain', 'accept-encoding': 'identity' },
      ...(options.ca ? { secureContext: contextTrusting(options.ca) } : {}),
      ...(options.lookup ? { lookup: options.lookup } : {}),
    });
    const timer = setTimeout(() => request.destroy(new TimedOut()), timeoutMs);
    const done = (answer: Answer): void => {
      clearTimeout(timer);
      resolve(answer);
    };
    request.on('error', (error: NodeJS.ErrnoException) =>
      done({ failure: error instanceof TimedOut ? { kind: 'timeout', afterMs: timeoutMs } : failureOf(error) }),
    );
    request.on('response', (response) => readAnswer(response, options.maxBytes, done, request));
    request.end();
  });
}

function readAnswer(
  response: Http.IncomingMessage,
  maxBytes: number,
  done: (answer: Answer) => void,
  request: Http.ClientRequest,
): void {
  const status = response.statusCode ?? 0;
  const head = {
    status,
    statusText: response.statusMessage ?? '',
    location: response.headers.location,
    contentType: response.headers['content-type'],
  };
  // A redirect's body and an error page are not read.
  if (status !== 200) {
    response.resume();
    return done({ ...head, body: new Uint8Array(), cut: false });
  }
  const chunks: Buffer[] = [];
  let length = 0;
  response.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    length += chunk.length;
    if (length > maxBytes) {
      done({ ...head, body: new Uint8Array(), cut: true });
      request.destroy();
    }
  });
  response.on('end', () => done({ ...head, body: Buffer.concat(chunks), cut: false }));
}

/** An HTML page rather than a text file: by its Content-Type, or by how the body starts. */
export function looksHtml(contentType: string | undefined, body: Uint8Array): boolean {
  const type = contentType === undefined ? '' : mediaTypeOf(contentType).type;
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  const start = Buffer.from(body.subarray(0, 512))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 14);
  return /^<!doctype html|^<html[\s>]/i.test(start);
}

/** Fetches `url`, following redirects within the bounds. */
export async function fetchServed(url: string, options: FetchOptions): Promise<Fetched> {
  const redirects: string[] = [];
  const seen = new Set([url]);
  let current = new URL(url);
  for (;;) {
    const answer = await requestOnce(current, options);
    const served: ServedFile = { url, redirects: [...redirects] };
    if ('failure' in answer) return { served: { ...served, failure: answer.failure } };
    Object.assign(served, { status: answer.status, statusText: answer.statusText, contentType: answer.contentType });
    if (REDIRECTS.has(answer.status) && answer.location !== undefined) {
      const next = new URL(answer.location, current);
      const loop = seen.has(next.href);
      if (loop || redirects.length >= options.maxRedirects) {
        redirects.push(next.href);
        return {
          served: { ...served, redirects, failure: { kind: 'redirects', loop, max: options.maxRedirects } },
        };
      }
      seen.add(next.href);
      redirects.push(next.href);
      current = next;
      continue;
    }
    if (answer.cut) return { served: { ...served, tooLargeAt: options.maxBytes } };
    if (answer.status !== 200) return { served };
    if (looksHtml(answer.contentType, answer.body)) return { served: { ...served, html: true } };
    return { served, body: answer.body };
  }
}
