import { defineRule } from '../../../core/rule';
import { signatureAnchor, signatureExample, EXAMPLE_FINGERPRINT } from '../deployed';
import { keyShape } from '../message-shapes';
import { formatUtc } from '../standards/rfc3339';
import { rfcSection, signed, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'signature-key-invalid',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: rfcSection('2.3'),
    description: 'The key that made the signature has expired or was revoked.',
    rationale:
      "A revoked key may be in someone else's hands, and an expired one is no longer vouched for: researchers' tools refuse a signature by either, so the file is as good as unsigned.",
    howToFix: 'Sign the file again with a current key, and publish that key at the Encryption URL.',
    messages: {
      namedRevoked:
        'The signing key, {user}, fingerprint {fingerprint} (from {source}), was revoked, expected the file signed with a valid key.',
      namedExpired:
        'The signing key, {user}, fingerprint {fingerprint} (from {source}), expired on {expired}, expected the file signed with a valid key.',
      fingerprintRevoked:
        'The signing key, fingerprint {fingerprint} (from {source}), was revoked, expected the file signed with a valid key.',
      fingerprintExpired:
        'The signing key, fingerprint {fingerprint} (from {source}), expired on {expired}, expected the file signed with a valid key.',
    },
    invalid: [
      {
        ...signatureExample(signed(VALID_FILE), {
          key: { fingerprint: EXAMPLE_FINGERPRINT, revoked: true },
        }),
        expect: [
          {
            line: 8,
            column: 1,
            message:
              'The signing key, fingerprint E751D1B9769B5B86FB6A8107A068C5C71309BE71 (from https://acme.org/pgp-key.txt), was revoked, expected the file signed with a valid key.',
          },
        ],
      },
      {
        ...signatureExample(signed(VALID_FILE), {
          verdict: 'good',
          key: { fingerprint: EXAMPLE_FINGERPRINT, expired: new Date('2026-11-15T00:00:00Z') },
        }),
        expect: [
          {
            line: 8,
            column: 1,
            message:
              'The signing key, fingerprint E751D1B9769B5B86FB6A8107A068C5C71309BE71 (from https://acme.org/pgp-key.txt), expired on 2026-11-15T00:00:00Z, expected the file signed with a valid key.',
          },
        ],
      },
    ],
    valid: [signatureExample(signed(VALID_FILE))],
  },
  txt(doc, context) {
    const check = context.env.signature;
    if (!doc.signed || !check?.key || check.verdict === 'no-key') return;
    const { revoked, expired } = check.key;
    if (!revoked && !expired) return;
    // The key is there, so it is named by its user ID and fingerprint, or its fingerprint.
    const { shape, values } = keyShape(check);
    context.report({
      messageId: `${shape === 'named' ? 'named' : 'fingerprint'}${revoked ? 'Revoked' : 'Expired'}`,
      values: revoked ? values : { ...values, expired: formatUtc(expired as Date) },
      ...signatureAnchor(doc),
    });
  },
});
