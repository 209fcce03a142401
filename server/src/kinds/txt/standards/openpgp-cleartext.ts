/**
 * The OpenPGP cleartext signature framework (RFC 4880 §7, as RFC 9116 §4's `signed` production writes it): the
 * `BEGIN PGP SIGNED MESSAGE` line first, one or more `Hash: ` headers naming registered algorithms, exactly one
 * empty line, the dash-escaped text, then exactly one armored signature — its armor headers, an empty line, base64
 * data, the optional CRC-24 line, `END PGP SIGNATURE` and nothing after it but line endings — whose packets are
 * Signature packets over canonical text with a hash the headers name.
 *
 * Lines may end in LF or CRLF: RFC 9116 §2.2 allows both for every line, where the `signed` production writes CRLF.
 */
import { crc24, decodeBase64, firstNonBase64, HASH_NAMES, readSignaturePackets } from './openpgp-packets';

export interface RawLine {
  start: number;
  end: number;
  endWithBreak: number;
  text: string;
}

export interface EnvelopeProblem {
  message: string;
  /**
   * Which sentence it is (core/messages/txt/envelope/shape.ts), `parse` and the packet reason's id for a signature
   * that does not parse, and its values: the file's own text, algorithm names and numbers.
   */
  id: string;
  values?: Readonly<Record<string, string | number>>;
  start: number;
  end: number;
}

export interface Cleartext {
  signed: boolean;
  /** The lines of the signed text (all lines when not signed), and whether each is dash-escaped. */
  body: Array<{ line: RawLine; escaped: boolean }>;
  problems: EnvelopeProblem[];
}

