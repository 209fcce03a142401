import { defineRule } from '../../../core/rule';
import { rfcSection, signed, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'not-signed',
    defaultSeverity: 'hint',
    fixable: false,
    specUrl: rfcSection('2.3'),
    description: 'The file is not signed.',
    rationale:
      'RFC 9116 §2.3 recommends an OpenPGP cleartext signature so researchers can check the file was not altered.',
    howToFix: 'Sign the file with `gpg --clearsign` using a key listed in Encryption or published by the organisation.',
    invalid: [
      {
        ...txtExample(VALID_FILE),
        expect: [
          {
            line: 1,
            column: 1,
            message: 'The file is not signed, expected an OpenPGP cleartext signature (RECOMMENDED).',
          },
        ],
      },
      {
        text: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'The file is not signed, expected an OpenPGP cleartext signature (RECOMMENDED).',
          },
        ],
      },
    ],
    valid: [txtExample(signed(VALID_FILE))],
  },
  txt(doc, context) {
    if (doc.signed) return;
    context.report({
      message: 'The file is not signed, expected an OpenPGP cleartext signature (RECOMMENDED).',
      ...doc.anchor,
    });
  },
});
