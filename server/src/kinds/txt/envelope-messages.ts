/**
 * The sentences of rule `signature-envelope` (./rules/signature-envelope.ts) in English: one per problem of the
 * cleartext envelope (./standards/openpgp-cleartext.ts), which says its id and values beside its English, and one
 * per reason a signature does not parse (./standards/openpgp-packets.ts); core/messages/txt/envelope/shape.ts
 * builds them, in every language alike.
 */
import { envelopeMessages, type EnvelopeWords } from '../../core/messages/txt/envelope/shape';
import type { MessageValues } from '../../core/message-text';
import type { EnvelopeProblem } from './standards/openpgp-cleartext';

const ENGLISH: EnvelopeWords = {
  sentences: {
    notHashHeader:
      '"{header}" is not a Hash header, expected only "Hash: " headers after "-----BEGIN PGP SIGNED MESSAGE-----".',
    hashSpelling: '"{header}" is not "Hash: ", expected the header written exactly so.',
    unknownHash: '"{name}" is not an OpenPGP hash algorithm, expected one of {algorithms}.',
    noHash: 'No "Hash:" armor header, expected one such as "Hash: SHA512".',
    noEmptyAfterArmor: "No empty line after the signature's armor headers, expected one before the base64 data.",
    notArmorHeader: '"{line}" is not an armor header, expected "Key: value".',
    notBase64: '"{char}" is not base64, expected only A–Z, a–z, 0–9, "+", "/" and "=" padding.',
    base64Length:
      'The signature data is not whole base64 (its length or "=" padding is wrong), expected it as gpg wrote it.',
    checksumLine: '"{line}" is not a CRC-24 checksum line, expected "=" and 4 base64 characters.',
    checksum: 'The CRC-24 checksum does not match the signature data, expected the data unchanged since signing.',
    signatureType: 'The signature has type 0x{type}, expected 0x01 (canonical text) for a cleartext signature.',
    hashNotNamed: 'The signature uses {hash}, which no "Hash:" header names, expected "Hash: {hash}".',
    hashUnknownNotNamed:
      'The signature uses algorithm {id}, which no "Hash:" header names, expected "Hash: algorithm {id}".',
    noEndHere: 'No "-----END PGP SIGNATURE-----" here, expected the signature block to end with it.',
    noEndAfter: 'No "-----END PGP SIGNATURE-----" after this line, expected the signature block to end with it.',
    noData: 'The signature block holds no data, expected the base64 signature.',
    secondBlock: 'A second signature block, expected exactly one.',
    textAfter: 'Text after the signature is not signed, expected nothing after it.',
    headerNotFirst: 'The OpenPGP header is not on line 1, expected nothing before it.',
    noBlankLine: 'No blank line after the armor headers (Hash:), expected one before the signed text.',
    notDashEscaped: 'A signed line starting with "-" is not dash-escaped, expected "- " before it.',
    noBeginSignature: 'No "-----BEGIN PGP SIGNATURE-----", expected the signature after the signed text.',
    notFirstLine: '"{header}" must be on the first line, expected the signed message to start the file.',
  },
  packets: {
    notHeader: 'byte {byte} is not a packet header (bit 7 is clear)',
    partialLength: 'the signature packet has a partial body length, which only data packets may have',
    headerCut: 'the packet header is cut short',
    lengthPast: 'the packet claims {length} bytes but {left} follow',
    areaHashed: 'the hashed subpacket area is longer than the packet',
    areaUnhashed: 'the unhashed subpacket area is longer than the packet',
    subpacketHashed: 'a hashed subpacket runs past its area',
    subpacketUnhashed: 'an unhashed subpacket runs past its area',
    noSignature: 'the signature packet ends before its signature',
    sizeFixed: 'the signature is {size} bytes, expected {expected}',
    mpiCut: 'a signature MPI is cut short',
    afterMpis: "{count} bytes follow the signature's MPIs, expected none",
    v3Hash5: 'a version 3 signature must hash 5 bytes',
    v3Cut: 'the version 3 signature is cut short',
    version: 'signature version {version} is not 3, 4 or 6',
    versionNone: 'signature version (none) is not 3, 4 or 6',
    noHashPrefix: 'the signature packet ends before its hash prefix',
    saltCut: 'the signature salt is cut short',
    empty: 'the signature block holds no data',
    notSignature: 'packet {index} has tag {tag}, expected a Signature packet (tag 2)',
  },
  doesNotParse: (reason) => `The signature does not parse: ${reason}.`,
};

export const SIGNATURE_ENVELOPE_MESSAGES = envelopeMessages(ENGLISH);

/** The message of an envelope problem, and its values. */
export function envelopeMessage(problem: EnvelopeProblem): { messageId: string; values?: MessageValues } {
  return { messageId: problem.id, ...(problem.values && { values: problem.values }) };
}
