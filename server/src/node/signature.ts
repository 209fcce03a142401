/**
 * A signed security.txt verified: with the keys of a file (`--key FILE`), or online with the key at an
 * `Encryption` URL of the file. openpgp.js is loaded only here, when a signed file is to be verified
 * (./openpgp-verify.ts); a file that is not signed, or a check without a key, loads and fetches nothing.
 */
import { readFileSync } from 'node:fs';
import { describeAnswer, hasUsableBody, parseDocument, type SignatureCheck } from '../index';
import { fetchServed, type FetchOptions } from './fetch';

/** Keys to verify with, and where they came from; or why none could be had from there. */
export type KeySource = { source: string; keys: string | Uint8Array } | { source: string; reason: string };

/** The keys of a file given on the command line; a `reason` when it cannot be read. */
export function keysFromFile(path: string, shown = path): KeySource {
  try {
    const bytes = readFileSync(path);
    const text = bytes.toString('utf8');
    return { source: shown, keys: text.includes('-----BEGIN PGP') ? text : new Uint8Array(bytes) };
  } catch (error) {
    return {
      source: shown,
      reason: `${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
}

/** The https:// Encryption URLs of a security.txt, in order. */
export function encryptionUrls(text: string): string[] {
  return parseDocument('txt', text)
    .fieldsNamed('encryption')
    .map((f) => f.value.trim())
    .filter((v) => /^https:\/\//i.test(v));
}

/** The key at the first https:// Encryption URL of the file; undefined when it has none. */
export async function keysFromEncryption(text: string, options: FetchOptions): Promise<KeySource | undefined> {
  const url = encryptionUrls(text)[0];
  if (url === undefined) return undefined;
  const fetched = await fetchServed(url, options);
  if (!fetched.body || !hasUsableBody(fetched.served))
    return { source: url, reason: `${url} ${describeAnswer(fetched.served)}` };
  const body = fetched.body;
  const text8 = new TextDecoder().decode(body);
  return { source: url, keys: text8.includes('-----BEGIN PGP') ? text8 : body };
}

/** Whether a text is an OpenPGP cleartext-signed security.txt. */
export const isSigned = (text: string): boolean => parseDocument('txt', text).signed;

/** What verifying `text` with the keys found; undefined when the text is not signed (or its envelope unreadable). */
export async function verifySignature(text: string, keys: KeySource, now: Date): Promise<SignatureCheck | undefined> {
  if (!isSigned(text)) return undefined;
  const { verifyCleartext } = await import('./openpgp-verify');
  if ('reason' in keys) {
    const check = await verifyCleartext(text, new Uint8Array(), keys.source, now);
    return check && { ...check, verdict: 'no-key', reason: keys.reason };
  }
  return verifyCleartext(text, keys.keys, keys.source, now);
}
