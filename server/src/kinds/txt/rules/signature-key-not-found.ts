import { defineRule } from '../../../core/rule';
import { signatureAnchor, signatureExample } from '../deployed';
import { rfcSection, signed, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'signature-key-not-found',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('2.3'),
    description:
      'The signature could not be verified: the key that made it is not in `--key FILE`, nor at the `Encryption` URL (or that URL gave no key).',
    rationale:
      'A researcher checks the signature with the key the organisation publishes, usually the one in Encryption: when that is not the signing key, the signature proves nothing to them.',
    howToFix:
      'Sign the file with the key the Encryption field points to, or publish the signing key there (and make sure the URL serves it).',
    invalid: [
      {
        ...signatureExample(signed(VALID_FILE), { verdict: 'no-key', key: undefined }),
        expect: [
          {
            line: 8,
            column: 1,
            message:
              'The key that made the signature (key ID A068C5C71309BE71) is not among the keys from https://acme.org/pgp-key.txt, expected the signing key there.',
          },
        ],
      },
      {
        ...signatureExample(signed(VALID_FILE), {
          verdict: 'no-key',
          key: undefined,
          reason: 'https://acme.org/pgp-key.txt answered 404 Not Found',
        }),
        expect: [
          {
            line: 8,
            column: 1,
            message:
              'The key that made the signature (key ID A068C5C71309BE71) was not found: https://acme.org/pgp-key.txt answered 404 Not Found, expected the signing key there.',
          },
        ],
      },
    ],
    valid: [signatureExample(signed(VALID_FILE))],
  },
  txt(doc, context) {
    const check = context.env.signature;
    if (!doc.signed || check?.verdict !== 'no-key') return;
    const ids = `key ID ${check.keyIds.join(', ') || 'unknown'}`;
    context.report({
      message: check.reason
        ? `The key that made the signature (${ids}) was not found: ${check.reason}, expected the signing key there.`
        : `The key that made the signature (${ids}) is not among the keys from ${check.keySource}, expected the signing key there.`,
      ...signatureAnchor(doc),
    });
  },
});
