/**
 * What an ASCII-armored OpenPGP signature holds, checked without a key: the radix-64 data (RFC 4880 §6.3, RFC 4648
 * base64), the CRC-24 checksum line (§6.1), and the packets (§4.2) — each a Signature packet (§5.2, versions 3
 * and 4, and 6 of RFC 9580) whose fields, subpacket areas and algorithm-specific MPIs add up to its length.
 * Verifying the signature needs the signer's key and is not attempted.
 */

export interface PacketProblem {
  message: string;
  /** Which reason it is, for a sentence of its own (core/messages/txt/envelope/shape.ts), and its numbers. */
  id: PacketProblemId;
  values?: Readonly<Record<string, string | number>>;
  /** The first byte of the decoded data the problem is about. */
  byte: number;
}

export interface SignatureInfo {
  version: number;
  /** Signature type: 0x01 is a signature over canonical text, what a cleartext signature must be. */
  type: number;
  /** Hash algorithm, by its RFC 4880 §9.4 / RFC 9580 text name ("SHA512"), or "algorithm <id>". */
  hash: string;
}

export type PacketProblemId =
  | 'notHeader'
  | 'partialLength'
  | 'headerCut'
  | 'lengthPast'
  | 'areaHashed'
  | 'areaUnhashed'
  | 'subpacketHashed'
  | 'subpacketUnhashed'
  | 'noSignature'
  | 'sizeFixed'
  | 'mpiCut'
  | 'afterMpis'
  | 'v3Hash5'
  | 'v3Cut'
  | 'version'
  | 'versionNone'
  | 'noHashPrefix'
  | 'saltCut'
  | 'empty'
  | 'notSignature';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Hash algorithm ids and the names the `Hash:` armor header uses for them. */
export const HASH_NAMES: Record<number, string> = {
  1: 'MD5',
  2: 'SHA1',
  3: 'RIPEMD160',
  8: 'SHA256',
  9: 'SHA384',
  10: 'SHA512',
  11: 'SHA224',
  12: 'SHA3-256',
  14: 'SHA3-512',
};

/** How many MPIs (or fixed octets, negative) each public-key algorithm's signature carries. */
const SIGNATURE_MPIS: Record<number, number> = { 1: 1, 3: 1, 17: 2, 19: 2, 22: 2, 27: -64, 28: -114 };

/** The index of the first character that is not base64, or -1. */
export function firstNonBase64(line: string): number {
  for (let i = 0; i < line.length; i++) if (!BASE64.includes(line[i]) && line[i] !== '=') return i;
  return -1;
}

/** Decodes base64 that is already known to use only its alphabet; padding only at the end. */
export function decodeBase64(text: string): Uint8Array | undefined {
  let padding = 0;
  while (text[text.length - 1 - padding] === '=') padding++;
  if (text.length % 4 !== 0 || padding > 2 || text.slice(0, text.length - padding).includes('=')) return undefined;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let bits = 0;
  let count = 0;
  let out = 0;
  for (const c of text.slice(0, text.length - padding)) {
    bits = (bits << 6) | BASE64.indexOf(c);
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes[out++] = (bits >> count) & 0xff;
    }
  }
  return bytes;
}

