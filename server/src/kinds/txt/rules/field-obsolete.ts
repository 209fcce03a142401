import { defineRule } from '../../../core/rule';
import { removeLine, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'field-obsolete',
    defaultSeverity: 'warning',
    fixable: true,
    specUrl: 'https://www.rfc-editor.org/rfc/rfc9116#section-2.3',
    description: 'A field dropped before the RFC (`Signature`).',
    rationale:
      'Early drafts had a Signature field pointing to a detached signature; RFC 9116 §2.3 signs the file itself with an OpenPGP cleartext signature instead.',
    howToFix: 'Remove the field (and sign the file inline if you want it signed). The quick fix removes the line.',
    fixTitles: {
      remove: 'Remove the Signature field',
    },
    invalid: [
      {
        ...txtExample(`${VALID_FILE}Signature: https://acme.org/.well-known/security.txt.sig\n`),
        expect: [
          {
            line: 5,
            column: 1,
            message: 'Signature was dropped before RFC 9116, expected an inline OpenPGP signature instead.',
          },
        ],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\n',
      },
      {
        text: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nsignature: https://acme.org/security.txt.sig\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 3,
            column: 1,
            message: 'Signature was dropped before RFC 9116, expected an inline OpenPGP signature instead.',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        text: 'Contact: mailto:security@acme.org\r\nsignature: https://acme.org/security.txt.sig\r\nExpires: 2027-06-30T00:00:00Z',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 2,
            column: 1,
            message: 'Signature was dropped before RFC 9116, expected an inline OpenPGP signature instead.',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\r\nExpires: 2027-06-30T00:00:00Z',
      },
    ],
    valid: [txtExample(VALID_FILE)],
  },
  txt(doc, context) {
    for (const field of doc.fieldsNamed('signature')) {
      context.report({
        message: 'Signature was dropped before RFC 9116, expected an inline OpenPGP signature instead.',
        start: field.nameStart,
        end: field.nameEnd,
        fix: removeLine(doc, field, 'remove'),
      });
    }
  },
});
