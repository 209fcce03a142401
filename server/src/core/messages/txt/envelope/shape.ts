/**
 * The shapes of rule `signature-envelope`'s sentences (kinds/txt/envelope-messages.ts): one per problem of the
 * cleartext envelope (kinds/txt/standards/openpgp-cleartext.ts), and one per reason a signature does not parse
 * (./openpgp-packets.ts), so that each is a whole sentence of its language; the same ids in every language.
 */

export const ENVELOPE_SENTENCES = [
  'notHashHeader',
  'hashSpelling',
  'unknownHash',
  'noHash',
  'noEmptyAfterArmor',
  'notArmorHeader',
  'notBase64',
  'base64Length',
  'checksumLine',
  'checksum',
  'signatureType',
  'hashNotNamed',
  'hashUnknownNotNamed',
  'noEndHere',
  'noEndAfter',
  'noData',
  'secondBlock',
  'textAfter',
  'headerNotFirst',
  'noBlankLine',
  'notDashEscaped',
  'noBeginSignature',
  'notFirstLine',
] as const;

export const PACKET_REASONS = [
  'notHeader',
  'partialLength',
  'headerCut',
  'lengthPast',
  'areaHashed',
  'areaUnhashed',
  'subpacketHashed',
  'subpacketUnhashed',
  'noSignature',
  'sizeFixed',
  'mpiCut',
  'afterMpis',
  'v3Hash5',
  'v3Cut',
  'version',
  'versionNone',
  'noHashPrefix',
  'saltCut',
  'empty',
  'notSignature',
] as const;

/** A language's words for signature-envelope. */
export interface EnvelopeWords {
  sentences: Record<(typeof ENVELOPE_SENTENCES)[number], string>;
  /** Each reason a signature does not parse, a clause. */
  packets: Record<(typeof PACKET_REASONS)[number], string>;
  /** The sentence for a signature that does not parse, with the reason's clause. */
  doesNotParse: (reason: string) => string;
}

/** Every sentence of signature-envelope in a language, by message id. */
export function envelopeMessages(words: EnvelopeWords): Record<string, string> {
  const out: Record<string, string> = { ...words.sentences };
  for (const id of PACKET_REASONS)
    out[`parse${id.charAt(0).toUpperCase()}${id.slice(1)}`] = words.doesNotParse(words.packets[id]);
  return out;
}
