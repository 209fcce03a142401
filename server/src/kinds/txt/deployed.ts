/**
 * Shared pieces of the rules that compare a local security.txt with its deployed copy (`deployed-*`,
 * `Environment.deployed`) and of those that report what verifying its signature found (`signature-*`,
 * `Environment.signature`): how an answer is said, where the findings go, and the examples' contexts.
 */
import type { DeployedCopy, ServedFile, SignatureCheck } from '../../core/served';
import type { RuleExample } from '../../core/types';
import { exampleAnswer, kilobytes } from './served';
import type { SecurityTxtDocument, TxtField } from './securitytxt';
import { BEGIN_SIGNATURE } from './standards/openpgp-cleartext';

/** What a location answered, in words (`answered 404 Not Found`, `could not be fetched (timeout)`). */
export function describeAnswer(served: ServedFile): string {
  if (served.failure)
    return `could not be fetched (${served.failure.kind === 'tls' ? served.failure.code : served.failure.kind})`;
  if (served.html) return 'answered with an HTML page';
  if (served.tooLargeAt !== undefined) return `answered with more than ${kilobytes(served.tooLargeAt)}`;
  return `answered ${served.status}${served.statusText ? ` ${served.statusText}` : ''}`;
}

/** A URL written the one way WHATWG's parser writes it (case of scheme and host, default port), or as given. */
export function normalisedUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** The Canonical field listing `url`, if one does. */
export function canonicalListing(doc: SecurityTxtDocument, url: string): TxtField | undefined {
  return doc.fieldsNamed('canonical').find((f) => normalisedUrl(f.value) === normalisedUrl(url));
}

/** Where a finding about the deployed copy at `url` goes: the Canonical value listing it, else the file's anchor. */
export function deployedAnchor(doc: SecurityTxtDocument, url: string): { start: number; end: number } {
  const field = canonicalListing(doc, url);
  return field ? { start: field.valueStart, end: field.valueEnd } : doc.anchor;
}

/** Where a finding about the signature goes: its `-----BEGIN PGP SIGNATURE-----` line, else the file's anchor. */
export function signatureAnchor(doc: SecurityTxtDocument): { start: number; end: number } {
  const line = doc.rawLines.find((l) => l.text.trimEnd() === BEGIN_SIGNATURE);
  return line ? { start: line.start, end: line.end } : doc.anchor;
}

/** A local file checked against a copy deployed at EXAMPLE_URL (a 200 text/plain answer unless `served` says). */
export function deployedExample(
  text: string,
  deployed: string | undefined,
  served: Partial<ServedFile> = {},
): RuleExample & { text: string; kind: 'txt'; path: string } {
  const copy: DeployedCopy = {
    served: exampleAnswer(served),
    ...(deployed === undefined ? {} : { text: deployed }),
  };
  return { text, kind: 'txt', path: '.well-known/security.txt', deployed: copy };
}

export const EXAMPLE_KEY_SOURCE = 'https://acme.org/pgp-key.txt';
export const EXAMPLE_FINGERPRINT = 'E751D1B9769B5B86FB6A8107A068C5C71309BE71';

/** A signed file whose signature was verified with what `signature` says (by default: good, by Acme's key). */
export function signatureExample(
  text: string,
  signature: Partial<SignatureCheck> = {},
): RuleExample & { text: string; kind: 'txt'; path: string } {
  const check: SignatureCheck = {
    keySource: EXAMPLE_KEY_SOURCE,
    keyIds: ['A068C5C71309BE71'],
    verdict: 'good',
    key: { fingerprint: EXAMPLE_FINGERPRINT, userId: 'Acme Security <security@acme.org>' },
    created: new Date('2026-11-01T10:00:00Z'),
    ...signature,
  };
  return { text, kind: 'txt', path: '.well-known/security.txt', signature: check };
}
