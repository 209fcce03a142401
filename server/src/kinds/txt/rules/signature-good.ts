import { defineRule } from '../../../core/rule';
import { signatureAnchor, signatureExample } from '../deployed';
import { keyShape } from '../message-shapes';
import { formatUtc } from '../standards/rfc3339';
import { rfcSection, signed, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'signature-good',
    defaultSeverity: 'info',
    fixable: false,
    specUrl: rfcSection('2.3'),
    description:
      'The signature was verified (with `--key FILE`, or online with the key at an `Encryption` URL): it is good, made by the key named.',
    rationale:
      'A good signature is only worth as much as the key that made it: the finding names the key and its fingerprint, for comparing with the one the organisation publishes.',
    howToFix: 'Nothing to fix: compare the fingerprint with the one your organisation publishes, or turn the rule off.',
    messages: {
      named: 'Good signature by {user}, fingerprint {fingerprint} (the key from {source}).',
      namedMade: 'Good signature by {user}, fingerprint {fingerprint} (the key from {source}), made {made}.',
      fingerprint: 'Good signature by fingerprint {fingerprint} (the key from {source}).',
      fingerprintMade: 'Good signature by fingerprint {fingerprint} (the key from {source}), made {made}.',
      keyId: 'Good signature by key ID {keyIds} (the key from {source}).',
      keyIdMade: 'Good signature by key ID {keyIds} (the key from {source}), made {made}.',
    },
    invalid: [
      {
        ...signatureExample(signed(VALID_FILE)),
        expect: [
          {
            line: 8,
            column: 1,
            message:
              'Good signature by Acme Security <security@acme.org>, fingerprint E751D1B9769B5B86FB6A8107A068C5C71309BE71 (the key from https://acme.org/pgp-key.txt), made 2026-11-01T10:00:00Z.',
          },
        ],
      },
      {
        ...signatureExample(signed(VALID_FILE), {
          keySource: 'keys.asc',
          key: { fingerprint: 'E751D1B9769B5B86FB6A8107A068C5C71309BE71' },
          created: undefined,
        }),
        expect: [
          {
            line: 8,
            column: 1,
            message: 'Good signature by fingerprint E751D1B9769B5B86FB6A8107A068C5C71309BE71 (the key from keys.asc).',
          },
        ],
      },
    ],
    valid: [
      signatureExample(signed(VALID_FILE), { verdict: 'bad' }),
      // Good, but by a key that has since been revoked: signature-key-invalid speaks.
      signatureExample(signed(VALID_FILE), {
        key: { fingerprint: 'E751D1B9769B5B86FB6A8107A068C5C71309BE71', revoked: true },
      }),
      // Not verified (no key given, offline): nothing is said.
      { text: signed(VALID_FILE), kind: 'txt', path: '.well-known/security.txt' },
    ],
  },
  txt(doc, context) {
    const check = context.env.signature;
    if (!doc.signed || check?.verdict !== 'good' || check.key?.revoked || check.key?.expired) return;
    const { shape, values } = keyShape(check);
    context.report({
      messageId: check.created ? `${shape}Made` : shape,
      values: check.created ? { ...values, made: formatUtc(check.created) } : values,
      ...signatureAnchor(doc),
    });
  },
});
