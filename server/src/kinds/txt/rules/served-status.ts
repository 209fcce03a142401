import { defineRule } from '../../../core/rule';
import { finalUrl } from '../../../core/served';
import { servedExample, wholeAnswer } from '../served';
import { rfcSection } from './helpers';

export default defineRule({
  meta: {
    id: 'served-status',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: rfcSection('3'),
    description: 'The live check: the server answers with a status other than 200 (404, 403, 500…).',
    rationale:
      "A researcher's tool takes only a 200 answer as the file (RFC 9116 §3): with any other status the site has no security.txt for them.",
    howToFix:
      "Publish the file at /.well-known/security.txt so that the server answers 200 with it; check the web server's rules for dot-folders, which some deny.",
    messages: {
      status: '{url} answered {status}, expected 200 with the file.',
    },
    invalid: [
      {
        ...servedExample({ status: 404, statusText: 'Not Found' }),
        expect: [
          {
            line: 1,
            column: 1,
            message: 'https://acme.org/.well-known/security.txt answered 404 Not Found, expected 200 with the file.',
          },
        ],
      },
      {
        ...servedExample({
          status: 500,
          statusText: '',
          redirects: ['https://www.acme.org/.well-known/security.txt'],
        }),
        expect: [
          {
            line: 1,
            column: 1,
            message: 'https://www.acme.org/.well-known/security.txt answered 500, expected 200 with the file.',
          },
        ],
      },
    ],
    valid: [
      servedExample({}, 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n'),
      // No answer at all is served-unreachable's.
      servedExample({ status: undefined, failure: { kind: 'timeout', afterMs: 10000 } }),
    ],
  },
  txt(doc, context) {
    const served = context.env.served;
    if (served?.status === undefined || served.status === 200 || served.failure) return;
    const reason = served.statusText ? ` ${served.statusText}` : '';
    context.report({
      messageId: 'status',
      values: { url: finalUrl(served), status: `${served.status}${reason}` },
      ...wholeAnswer(doc),
    });
  },
});
