import { defineRule } from '../../../core/rule';
import { servedExample, wholeAnswer } from '../served';
import { rfcSection, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'served-locations-differ',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('3'),
    description: 'The live check: `/.well-known/security.txt` and `/security.txt` serve different files.',
    rationale:
      'Tools read one location or the other: two different files give researchers different contacts and dates, and one of them is out of date.',
    howToFix: 'Make /security.txt redirect to /.well-known/security.txt, or remove it.',
    messages: {
      differs: '{other} serves a different file from {url}, expected the same file or a redirect to it.',
    },
    invalid: [
      {
        ...servedExample({ differsFrom: 'https://acme.org/security.txt' }, VALID_FILE),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'https://acme.org/security.txt serves a different file from https://acme.org/.well-known/security.txt, expected the same file or a redirect to it.',
          },
        ],
      },
      {
        ...servedExample(
          { url: 'http://acme.org/.well-known/security.txt', differsFrom: 'http://acme.org/security.txt' },
          VALID_FILE,
        ),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'http://acme.org/security.txt serves a different file from http://acme.org/.well-known/security.txt, expected the same file or a redirect to it.',
          },
        ],
      },
    ],
    valid: [servedExample({}, VALID_FILE)],
  },
  txt(doc, context) {
    const served = context.env.served;
    if (!served?.differsFrom) return;
    context.report({
      messageId: 'differs',
      values: { other: served.differsFrom, url: served.url },
      ...wholeAnswer(doc),
    });
  },
});