export const BEGIN_SIGNED = '-----BEGIN PGP SIGNED MESSAGE-----';
export const BEGIN_SIGNATURE = '-----BEGIN PGP SIGNATURE-----';
export const END_SIGNATURE = '-----END PGP SIGNATURE-----';
const HASH_ALGORITHMS = new Set(Object.values(HASH_NAMES));
/** Armor header keys of RFC 4880 §6.2 other than Hash, which a cleartext header block must not hold. */
const OTHER_ARMOR_KEYS = new Set(['version', 'comment', 'messageid', 'charset']);
/** RFC 2045 `token`: printable ASCII but space and tspecials. */
const TOKEN = /^[!#$%&'*+\-.0-9A-Z^_`a-z{|}~]+$/;

const whole = (
  line: RawLine,
  id: string,
  message: string,
  values?: Readonly<Record<string, string>>,
): EnvelopeProblem => ({ message, id, values, start: line.start, end: line.end });
const isBlank = (line: RawLine | undefined): boolean => line !== undefined && line.text.trim() === '';

/** The `Hash:` headers from `from`; returns the index of the line after them and the algorithms they name. */
function readHashHeaders(
  lines: RawLine[],
  from: number,
  problems: EnvelopeProblem[],
): { next: number; hashes: string[] } {
  const hashes: string[] = [];
  let i = from;
  for (; i < lines.length && !isBlank(lines[i]); i++) {
    const line = lines[i];
    const key = /^([^:\s]{1,40}):/.exec(line.text)?.[1]?.toLowerCase();
    if (key === undefined || !(key === 'hash' || OTHER_ARMOR_KEYS.has(key))) break;
    if (key !== 'hash') {
      const header = line.text.slice(0, key.length + 1);
      const message = `"${header}" is not a Hash header, expected only "Hash: " headers after "${BEGIN_SIGNED}".`;
      problems.push(whole(line, 'notHashHeader', message, { header }));
      continue;
    }
    if (!line.text.startsWith('Hash: ')) {
      const header = line.text.slice(0, key.length + 2);
      const message = `"${header}" is not "Hash: ", expected the header written exactly so.`;
      problems.push(whole(line, 'hashSpelling', message, { header }));
      continue;
    }
    for (const name of line.text.slice(6).split(',')) {
      if (HASH_ALGORITHMS.has(name)) hashes.push(name);
      else {
        const algorithms = [...HASH_ALGORITHMS].join(', ');
        const message = `"${name}" is not an OpenPGP hash algorithm, expected one of ${algorithms}.`;
        problems.push(whole(line, 'unknownHash', message, { name, algorithms }));
      }
    }
  }
  if (i === from)
    problems.push(whole(lines[from - 1], 'noHash', 'No "Hash:" armor header, expected one such as "Hash: SHA512".'));
  return { next: i, hashes };
}

/** The armor headers of the signature block (`token ": " text`), up to the empty line before the data. */
function readArmorHeaders(lines: RawLine[], from: number, problems: EnvelopeProblem[]): number {
  let i = from;
  for (; i < lines.length && !isBlank(lines[i]); i++) {
    const line = lines[i];
    const colon = line.text.indexOf(': ');
    if (colon > 0 && TOKEN.test(line.text.slice(0, colon))) continue;
    if (firstNonBase64(line.text) < 0 || line.text.startsWith('-----')) {
      problems.push(
        whole(
          lines[from - 1],
          'noEmptyAfterArmor',
          "No empty line after the signature's armor headers, expected one before the base64 data.",
        ),
      );
      return i;
    }
    problems.push(
      whole(line, 'notArmorHeader', `"${line.text}" is not an armor header, expected "Key: value".`, {
        line: line.text,
      }),
    );
  }
  return i + 1;
}

/** Where in the text a decoded byte came from, for problems inside the signature data. */
function byteRange(dataLines: RawLine[], byte: number): { start: number; end: number } {
  let char = Math.floor((byte * 4) / 3);
  for (const line of dataLines) {
    if (char < line.text.length) return { start: line.start + char, end: line.end };
    char -= line.text.length;
  }
  const last = dataLines[dataLines.length - 1];
  return { start: last.start, end: last.end };
}

function checkData(
  dataLines: RawLine[],
  checksum: RawLine | undefined,
  hashes: string[],
  problems: EnvelopeProblem[],
): void {
  for (const line of dataLines) {
    const bad = firstNonBase64(line.text);
    if (bad >= 0) {
      problems.push({
        message: `"${line.text[bad]}" is not base64, expected only A–Z, a–z, 0–9, "+", "/" and "=" padding.`,
        id: 'notBase64',
        values: { char: line.text[bad] },
        start: line.start + bad,
        end: line.start + bad + 1,
      });
      return;
    }
  }
  const bytes = decodeBase64(dataLines.map((l) => l.text).join(''));
  const all = { start: dataLines[0].start, end: dataLines[dataLines.length - 1].end };
  if (!bytes)
    return void problems.push({
      ...all,
      id: 'base64Length',
      message:
        'The signature data is not whole base64 (its length or "=" padding is wrong), expected it as gpg wrote it.',
    });
  if (checksum) {
    const sum = /^=[A-Za-z0-9+/]{4}$/.test(checksum.text) ? decodeBase64(checksum.text.slice(1)) : undefined;
    if (!sum)
      problems.push(
        whole(
          checksum,
          'checksumLine',
          `"${checksum.text}" is not a CRC-24 checksum line, expected "=" and 4 base64 characters.`,
          { line: checksum.text },
        ),
      );
    else if (((sum[0] << 16) | (sum[1] << 8) | sum[2]) !== crc24(bytes)) {
      problems.push(
        whole(
          checksum,
          'checksum',
          'The CRC-24 checksum does not match the signature data, expected the data unchanged since signing.',
        ),
      );
    }
  }
  checkPackets(bytes, dataLines, hashes, problems);
}

/** The Signature packets of the decoded data: each over canonical text, with a hash the headers name. */
function checkPackets(bytes: Uint8Array, dataLines: RawLine[], hashes: string[], problems: EnvelopeProblem[]): void {
  const all = { start: dataLines[0].start, end: dataLines[dataLines.length - 1].end };
  const packets = readSignaturePackets(bytes);
  if ('message' in packets)
    return void problems.push({
      ...byteRange(dataLines, packets.byte),
      message: `The signature does not parse: ${packets.message}.`,
      id: `parse${packets.id.charAt(0).toUpperCase()}${packets.id.slice(1)}`,
      values: packets.values,
    });
  for (const signature of packets) {
    const type = signature.type.toString(16).padStart(2, '0');
    if (signature.type !== 0x01)
      problems.push({
        ...all,
        message: `The signature has type 0x${type}, expected 0x01 (canonical text) for a cleartext signature.`,
        id: 'signatureType',
        values: { type },
      });
    if (!hashes.includes(signature.hash)) {
      const hash = signature.hash;
      const message = `The signature uses ${hash}, which no "Hash:" header names, expected "Hash: ${hash}".`;
      const unnamed = /^algorithm (\d+)$/.exec(hash);
      problems.push({
        ...all,
        message,
        ...(unnamed
          ? { id: 'hashUnknownNotNamed', values: { id: unnamed[1] } }
          : { id: 'hashNotNamed', values: { hash } }),
      });
    }
  }
}

/** From BEGIN PGP SIGNATURE at `at` to the end of the file. */
function readSignature(lines: RawLine[], at: number, hashes: string[], problems: EnvelopeProblem[]): void {
  const dataStart = readArmorHeaders(lines, at + 1, problems);
  let end = dataStart;
  while (end < lines.length && !lines[end].text.startsWith('=') && !lines[end].text.startsWith('-----')) end++;
  const dataEnd = end;
  const checksum = lines[end]?.text.startsWith('=') ? lines[end++] : undefined;
  if (lines[end]?.text.trimEnd() !== END_SIGNATURE) {
    const here = lines[end] !== undefined && !isBlank(lines[end]);
    const where = here ? lines[end] : lines[Math.min(Math.max(end - 1, at), lines.length - 1)];
    return void problems.push(
      whole(
        where,
        here ? 'noEndHere' : 'noEndAfter',
        `No "${END_SIGNATURE}" ${here ? 'here' : 'after this line'}, expected the signature block to end with it.`,
      ),
    );
  }
  if (dataEnd === dataStart)
    problems.push(whole(lines[end], 'noData', 'The signature block holds no data, expected the base64 signature.'));
  else checkData(lines.slice(dataStart, dataEnd), checksum, hashes, problems);
  const after = lines.slice(end + 1).find((l) => !isBlank(l));
  if (after?.text.trimEnd() === BEGIN_SIGNATURE)
    problems.push(whole(after, 'secondBlock', 'A second signature block, expected exactly one.'));
  else if (after)
    problems.push(whole(after, 'textAfter', 'Text after the signature is not signed, expected nothing after it.'));
}

function readSigned(lines: RawLine[], headerIndex: number): Cleartext {
  const problems: EnvelopeProblem[] = [];
  if (headerIndex > 0)
    problems.push(
      whole(lines[headerIndex], 'headerNotFirst', 'The OpenPGP header is not on line 1, expected nothing before it.'),
    );
  const { next, hashes } = readHashHeaders(lines, headerIndex + 1, problems);
  let i = next;
  if (isBlank(lines[i])) i++;
  else
    problems.push(
      whole(
        lines[Math.min(i, lines.length - 1)],
        'noBlankLine',
        'No blank line after the armor headers (Hash:), expected one before the signed text.',
      ),
    );
  const body: Cleartext['body'] = [];
  for (; i < lines.length && lines[i].text.trimEnd() !== BEGIN_SIGNATURE; i++) {
    const line = lines[i];
    const escaped = line.text.startsWith('- ');
    if (line.text.startsWith('-') && !escaped)
      problems.push(
        whole(line, 'notDashEscaped', 'A signed line starting with "-" is not dash-escaped, expected "- " before it.'),
      );
    body.push({ line, escaped });
  }
  if (i >= lines.length)
    problems.push(
      whole(
        lines[lines.length - 1],
        'noBeginSignature',
        `No "${BEGIN_SIGNATURE}", expected the signature after the signed text.`,
      ),
    );
  else readSignature(lines, i, hashes, problems);
  return { signed: true, body, problems };
}

/** Splits a file into its signed text and its envelope, and checks the envelope. */
export function readCleartext(lines: RawLine[]): Cleartext {
  const first = lines.findIndex((l) => !isBlank(l));
  if (first >= 0 && lines[first].text.trimEnd() === BEGIN_SIGNED) return readSigned(lines, first);
  const problems = lines
    .filter((l) => l.text.trim() === BEGIN_SIGNED || l.text.trim() === BEGIN_SIGNATURE)
    .map((l) => {
      const header = l.text.trim();
      const message = `"${header}" must be on the first line, expected the signed message to start the file.`;
      return whole(l, 'notFirstLine', message, { header });
    });
  return { signed: false, body: lines.map((line) => ({ line, escaped: false })), problems };
}
