import { defineRule } from '../../../core/rule';
import { servedExample, wholeAnswer } from '../served';
import { answerShape } from '../message-shapes';
import { rfcSection, VALID_FILE } from './helpers';

const LEGACY = 'https://acme.org/security.txt';

export default defineRule({
  meta: {
    id: 'served-legacy-location',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('3'),
    description:
      'The live check: the file is served only at the legacy `/security.txt`, not at `/.well-known/security.txt`.',
    rationale:
      'RFC 9116 §3: the file MUST be placed under /.well-known/; the top-level path is allowed for legacy compatibility only, and tools look in /.well-known/ first (some only there).',
    howToFix: 'Serve the file at /.well-known/security.txt; keep /security.txt as a redirect to it, or the same file.',
    // One sentence per answer of /.well-known/security.txt (the cases of describeAnswer in ../deployed.ts).
    messages: {
      status:
        'The file is only at the legacy {url}: {wellKnown} answered {status}, expected the file there (RFC 9116 §3).',
      html: 'The file is only at the legacy {url}: {wellKnown} answered with an HTML page, expected the file there (RFC 9116 §3).',
      tooLarge:
        'The file is only at the legacy {url}: {wellKnown} answered with more than {size}, expected the file there (RFC 9116 §3).',
      timeout:
        'The file is only at the legacy {url}: {wellKnown} could not be fetched (timeout), expected the file there (RFC 9116 §3).',
      network:
        'The file is only at the legacy {url}: {wellKnown} could not be fetched (network), expected the file there (RFC 9116 §3).',
      redirects:
        'The file is only at the legacy {url}: {wellKnown} could not be fetched (redirects), expected the file there (RFC 9116 §3).',
      tls: 'The file is only at the legacy {url}: {wellKnown} could not be fetched ({code}), expected the file there (RFC 9116 §3).',
      other: 'The file is only at the legacy {url}: {wellKnown} {answer}, expected the file there (RFC 9116 §3).',
    },
    invalid: [
      {
        ...servedExample(
          {
            url: LEGACY,
            legacyOnly: { url: 'https://acme.org/.well-known/security.txt', answer: 'answered 404 Not Found' },
          },
          VALID_FILE,
        ),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'The file is only at the legacy https://acme.org/security.txt: https://acme.org/.well-known/security.txt answered 404 Not Found, expected the file there (RFC 9116 §3).',
          },
        ],
      },
      {
        ...servedExample(
          {
            url: LEGACY,
            legacyOnly: { url: 'https://acme.org/.well-known/security.txt', answer: 'answered with an HTML page' },
          },
          VALID_FILE,
        ),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'The file is only at the legacy https://acme.org/security.txt: https://acme.org/.well-known/security.txt answered with an HTML page, expected the file there (RFC 9116 §3).',
          },
        ],
      },
    ],
    valid: [servedExample({}, VALID_FILE), servedExample({ url: LEGACY }, VALID_FILE)],
  },
  txt(doc, context) {
    const served = context.env.served;
    if (!served?.legacyOnly) return;
    const { shape, values } = answerShape(served.legacyOnly.answer);
    context.report({
      messageId: shape,
      values: { url: served.url, wellKnown: served.legacyOnly.url, ...values },
      ...wholeAnswer(doc),
    });
  },
});
