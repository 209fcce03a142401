import { defineRule } from '../../../core/rule';
import type { RuleContext } from '../../../core/rule';
import { URI_FIELDS, type TxtField } from '../securitytxt';
import { checkUri, hasScheme } from '../standards/rfc3986';
import { notUriMessage, VALUE_NOT_URI_MESSAGES } from '../uri-messages';
import { looksChained, rfcSection, txtExample, VALID_FILE } from './helpers';

const EMAIL = /^[^\s@:/]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/;
const PHONE = /^\+?[\d ().-]{6,30}$/;
const HOST_PATH = /^(?:www\.)?[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?:[/?#]\S{0,2000})?$/;

/** A value with a scheme that still is not an RFC 3986 URI: reported at the first character that leaves the grammar. */
function reportNotUri(field: TxtField, context: RuleContext): void {
  const miss = checkUri(field.value);
  if (!miss) return;
  const start = field.valueStart + miss.at;
  context.report({
    ...notUriMessage(field.value, miss),
    start,
    end: start + miss.length,
    fix: miss.corrected
      ? {
          titleId: 'percentEncode',
          edits: [{ start: field.valueStart, end: field.valueEnd, newText: miss.corrected }],
          safe: true,
        }
      : undefined,
  });
}

export default defineRule({
  meta: {
    id: 'value-not-uri',
    defaultSeverity: 'error',
    fixable: 'sometimes',
    specUrl: rfcSection('2.5.3'),
    description:
      'A URI field whose value is not an RFC 3986 URI: no scheme (`security@x.org` → `mailto:security@x.org`, a phone number → `tel:`), or a space, a non-ASCII letter, a stray `%`, a broken IPv6 literal or port.',
    rationale:
      'Contact, Encryption, Policy and the other URI fields hold URIs (RFC 9116 §2.5 and the `uri` rule of §4, which imports RFC 3986 §3). Tools cannot tell an address from a host name without the scheme, and a value that is not a URI is dropped or cut at the first bad character.',
    howToFix:
      'Add the scheme, and percent-encode what a URI cannot hold. The quick fix adds `mailto:` to addresses, `tel:` to phone numbers and `https://` to host names, and percent-encodes spaces and non-ASCII letters in a path, query or fragment.',
    messages: VALUE_NOT_URI_MESSAGES,
    fixTitles: {
      percentEncode: 'Percent-encode what a URI cannot hold',
      write: 'Write "{value}"',
    },
    invalid: [
      {
        ...txtExample('Contact: security@acme.org\nExpires: 2027-06-30T00:00:00Z\n'),
        expect: [
          {
            line: 1,
            column: 10,
            message: '"security@acme.org" has no URI scheme, expected "mailto:security@acme.org".',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        ...txtExample('Contact: +1 555 0100 200\nExpires: 2027-06-30T00:00:00Z\n'),
        expect: [
          { line: 1, column: 10, message: '"+1 555 0100 200" has no URI scheme, expected "tel:+1-555-0100-200".' },
        ],
        fixed: 'Contact: tel:+1-555-0100-200\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        ...txtExample(`${VALID_FILE}Hiring: acme.org/jobs\n`),
        expect: [
          { line: 5, column: 9, message: '"acme.org/jobs" has no URI scheme, expected "https://acme.org/jobs".' },
        ],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\nHiring: https://acme.org/jobs\n',
      },
      {
        ...txtExample(`${VALID_FILE}Acknowledgments: https://acme.org/hall of fame\n`),
        expect: [
          {
            line: 5,
            column: 39,
            message:
              '"https://acme.org/hall of fame" is not a URI (a space in the path must be percent-encoded), expected "https://acme.org/hall%20of%20fame".',
          },
        ],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\nAcknowledgments: https://acme.org/hall%20of%20fame\n',
      },
      {
        ...txtExample(`${VALID_FILE}Contact: https://[2001:db8::1::2]/report\n`),
        expect: [
          {
            line: 5,
            column: 19,
            message:
              '"https://[2001:db8::1::2]/report" is not a URI ("2001:db8::1::2" in brackets is not an IPv6 address), expected a URI as RFC 3986 §3 defines it.',
          },
        ],
      },
    ],
    valid: [
      txtExample(VALID_FILE),
      txtExample(
        `${VALID_FILE}Contact: mailto:security%2Buri%2Bencoded@example.com\nContact: tel:+1-201-555-0123\nEncryption: dns:5d2d37ab76d47d36._openpgpkey.example.com?type=OPENPGPKEY\nEncryption: openpgp4fpr:5f2de5521c63a801ab59ccb603d49de44b29100f\nHiring: https://[2001:db8:8:4::2]:8443/jobs?team=security#open\n`,
      ),
    ],
  },
  txt(doc, context) {
    for (const field of doc.fields) {
      if (!URI_FIELDS.has(field.key) || field.value === '' || looksChained(field.value)) continue;
      if (hasScheme(field.value)) {
        reportNotUri(field, context);
        continue;
      }
      const scheme = EMAIL.test(field.value)
        ? 'mailto:'
        : PHONE.test(field.value)
          ? 'tel:'
          : HOST_PATH.test(field.value)
            ? 'https://'
            : undefined;
      const phone =
        scheme === 'tel:'
          ? field.value
              .replace(/[ ().]/g, '-')
              .replace(/-{2,}/g, '-')
              .replace(/^-|-$/g, '')
          : field.value;
      context.report({
        ...(scheme
          ? { messageId: 'noScheme', values: { value: field.value, suggested: `${scheme}${phone}` } }
          : { messageId: 'noSchemeUnknown', values: { value: field.value } }),
        start: field.valueStart,
        end: field.valueEnd,
        fix: scheme
          ? {
              titleId: 'write',
              titleValues: { value: `${scheme}${phone}` },
              edits: [{ start: field.valueStart, end: field.valueEnd, newText: `${scheme}${phone}` }],
              safe: true,
            }
          : undefined,
      });
    }
  },
});
