import { defineRule } from '../../../core/rule';
import { envelopeMessage, SIGNATURE_ENVELOPE_MESSAGES } from '../envelope-messages';
import { rfcSection, SIGNATURE, signed, txtExample, VALID_FILE } from './helpers';

/** A real signature over VALID_FILE as a binary document (`gpg --detach-sign`, type 0x00, SHA256). */
const BINARY_SIGNATURE =
  '-----BEGIN PGP SIGNATURE-----\n\niIgEABYIADAWIQTnUdG5dptbhvtqgQegaMXHEwm+cQUCawRALxIcc2VjdXJpdHlA\nYWNtZS5vcmcACgkQoGjFxxMJvnFoFAD+JiZ2A3G9iJYRYUhErSjgiXAQtKNhePFr\nYixanDmGyz0A/0zEZsw9M5tKULMltpw4lw9lVC3n9+Hgwygzoy66P3kL\n=NVzb\n-----END PGP SIGNATURE-----\n';

/** The example signature with one character of its signature data changed. */
const TAMPERED = signed(VALID_FILE).replace('nXMc+wAL', 'nXMd+wAL');

export default defineRule({
  meta: {
    id: 'signature-envelope',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: rfcSection('2.3'),
    description:
      'A malformed OpenPGP cleartext signature (RFC 4880 §7): the header, the `Hash:` headers, the blank line, dash-escaping, base64, the CRC-24 checksum, the Signature packet, one signature block and nothing after it.',
    rationale:
      'RFC 9116 §2.3 signs the file with an OpenPGP cleartext signature, and §4 gives its grammar. A broken envelope fails verification, and text outside it is not signed at all. The checks need no key: verifying the signature against one is left to gpg.',
    howToFix: 'Sign the file again with `gpg --clearsign` and publish its output unchanged.',
    messages: SIGNATURE_ENVELOPE_MESSAGES,
    invalid: [
      {
        ...txtExample(signed(VALID_FILE) + 'Contact: mailto:extra@acme.org\n'),
        expect: [
          { line: 15, column: 1, message: 'Text after the signature is not signed, expected nothing after it.' },
        ],
      },
      {
        ...txtExample(`# comment first\n${signed(VALID_FILE)}`),
        expect: [
          {
            line: 2,
            column: 1,
            message:
              '"-----BEGIN PGP SIGNED MESSAGE-----" must be on the first line, expected the signed message to start the file.',
          },
          {
            line: 9,
            column: 1,
            message:
              '"-----BEGIN PGP SIGNATURE-----" must be on the first line, expected the signed message to start the file.',
          },
        ],
      },
      {
        ...txtExample(TAMPERED),
        expect: [
          {
            line: 13,
            column: 1,
            message:
              'The CRC-24 checksum does not match the signature data, expected the data unchanged since signing.',
          },
        ],
      },
      {
        ...txtExample(signed(VALID_FILE, 'SHA256')),
        expect: [
          {
            line: 10,
            column: 1,
            message: 'The signature uses SHA512, which no "Hash:" header names, expected "Hash: SHA512".',
          },
        ],
      },
      {
        ...txtExample(signed(VALID_FILE, 'SHA-512')),
        expect: [
          {
            line: 2,
            column: 1,
            message:
              '"SHA-512" is not an OpenPGP hash algorithm, expected one of MD5, SHA1, RIPEMD160, SHA256, SHA384, SHA512, SHA224, SHA3-256, SHA3-512.',
          },
          {
            line: 10,
            column: 1,
            message: 'The signature uses SHA512, which no "Hash:" header names, expected "Hash: SHA512".',
          },
        ],
      },
      {
        ...txtExample(signed(`${VALID_FILE}-- end --\n`)),
        expect: [
          {
            line: 8,
            column: 1,
            message: 'A signed line starting with "-" is not dash-escaped, expected "- " before it.',
          },
        ],
      },
      {
        ...txtExample(signed(VALID_FILE).replace('nXMc+wAL', 'nXMc wAL')),
        expect: [
          { line: 12, column: 5, message: '" " is not base64, expected only A–Z, a–z, 0–9, "+", "/" and "=" padding.' },
        ],
      },
      {
        ...txtExample(signed(VALID_FILE) + SIGNATURE),
        expect: [{ line: 15, column: 1, message: 'A second signature block, expected exactly one.' }],
      },
      {
        ...txtExample(`-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n${VALID_FILE}${BINARY_SIGNATURE}`),
        expect: [
          {
            line: 10,
            column: 1,
            message: 'The signature has type 0x00, expected 0x01 (canonical text) for a cleartext signature.',
          },
        ],
      },
    ],
    valid: [
      txtExample(signed(VALID_FILE)),
      txtExample(signed(`${VALID_FILE}- -- end --\n`)),
      txtExample(signed(VALID_FILE).replace(/\n/g, '\r\n')),
    ],
  },
  txt(doc, context) {
    for (const p of doc.envelopeProblems) context.report({ ...envelopeMessage(p), start: p.start, end: p.end });
  },
});
