import { defineRule } from '../../../core/rule';
import { signatureAnchor, signatureExample } from '../deployed';
import { keyShape } from '../message-shapes';
import { rfcSection, signed, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'signature-bad',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: rfcSection('2.3'),
    description:
      'The signature was verified (with `--key FILE`, or online with the key at an `Encryption` URL) and does not match the text: the file was changed after it was signed.',
    rationale:
      'RFC 9116 §2.3: a signature lets researchers check that the file is authentic; one that does not verify tells them the file may have been tampered with.',
    howToFix: 'Sign the file again after the last change (`gpg --clearsign`), with the key published for it.',
    messages: {
      named:
        'Bad signature: it does not match the signed text with the key of {user}, fingerprint {fingerprint} (from {source}); the file was changed after it was signed, expected it signed again.',
      fingerprint:
        'Bad signature: it does not match the signed text with the key of fingerprint {fingerprint} (from {source}); the file was changed after it was signed, expected it signed again.',
      keyId:
        'Bad signature: it does not match the signed text with the key of key ID {keyIds} (from {source}); the file was changed after it was signed, expected it signed again.',
    },
    invalid: [
      {
        ...signatureExample(signed(VALID_FILE), { verdict: 'bad' }),
        expect: [
          {
            line: 8,
            column: 1,
            message:
              'Bad signature: it does not match the signed text with the key of Acme Security <security@acme.org>, fingerprint E751D1B9769B5B86FB6A8107A068C5C71309BE71 (from https://acme.org/pgp-key.txt); the file was changed after it was signed, expected it signed again.',
          },
        ],
      },
      {
        // A key with no user ID is named by its fingerprint alone.
        ...signatureExample(signed(VALID_FILE.replace('security@', 'psirt@')), {
          verdict: 'bad',
          key: { fingerprint: 'E751D1B9769B5B86FB6A8107A068C5C71309BE71' },
        }),
        expect: [
          {
            line: 8,
            column: 1,
            message:
              'Bad signature: it does not match the signed text with the key of fingerprint E751D1B9769B5B86FB6A8107A068C5C71309BE71 (from https://acme.org/pgp-key.txt); the file was changed after it was signed, expected it signed again.',
          },
        ],
      },
    ],
    valid: [signatureExample(signed(VALID_FILE)), { text: signed(VALID_FILE), kind: 'txt', path: 'security.txt' }],
  },
  txt(doc, context) {
    const check = context.env.signature;
    if (!doc.signed || check?.verdict !== 'bad') return;
    const { shape, values } = keyShape(check);
    context.report({
      messageId: shape,
      values,
      ...signatureAnchor(doc),
    });
  },
});
