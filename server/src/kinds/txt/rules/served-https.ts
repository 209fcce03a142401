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
    messages: {
      http: 'The file is asked for over http:// ({url}), expected https:// (RFC 9116 §3).',
      redirect: 'A redirect leaves HTTPS: {from} leads to {to}, expected https:// throughout (RFC 9116 §3).',
    },
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
    const said: { messageId: string; values: Record<string, string> } =
      first === 0
        ? { messageId: 'http', values: { url: served.url } }
        : { messageId: 'redirect', values: { from: urls[first - 1], to: urls[first] } };
    context.report({ ...said, ...wholeAnswer(doc) });
  },
});
