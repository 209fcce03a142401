import { defineRule } from '../../engine/rule';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

const SIGNED = (body: string, after = ''): string =>
  `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n${body}-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCgAdFiEE\n-----END PGP SIGNATURE-----\n${after}`;

export default defineRule({
  meta: {
    id: 'signature-envelope',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: rfcSection('2.3'),
    description: 'A malformed OpenPGP cleartext envelope: header not on line 1, no blank line after `Hash:`, data after the signature, lines not dash-escaped.',
    rationale:
      'RFC 9116 §2.3 signs the file with an OpenPGP cleartext signature (RFC 4880 §7). A broken envelope fails verification, and text outside it is not signed at all.',
    howToFix: 'Sign the file again with `gpg --clearsign` and publish its output unchanged.',
    invalid: [
      {
        ...txtExample(SIGNED(VALID_FILE, 'Contact: mailto:extra@acme.org\n')),
        expect: [{ line: 12, column: 1, message: 'Text after the signature is not signed, expected nothing after it.' }],
      },
      {
        ...txtExample(`# comment first\n${SIGNED(VALID_FILE)}`),
        expect: [
          { line: 2, column: 1, message: '"-----BEGIN PGP SIGNED MESSAGE-----" must be on the first line, expected the signed message to start the file.' },
          { line: 9, column: 1, message: '"-----BEGIN PGP SIGNATURE-----" must be on the first line, expected the signed message to start the file.' },
        ],
      },
    ],
    valid: [txtExample(SIGNED(VALID_FILE))],
  },
  txt(doc, context) {
    for (const p of doc.envelopeProblems) context.report(p);
  },
});
