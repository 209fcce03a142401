import { defineRule } from '../../../core/rule';
import { finalUrl, type ServedFailure, type ServedFile } from '../../../core/served';
import { hostOf, servedExample, wholeAnswer } from '../served';
import { rfcSection } from './helpers';

const NETWORK: Record<string, string> = {
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the name could not be resolved',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

const duration = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

function messageFor(served: ServedFile, failure: ServedFailure): string | undefined {
  const last = finalUrl(served);
  const host = hostOf(last) ?? last;
  switch (failure.kind) {
    case 'timeout':
      return `No answer from ${host} within ${duration(failure.afterMs)}, expected the file.`;
    case 'network':
      return `${host} cannot be reached (${NETWORK[failure.code] ?? failure.code}), expected the file at ${served.url}.`;
    case 'redirects':
      return failure.loop
        ? `The redirects loop back to ${last}, expected them to end at the file.`
        : `More than ${failure.max} redirects (the last to ${last}), expected the file within ${failure.max}.`;
    default:
      return undefined;
  }
}

export default defineRule({
  meta: {
    id: 'served-unreachable',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: rfcSection('3'),
    description:
      'The live check: no answer came (no such host, connection refused, a timeout), or the redirects loop or pass 5.',
    rationale:
      "A researcher's tool gives up the same way: the site then has no security.txt for them. Tools follow a few redirects, not a loop.",
    howToFix:
      'Check that the host name resolves and the server listens on port 443; make a redirect point straight at the file.',
    invalid: [
      {
        ...servedExample({ status: undefined, failure: { kind: 'timeout', afterMs: 10000 } }),
        expect: [{ line: 1, column: 1, message: 'No answer from acme.org within 10 s, expected the file.' }],
      },
      {
        ...servedExample({
          status: 302,
          redirects: ['https://acme.org/a', 'https://acme.org/.well-known/security.txt'],
          failure: { kind: 'redirects', loop: true, max: 5 },
        }),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'The redirects loop back to https://acme.org/.well-known/security.txt, expected them to end at the file.',
          },
        ],
      },
      {
        ...servedExample({ status: undefined, failure: { kind: 'network', code: 'ECONNREFUSED' } }),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'acme.org cannot be reached (connection refused), expected the file at https://acme.org/.well-known/security.txt.',
          },
        ],
      },
    ],
    valid: [servedExample({}, 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n')],
  },
  txt(doc, context) {
    const served = context.env.served;
    const message = served?.failure && messageFor(served, served.failure);
    if (message) context.report({ message, ...wholeAnswer(doc) });
  },
});
