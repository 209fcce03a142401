import { defineRule } from '../../../core/rule';
import type { MessageValues } from '../../../core/message-text';
import { signatureAnchor, signatureExample } from '../deployed';
import { answerShape } from '../message-shapes';
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
    // One sentence per reason (what the key's URL answered, as describeAnswer in ../deployed.ts says it).
    messages: {
      notAmong:
        'The key that made the signature (key ID {keyIds}) is not among the keys from {source}, expected the signing key there.',
      unreadable:
        'The key that made the signature (key ID {keyIds}) was not found: {source} holds no OpenPGP key that can be read, expected the signing key there.',
      status:
        'The key that made the signature (key ID {keyIds}) was not found: {source} answered {status}, expected the signing key there.',
      html: 'The key that made the signature (key ID {keyIds}) was not found: {source} answered with an HTML page, expected the signing key there.',
      tooLarge:
        'The key that made the signature (key ID {keyIds}) was not found: {source} answered with more than {size}, expected the signing key there.',
      timeout:
        'The key that made the signature (key ID {keyIds}) was not found: {source} could not be fetched (timeout), expected the signing key there.',
      network:
        'The key that made the signature (key ID {keyIds}) was not found: {source} could not be fetched (network), expected the signing key there.',
      redirects:
        'The key that made the signature (key ID {keyIds}) was not found: {source} could not be fetched (redirects), expected the signing key there.',
      tls: 'The key that made the signature (key ID {keyIds}) was not found: {source} could not be fetched ({code}), expected the signing key there.',
      other:
        'The key that made the signature (key ID {keyIds}) was not found: {reason}, expected the signing key there.',
    },
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
    const keyIds = check.keyIds.join(', ') || 'unknown';
    context.report({ ...notFound(check.reason, keyIds, check.keySource), ...signatureAnchor(doc) });
  },
});

/** The sentence for why the key was not found: the reason (`<source> <what it answered>`) in its shape. */
function notFound(
  reason: string | undefined,
  keyIds: string,
  source: string,
): { messageId: string; values: MessageValues } {
  if (reason === undefined) return { messageId: 'notAmong', values: { keyIds, source } };
  const rest = reason.startsWith(`${source} `) ? reason.slice(source.length + 1) : undefined;
  if (rest === 'holds no OpenPGP key that can be read') return { messageId: 'unreadable', values: { keyIds, source } };
  const answer = rest === undefined ? undefined : answerShape(rest);
  if (!answer || answer.shape === 'other') return { messageId: 'other', values: { keyIds, reason } };
  return { messageId: answer.shape, values: { keyIds, source, ...answer.values } };
}
