/**
 * How a security file was served: what a live check learnt over HTTP, handed to the rules through
 * `Environment.served`. The engine fetches nothing; the CLI's live check (cli/live/) fills this in, and the rules
 * that read it (security.txt's `served-*` and `canonical-mismatch`) turn it into findings.
 */

/** Why no usable answer came. */
export type ServedFailure =
  /** The TLS certificate was refused: `reason` names why (expired, wrong host, self-signed, untrusted). */
  | {
      kind: 'tls';
      reason: 'expired' | 'not-yet-valid' | 'wrong-host' | 'self-signed' | 'untrusted' | 'other';
      code: string;
    }
  /** No answer within the time allowed, in milliseconds. */
  | { kind: 'timeout'; afterMs: number }
  /** More redirects than allowed, or a redirect back to a URL already met. */
  | { kind: 'redirects'; loop: boolean; max: number }
  /** The host could not be reached (no such host, connection refused or reset): `code` as the system gave it. */
  | { kind: 'network'; code: string };

export interface ServedFile {
  /** The URL asked for (`https://example.org/.well-known/security.txt`). */
  url: string;
  /** The URLs the redirects led to, in order: the last is where the answer came from. */
  redirects: readonly string[];
  /** The status of the last answer, when one came. */
  status?: number;
  /** Its reason phrase (`Not Found`), when the server sent one. */
  statusText?: string;
  /** The Content-Type header of the last answer as sent; undefined when there was none. */
  contentType?: string;
  /** Why no usable answer came. */
  failure?: ServedFailure;
  /** The body is an HTML page (a site's catch-all answer), not a security.txt. */
  html?: boolean;
  /** The body is longer than this many bytes, and was read no further. */
  tooLargeAt?: number;
  /** The file was found only at `/security.txt`: what `/.well-known/security.txt` answered instead. */
  legacyOnly?: { url: string; answer: string };
  /** The other location serves a different file: its URL. */
  differsFrom?: string;
}

/** The URL the answer came from: the last redirect's, else the one asked for. */
export function finalUrl(served: ServedFile): string {
  return served.redirects.length > 0 ? served.redirects[served.redirects.length - 1] : served.url;
}

/** The body was read and may be checked as a file: a 200 answer, not HTML, not cut. */
export function hasUsableBody(served: ServedFile): boolean {
  return served.failure === undefined && served.status === 200 && !served.html && served.tooLargeAt === undefined;
}
