import { defineRule } from '../../../core/rule';
import { wholeAnswer, servedExample } from '../served';
import { rfcSection, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'served-https',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: rfcSection('3'),
    description: 'The live check: the file is asked for over `http://`, or a redirect leaves HTTPS.',
    rationale:
      'RFC 9116 §3: the file MUST be served over HTTPS. Over plain HTTP anyone on the path can change the contacts a researcher reads.',
    howToFix:
      'Serve the file at https://<host>/.well-known/security.txt, and make every redirect on the way point to an https:// URL.',
    invalid: [
      {
        ...servedExample({ url: 'http://acme.org/.well-known/security.txt' }, VALID_FILE),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'The file is asked for over http:// (http://acme.org/.well-known/security.txt), expected https:// (RFC 9116 §3).',
          },
        ],
      },
      {
        ...servedExample({ redirects: ['http://www.acme.org/.well-known/security.txt'] }, VALID_FILE),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'A redirect leaves HTTPS: https://acme.org/.well-known/security.txt leads to http://www.acme.org/.well-known/security.txt, expected https:// throughout (RFC 9116 §3).',
          },
        ],
      },
    ],
    valid: [
      servedExample({}, VALID_FILE),
      servedExample({ redirects: ['https://www.acme.org/.well-known/security.txt'] }, VALID_FILE),
    ],
  },
  txt(doc, context) {
    const served = context.env.served;
    if (!served) return;
    const urls = [served.url, ...served.redirects];
    const first = urls.findIndex((u) => /^http:/i.test(u));
    if (first < 0) return;
    const message =
      first === 0
        ? `The file is asked for over http:// (${served.url}), expected https:// (RFC 9116 §3).`
        : `A redirect leaves HTTPS: ${urls[first - 1]} leads to ${urls[first]}, expected https:// throughout (RFC 9116 §3).`;
    context.report({ message, ...wholeAnswer(doc) });
  },
});
