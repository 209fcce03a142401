/**
 * How a security file was served: what a live check learnt over HTTP, handed to the rules through
 * `Environment.served`; a local file's deployed copy (`Environment.deployed`); what verifying a signature found
 * (`Environment.signature`). The engine fetches and verifies nothing; the hosts (the CLI's live check, cli/live/,
 * and the server's check of the deployed file) fill these in, and the rules that read them (security.txt's
 * `served-*`, `canonical-mismatch`, `deployed-*` and `signature-*`) turn them into findings.
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

/** The deployed copy of a local file, fetched from one of its `Canonical` URLs to compare (`--compare`, `--online`). */
export interface DeployedCopy {
  /** How it was served. */
  served: ServedFile;
  /** Its text, when a usable body was read. */
  text?: string;
}

/**
 * What verifying the file's OpenPGP signature found. The host verifies (the CLI, with a key file or the key at an
 * `Encryption` URL); the rules (`signature-*`) report it.
 */
export interface SignatureCheck {
  /** Where the keys came from, as the messages name it (`keys.asc`, `https://acme.org/pgp.asc`). */
  keySource: string;
  /** The key IDs the signature names (16 upper-case hex digits). */
  keyIds: readonly string[];
  /**
   * `good` and `bad`: checked with the key that made it; `no-key`: no key from `keySource` has the signature's key
   * ID, or none could be read from there (`reason` says why).
   */
  verdict: 'good' | 'bad' | 'no-key';
  /** The key that made the signature, when found. */
  key?: {
    /** Upper-case hex. */
    fingerprint: string;
    /** Its primary user ID (`Acme Security <security@acme.org>`). */
    userId?: string;
    /** When it expired, if it has (at the time of the check). */
    expired?: Date;
    revoked?: boolean;
  };
  /** When the signature was made. */
  created?: Date;
  /** Why no key could be read, in words (`https://acme.org/pgp.asc answered 404 Not Found`). */
  reason?: string;
}

/** The URL the answer came from: the last redirect's, else the one asked for. */
export function finalUrl(served: ServedFile): string {
  return served.redirects.length > 0 ? served.redirects[served.redirects.length - 1] : served.url;
}

/** The body was read and may be checked as a file: a 200 answer, not HTML, not cut. */
export function hasUsableBody(served: ServedFile): boolean {
  return served.failure === undefined && served.status === 200 && !served.html && served.tooLargeAt === undefined;
}
