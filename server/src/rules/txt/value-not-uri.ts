import { defineRule } from '../../engine/rule';
import { URI_FIELDS } from '../../engine/securitytxt';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]{0,30}:/;
const EMAIL = /^[^\s@:/]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/;
const PHONE = /^\+?[\d ().-]{6,30}$/;
const HOST_PATH = /^(?:www\.)?[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?:[/?#]\S{0,2000})?$/;

export default defineRule({
  meta: {
    id: 'value-not-uri',
    defaultSeverity: 'error',
    fixable: 'sometimes',
    specUrl: rfcSection('2.5.3'),
    description: 'A field that takes a URI has a value without a scheme: `security@x.org` must be `mailto:security@x.org`, a phone number `tel:`.',
    rationale:
      'Contact, Encryption, Policy and the other URI fields hold URIs (RFC 9116 §2.5). Tools cannot tell an address from a host name without the scheme and skip the value.',
    howToFix: 'Add the scheme. The quick fix adds `mailto:` to addresses, `tel:` to phone numbers and `https://` to host names.',
    invalid: [
      {
        ...txtExample('Contact: security@acme.org\nExpires: 2027-06-30T00:00:00Z\n'),
        expect: [{ line: 1, column: 10, message: '"security@acme.org" has no URI scheme, expected "mailto:security@acme.org".' }],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        ...txtExample('Contact: +1 555 0100 200\nExpires: 2027-06-30T00:00:00Z\n'),
        expect: [{ line: 1, column: 10, message: '"+1 555 0100 200" has no URI scheme, expected "tel:+1-555-0100-200".' }],
        fixed: 'Contact: tel:+1-555-0100-200\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        ...txtExample(`${VALID_FILE}Hiring: acme.org/jobs\n`),
        expect: [{ line: 5, column: 9, message: '"acme.org/jobs" has no URI scheme, expected "https://acme.org/jobs".' }],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\nHiring: https://acme.org/jobs\n',
      },
    ],
    valid: [txtExample(VALID_FILE)],
  },
  txt(doc, context) {
    for (const field of doc.fields) {
      if (!URI_FIELDS.has(field.key) || field.value === '' || SCHEME.test(field.value) || field.value.includes(',')) continue;
      const scheme = EMAIL.test(field.value) ? 'mailto:' : PHONE.test(field.value) ? 'tel:' : HOST_PATH.test(field.value) ? 'https://' : undefined;
      const phone =
        scheme === 'tel:'
          ? field.value
              .replace(/[ ().]/g, '-')
              .replace(/-{2,}/g, '-')
              .replace(/^-|-$/g, '')
          : field.value;
      context.report({
        message: `"${field.value}" has no URI scheme, expected ${scheme ? `"${scheme}${phone}"` : 'a URI such as mailto:, tel: or https://'}.`,
        start: field.valueStart,
        end: field.valueEnd,
        fix: scheme
          ? { title: `Write "${scheme}${phone}"`, edits: [{ start: field.valueStart, end: field.valueEnd, newText: `${scheme}${phone}` }], safe: true }
          : undefined,
      });
    }
  },
});
