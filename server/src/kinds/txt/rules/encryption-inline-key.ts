import { defineRule } from '../../../core/rule';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'encryption-inline-key',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: rfcSection('2.5.4'),
    description: 'Key material inside `Encryption` (keys MUST NOT appear there).',
    rationale:
      'RFC 9116 §2.5.4: Encryption points to a key (https://, dns:, openpgp4fpr:); the key itself MUST NOT be in the field.',
    howToFix: 'Publish the key at a URI and put that URI in Encryption.',
    invalid: [
      {
        ...txtExample(`${VALID_FILE}Encryption: -----BEGIN PGP PUBLIC KEY BLOCK-----\n`),
        expect: [
          {
            line: 5,
            column: 13,
            message: 'Encryption holds key material, expected a URI where the key can be fetched.',
          },
        ],
      },
      {
        ...txtExample(
          `${VALID_FILE}Encryption: mQINBGFhY2tlcnNvbWVsb25nYmFzZTY0a2V5bWF0ZXJpYWxoZXJlZm9ydGVzdGluZ3B1cnBvc2VzMTIz\n`,
        ),
        expect: [
          {
            line: 5,
            column: 13,
            message: 'Encryption holds key material, expected a URI where the key can be fetched.',
          },
        ],
      },
    ],
    valid: [txtExample(`${VALID_FILE}Encryption: https://acme.org/pgp-key.txt\n`)],
  },
  txt(doc, context) {
    for (const field of doc.fieldsNamed('encryption')) {
      const inline = field.value.includes('BEGIN PGP') || /^[A-Za-z0-9+/=]{60,}$/.test(field.value);
      if (inline) {
        context.report({
          message: 'Encryption holds key material, expected a URI where the key can be fetched.',
          start: field.valueStart,
          end: field.valueEnd,
        });
      }
    }
  },
});
