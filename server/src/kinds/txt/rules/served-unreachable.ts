import { defineRule } from '../../../core/rule';
import { finalUrl, type ServedFailure, type ServedFile } from '../../../core/served';
import { hostOf, servedExample, wholeAnswer } from '../served';
import { rfcSection } from './helpers';

/** The sentence of a network failure by the system's code; `network` names any other code. */
const NETWORK: Record<string, string> = {
  ENOTFOUND: 'notFound',
  EAI_AGAIN: 'notResolved',
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EHOSTUNREACH: 'hostUnreachable',
  ENETUNREACH: 'networkUnreachable',
};

const MESSAGES = {
  timeout: 'No answer from {host} within {duration}, expected the file.',
  notFound: '{host} cannot be reached (no such host), expected the file at {url}.',
  notResolved: '{host} cannot be reached (the name could not be resolved), expected the file at {url}.',
  refused: '{host} cannot be reached (connection refused), expected the file at {url}.',
  reset: '{host} cannot be reached (connection reset), expected the file at {url}.',
  hostUnreachable: '{host} cannot be reached (host unreachable), expected the file at {url}.',
  networkUnreachable: '{host} cannot be reached (network unreachable), expected the file at {url}.',
  network: '{host} cannot be reached ({code}), expected the file at {url}.',
  loop: 'The redirects loop back to {last}, expected them to end at the file.',
  tooMany: 'More than {max} redirects (the last to {last}), expected the file within {max}.',
};

const duration = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

/** What the finding says: one of MESSAGES with its values. */
function messageFor(
  served: ServedFile,
  failure: ServedFailure,
): { messageId: string; values: Record<string, string | number> } | undefined {
  const last = finalUrl(served);
  const host = hostOf(last) ?? last;
  switch (failure.kind) {
    case 'timeout':
      return { messageId: 'timeout', values: { host, duration: duration(failure.afterMs) } };
    case 'network': {
      const messageId = Object.hasOwn(NETWORK, failure.code) ? NETWORK[failure.code] : 'network';
      return { messageId, values: { host, code: failure.code, url: served.url } };
    }
    case 'redirects':
      return failure.loop
        ? { messageId: 'loop', values: { last } }
        : { messageId: 'tooMany', values: { max: failure.max, last } };
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
    messages: MESSAGES,
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
    const said = served?.failure && messageFor(served, served.failure);
    if (said) context.report({ ...said, ...wholeAnswer(doc) });
  },
});
