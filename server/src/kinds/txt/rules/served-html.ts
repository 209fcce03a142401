import { defineRule } from '../../../core/rule';
import { servedExample, wholeAnswer } from '../served';
import { rfcSection } from './helpers';

export default defineRule({
  meta: {
    id: 'served-html',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: rfcSection('3'),
    description:
      "The live check: the server answers 200 with an HTML page (a site's catch-all page), so there is no security.txt; the page is not checked as one.",
    rationale:
      "Single-page applications and some hosts answer every path with their home page. A researcher's tool then finds no fields, and a check that read the page as a security.txt would report nonsense.",
    howToFix:
      "Publish the file at /.well-known/security.txt, and make sure the site's catch-all route does not answer for it.",
    messages: {
      html: '{url} answers 200 with an HTML page ({contentType}), not a security.txt: expected the file as text/plain.',
      htmlNoType:
        '{url} answers 200 with an HTML page (no Content-Type), not a security.txt: expected the file as text/plain.',
    },
    invalid: [
      {
        ...servedExample({ contentType: 'text/html; charset=utf-8', html: true }),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'https://acme.org/.well-known/security.txt answers 200 with an HTML page (text/html; charset=utf-8), not a security.txt: expected the file as text/plain.',
          },
        ],
      },
      {
        ...servedExample({ contentType: 'text/plain', html: true }),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'https://acme.org/.well-known/security.txt answers 200 with an HTML page (text/plain), not a security.txt: expected the file as text/plain.',
          },
        ],
      },
    ],
    valid: [servedExample({}, 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n')],
  },
  txt(doc, context) {
    const served = context.env.served;
    if (!served?.html || served.status !== 200) return;
    context.report({
      ...(served.contentType === undefined
        ? { messageId: 'htmlNoType', values: { url: served.url } }
        : { messageId: 'html', values: { url: served.url, contentType: served.contentType } }),
      ...wholeAnswer(doc),
    });
  },
});
