import { defineRule } from '../../../core/rule';
import { finalUrl, type ServedFailure } from '../../../core/served';
import { hostOf, servedExample, wholeAnswer } from '../served';
import { rfcSection } from './helpers';

type TlsReason = Extract<ServedFailure, { kind: 'tls' }>['reason'];

/** One sentence per reason the certificate was refused. */
const MESSAGES: Record<TlsReason, string> = {
  expired:
    'The TLS certificate of {host} has expired ({code}), expected a valid certificate for {host} from a trusted authority.',
  'not-yet-valid':
    'The TLS certificate of {host} is not valid yet ({code}), expected a valid certificate for {host} from a trusted authority.',
  'wrong-host':
    'The TLS certificate of {host} is for another host name ({code}), expected a valid certificate for {host} from a trusted authority.',
  'self-signed':
    'The TLS certificate of {host} is self-signed ({code}), expected a valid certificate for {host} from a trusted authority.',
  untrusted:
    'The TLS certificate of {host} is not issued by a trusted authority ({code}), expected a valid certificate for {host} from a trusted authority.',
  other:
    'The TLS certificate of {host} was refused ({code}), expected a valid certificate for {host} from a trusted authority.',
};

export default defineRule({
  meta: {
    id: 'served-tls',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: rfcSection('3'),
    description:
      'The live check: the HTTPS connection fails on the certificate (expired, for another host, self-signed, not from a trusted authority).',
    rationale:
      "RFC 9116 §3 requires HTTPS, and a researcher's tool refuses a certificate that does not verify: the file cannot be read, and its contacts cannot be trusted.",
    howToFix:
      "Renew the certificate, or have it issued for the host name in the URL by a public certificate authority (Let's Encrypt issues them for free).",
    messages: MESSAGES,
    invalid: [
      {
        ...servedExample({ status: undefined, failure: { kind: 'tls', reason: 'expired', code: 'CERT_HAS_EXPIRED' } }),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'The TLS certificate of acme.org has expired (CERT_HAS_EXPIRED), expected a valid certificate for acme.org from a trusted authority.',
          },
        ],
      },
      {
        ...servedExample({
          status: undefined,
          redirects: ['https://www.acme.org/.well-known/security.txt'],
          failure: { kind: 'tls', reason: 'wrong-host', code: 'ERR_TLS_CERT_ALTNAME_INVALID' },
        }),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'The TLS certificate of www.acme.org is for another host name (ERR_TLS_CERT_ALTNAME_INVALID), expected a valid certificate for www.acme.org from a trusted authority.',
          },
        ],
      },
    ],
    valid: [servedExample({}, 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n')],
  },
  txt(doc, context) {
    const failure = context.env.served?.failure;
    if (failure?.kind !== 'tls') return;
    const host = hostOf(finalUrl(context.env.served!)) ?? '';
    context.report({
      messageId: failure.reason,
      values: { host, code: failure.code },
      ...wholeAnswer(doc),
    });
  },
});