/** CRC-24 of RFC 4880 §6.1. */
export function crc24(bytes: Uint8Array): number {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

class Reader {
  constructor(
    readonly bytes: Uint8Array,
    public at: number,
    readonly end: number,
  ) {}
  left(): number {
    return this.end - this.at;
  }
  number(size: number): number | undefined {
    if (this.left() < size) return undefined;
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + this.bytes[this.at++];
    return n;
  }
}

/** A packet header (§4.2): its tag and where its body starts and ends. */
function packetHeader(r: Reader): { tag: number; end: number } | PacketProblem {
  const start = r.at;
  const first = r.number(1) ?? 0;
  if (!(first & 0x80))
    return {
      message: `byte ${start} is not a packet header (bit 7 is clear)`,
      id: 'notHeader',
      values: { byte: start },
      byte: start,
    };
  let tag: number;
  let length: number | undefined;
  if (first & 0x40) {
    tag = first & 0x3f;
    const octet = r.number(1);
    if (octet === undefined || octet < 192) length = octet;
    else if (octet < 224) length = ((octet - 192) << 8) + (r.number(1) ?? NaN) + 192;
    else if (octet === 255) length = r.number(4);
    else
      return {
        message: 'the signature packet has a partial body length, which only data packets may have',
        id: 'partialLength',
        byte: start,
      };
  } else {
    tag = (first >> 2) & 0x0f;
    const type = first & 3;
    length = type === 3 ? r.left() : r.number([1, 2, 4][type]);
  }
  if (length === undefined || Number.isNaN(length))
    return { message: 'the packet header is cut short', id: 'headerCut', byte: start };
  if (length > r.left())
    return {
      message: `the packet claims ${length} bytes but ${r.left()} follow`,
      id: 'lengthPast',
      values: { length, left: r.left() },
      byte: start,
    };
  return { tag, end: r.at + length };
}

function subpacketArea(r: Reader, size: number | undefined, which: 'hashed' | 'unhashed'): PacketProblem | undefined {
  const start = r.at;
  const named = which === 'hashed' ? 'Hashed' : 'Unhashed';
  if (size === undefined || size > r.left())
    return { message: `the ${which} subpacket area is longer than the packet`, id: `area${named}`, byte: start };
  const end = r.at + size;
  while (r.at < end) {
    const first = r.number(1) ?? 0;
    const length =
      first < 192 ? first : first < 255 ? ((first - 192) << 8) + (r.number(1) ?? 0) + 192 : (r.number(4) ?? 0);
    if (length === 0 || r.at + length > end)
      return {
        message: `${which === 'hashed' ? 'a' : 'an'} ${which} subpacket runs past its area`,
        id: `subpacket${named}`,
        byte: r.at,
      };
    r.at += length;
  }
  return undefined;
}

function algorithmFields(r: Reader, algorithm: number, start: number): PacketProblem | undefined {
  const count = SIGNATURE_MPIS[algorithm];
  if (count === undefined)
    return r.left() > 0
      ? undefined
      : { message: 'the signature packet ends before its signature', id: 'noSignature', byte: start };
  if (count < 0)
    return r.left() === -count
      ? undefined
      : {
          message: `the signature is ${r.left()} bytes, expected ${-count}`,
          id: 'sizeFixed',
          values: { size: r.left(), expected: -count },
          byte: r.at,
        };
  for (let i = 0; i < count; i++) {
    const bits = r.number(2);
    const size = bits === undefined ? undefined : Math.ceil(bits / 8);
    if (size === undefined || size === 0 || size > r.left())
      return { message: 'a signature MPI is cut short', id: 'mpiCut', byte: r.at };
    r.at += size;
  }
  return r.left() === 0
    ? undefined
    : {
        message: `${r.left()} bytes follow the signature's MPIs, expected none`,
        id: 'afterMpis',
        values: { count: r.left() },
        byte: r.at,
      };
}

/** Reads one Signature packet body (§5.2.2, §5.2.3; v6 of RFC 9580 §5.2.3). */
function signatureBody(r: Reader, start: number): SignatureInfo | PacketProblem {
  const version = r.number(1);
  if (version === 3) {
    if (r.number(1) !== 5) return { message: 'a version 3 signature must hash 5 bytes', id: 'v3Hash5', byte: start };
    const type = r.number(1) ?? -1;
    r.at += 12;
    const algorithm = r.number(1) ?? -1;
    const hash = r.number(1) ?? -1;
    r.at += 2;
    if (r.at > r.end) return { message: 'the version 3 signature is cut short', id: 'v3Cut', byte: start };
    return algorithmFields(r, algorithm, start) ?? { version, type, hash: HASH_NAMES[hash] ?? `algorithm ${hash}` };
  }
  if (version !== 4 && version !== 6)
    return {
      message: `signature version ${version ?? '(none)'} is not 3, 4 or 6`,
      ...(version === undefined ? { id: 'versionNone' } : { id: 'version', values: { version } }),
      byte: start,
    };
  const type = r.number(1) ?? -1;
  const algorithm = r.number(1) ?? -1;
  const hash = r.number(1) ?? -1;
  const sizeOctets = version === 6 ? 4 : 2;
  const area = subpacketArea(r, r.number(sizeOctets), 'hashed') ?? subpacketArea(r, r.number(sizeOctets), 'unhashed');
  if (area) return area;
  if (r.number(2) === undefined)
    return { message: 'the signature packet ends before its hash prefix', id: 'noHashPrefix', byte: r.at };
  if (version === 6) {
    const salt = r.number(1);
    if (salt === undefined || salt > r.left())
      return { message: 'the signature salt is cut short', id: 'saltCut', byte: r.at };
    r.at += salt;
  }
  return algorithmFields(r, algorithm, start) ?? { version, type, hash: HASH_NAMES[hash] ?? `algorithm ${hash}` };
}

/** Reads the packets of a decoded signature block: one or more Signature packets and nothing else. */
export function readSignaturePackets(bytes: Uint8Array): SignatureInfo[] | PacketProblem {
  const signatures: SignatureInfo[] = [];
  const r = new Reader(bytes, 0, bytes.length);
  if (bytes.length === 0) return { message: 'the signature block holds no data', id: 'empty', byte: 0 };
  while (r.left() > 0) {
    const start = r.at;
    const header = packetHeader(r);
    if ('message' in header) return header;
    if (header.tag !== 2)
      return {
        message: `packet ${signatures.length + 1} has tag ${header.tag}, expected a Signature packet (tag 2)`,
        id: 'notSignature',
        values: { index: signatures.length + 1, tag: header.tag },
        byte: start,
      };
    const body = signatureBody(new Reader(bytes, r.at, header.end), start);
    if ('message' in body) return body;
    signatures.push(body);
    r.at = header.end;
  }
  return signatures;
}
