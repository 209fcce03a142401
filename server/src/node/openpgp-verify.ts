/**
 * Verifies an OpenPGP cleartext signature with openpgp.js. Loaded only when a signature is to be verified
 * (./signature.ts): the CLI's bundle requires it as a file of its own (dist/openpgp-verify.js), so a check that
 * verifies nothing does not load it, and the editor's bundles do not hold it.
 */
import { readCleartextMessage, readKey, readKeys, readSignature, verify, type Key } from 'openpgp';
import type { SignatureCheck } from '../index';

/** A key's primary user ID, read even when the key has expired or was revoked. */
async function userIdOf(key: Key): Promise<string | undefined> {
  try {
    return (await key.getPrimaryUser()).user.userID?.userID;
  } catch {
    return key.users.find((u) => u.userID)?.userID?.userID;
  }
}

/** When the key expired, if it has by `now`. */
async function expiredBy(key: Key, now: Date): Promise<Date | undefined> {
  const expiration = await key.getExpirationTime().catch(() => null);
  return expiration instanceof Date && expiration.getTime() <= now.getTime() ? expiration : undefined;
}

/**
 * Whether the signature is over `text`, checked with `key` as it was when the signature was made: a revoked key's
 * revocations are set aside (revocation is reported on its own), and an expired key is judged at that date.
 */
async function signatureHolds(cleartext: string, key: Key, created: Date | undefined): Promise<boolean> {
  const unrevoked = await readKey({ binaryKey: key.toPublic().write() });
  unrevoked.revocationSignatures = [];
  const message = await readCleartextMessage({ cleartextMessage: cleartext });
  try {
    const result = await verify({ message, verificationKeys: [unrevoked], date: created, expectSigned: false });
    await result.signatures[0].verified;
    return true;
  } catch {
    return false;
  }
}

/** The armored blocks of a text (a key file may hold several, one after the other). */
function armoredBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (let at = text.indexOf('-----BEGIN PGP '); at >= 0;) {
    const next = text.indexOf('-----BEGIN PGP ', at + 1);
    blocks.push(text.slice(at, next < 0 ? text.length : next));
    at = next;
  }
  return blocks;
}

/** Reads armored (or binary) keys, every block of them; undefined when none can be read. */
async function keysOf(keys: string | Uint8Array): Promise<Key[] | undefined> {
  const read: Key[] = [];
  for (const block of typeof keys === 'string' ? armoredBlocks(keys) : [keys]) {
    try {
      read.push(
        ...(typeof block === 'string' ? await readKeys({ armoredKeys: block }) : await readKeys({ binaryKeys: block })),
      );
    } catch {
      // A block that is no key (or a damaged one) is passed over.
    }
  }
  return read.length > 0 ? read : undefined;
}

/**
 * What verifying the cleartext-signed `text` with `keys` (from `keySource`) finds; undefined when the text is no
 * cleartext-signed message that can be read (signature-envelope says why).
 */
export async function verifyCleartext(
  text: string,
  keys: string | Uint8Array,
  keySource: string,
  now: Date,
): Promise<SignatureCheck | undefined> {
  let packets;
  try {
    await readCleartextMessage({ cleartextMessage: text });
    const armoredSignature = text.slice(text.indexOf('-----BEGIN PGP SIGNATURE-----'));
    packets = [...(await readSignature({ armoredSignature })).packets];
  } catch {
    return undefined;
  }
  if (packets.length === 0) return undefined;
  const keyIds = [...new Set(packets.map((p) => p.issuerKeyID.toHex().toUpperCase()))];
  const created = packets[0].created ?? undefined;
  const base = { keySource, keyIds, ...(created ? { created } : {}) };
  const readable = await keysOf(keys);
  if (!readable) return { ...base, verdict: 'no-key', reason: `${keySource} holds no OpenPGP key that can be read` };
  const key = readable.find((k) => packets.some((p) => k.getKeys(p.issuerKeyID).length > 0));
  if (!key) return { ...base, verdict: 'no-key' };
  const expired = await expiredBy(key, now);
  const revoked = await key.isRevoked().catch(() => false);
  const userId = await userIdOf(key);
  return {
    ...base,
    verdict: (await signatureHolds(text, key, created)) ? 'good' : 'bad',
    key: {
      fingerprint: key.getFingerprint().toUpperCase(),
      ...(userId ? { userId } : {}),
      ...(expired ? { expired } : {}),
      ...(revoked ? { revoked } : {}),
    },
  };
}
