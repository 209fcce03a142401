/**
 * Shared pieces of the rules that read how a security.txt was served (`Environment.served`, filled in by the CLI's
 * live check): where a finding about the whole answer goes, how hosts relate, and the examples' HTTP descriptions.
 */
import type { ServedFile } from '../../core/served';
import type { RuleExample } from '../../core/types';
import type { SecurityTxtDocument } from './securitytxt';

/** A finding about the answer as a whole: on the file's first line (at 1:1 when nothing was read). */
export function wholeAnswer(doc: SecurityTxtDocument): { start: number; end: number } {
  return { start: 0, end: doc.rawLines[0]?.end ?? 0 };
}

/** A URL's host, or undefined when it does not parse. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** A URL's path, or undefined when it does not parse. */
export function pathOf(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** The same host, or one a subdomain of the other (`example.org` and `www.example.org`). */
export function relatedHosts(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/** The media type and charset of a Content-Type header, lower-cased (quotes around the charset dropped). */
export function mediaTypeOf(header: string): { type: string; charset?: string } {
  const [type, ...parameters] = header.split(';');
  let charset: string | undefined;
  for (const p of parameters) {
    const eq = p.indexOf('=');
    if (eq < 0 || p.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    charset = p
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}

/** The two places RFC 9116 §3 names. */
export const SECURITY_TXT_PATHS: readonly string[] = ['/.well-known/security.txt', '/security.txt'];

/** Bytes as people read a size: `100 KB`. */
export const kilobytes = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;

export const EXAMPLE_URL = 'https://acme.org/.well-known/security.txt';

/** A rule example checked as if fetched: a 200 text/plain answer from EXAMPLE_URL unless `served` says otherwise. */
export function servedExample(
  served: Partial<ServedFile>,
  text = '',
): RuleExample & { text: string; kind: 'txt'; path: string } {
  return { text, kind: 'txt', path: '.well-known/security.txt', served: exampleAnswer(served) };
}

/** How EXAMPLE_URL answers in rule examples: 200, text/plain, unless `served` says otherwise. */
export function exampleAnswer(served: Partial<ServedFile> = {}): ServedFile {
  return {
    url: EXAMPLE_URL,
    redirects: [],
    status: 200,
    statusText: 'OK',
    contentType: 'text/plain; charset=utf-8',
    ...served,
  };
}
