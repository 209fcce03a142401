import { defineRule } from '../../../core/rule';
import { finalUrl } from '../../../core/served';
import { hostOf, pathOf, relatedHosts, SECURITY_TXT_PATHS, servedExample, wholeAnswer } from '../served';
import { rfcSection, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'served-redirect',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('6.5'),
    description:
      'The live check: the redirects end on an unrelated host, or at a path that is not a security.txt location.',
    rationale:
      'RFC 9116 §3 and §6.5: a researcher must triage a redirect, since it may lead to a file the site does not control. A redirect to another domain or to a home page is where that goes wrong.',
    howToFix:
      'Serve the file from the host itself, or redirect only within the domain (acme.org to www.acme.org) and to /.well-known/security.txt.',
    messages: {
      otherHost: 'The redirects end on another host: {last}, expected {from} or a subdomain of it.',
      otherPath: 'The redirects end at {last}, expected /.well-known/security.txt or /security.txt.',
    },
    invalid: [
      {
        ...servedExample({ redirects: ['https://acme-security.net/.well-known/security.txt'] }, VALID_FILE),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'The redirects end on another host: https://acme-security.net/.well-known/security.txt, expected acme.org or a subdomain of it.',
          },
        ],
      },
      {
        ...servedExample({ redirects: ['https://acme.org/', 'https://acme.org/en/'] }, VALID_FILE),
        expect: [
          {
            line: 1,
            column: 1,
            message: 'The redirects end at https://acme.org/en/, expected /.well-known/security.txt or /security.txt.',
          },
        ],
      },
    ],
    valid: [
      servedExample({ redirects: ['https://www.acme.org/.well-known/security.txt'] }, VALID_FILE),
      servedExample(
        { url: 'https://acme.org/security.txt', redirects: ['https://acme.org/.well-known/security.txt'] },
        VALID_FILE,
      ),
    ],
  },
  txt(doc, context) {
    const served = context.env.served;
    if (!served || served.redirects.length === 0 || served.failure?.kind === 'redirects') return;
    const last = finalUrl(served);
    const from = hostOf(served.url);
    const to = hostOf(last);
    if (from === undefined || to === undefined) return;
    if (!relatedHosts(from, to))
      context.report({ messageId: 'otherHost', values: { last, from }, ...wholeAnswer(doc) });
    else if (!SECURITY_TXT_PATHS.includes(pathOf(last) ?? ''))
      context.report({ messageId: 'otherPath', values: { last }, ...wholeAnswer(doc) });
  },
});
