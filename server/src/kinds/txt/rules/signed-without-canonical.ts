import { defineRule } from '../../../core/rule';
import { rfcSection, signed, txtExample } from './helpers';

export default defineRule({
  meta: {
    id: 'signed-without-canonical',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('2.3'),
    description: 'The file is signed but has no `Canonical` field.',
    rationale:
      'RFC 9116 §2.3: a signed file SHOULD carry Canonical, so a valid signature cannot be replayed from another site.',
    howToFix: "Add `Canonical:` with the file's URL(s), then sign again.",
    invalid: [
      {
        ...txtExample(signed('Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n')),
        expect: [
          { line: 4, column: 1, message: 'Signed without Canonical, expected "Canonical:" with this file\'s URL.' },
        ],
      },
      {
        ...txtExample(
          signed(
            'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\n',
          ),
        ),
        expect: [
          { line: 4, column: 1, message: 'Signed without Canonical, expected "Canonical:" with this file\'s URL.' },
        ],
      },
    ],
    valid: [
      txtExample(
        signed(
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nCanonical: https://acme.org/.well-known/security.txt\n',
        ),
      ),
    ],
  },
  txt(doc, context) {
    if (!doc.signed || doc.fieldsNamed('canonical').length > 0) return;
    context.report({
      message: 'Signed without Canonical, expected "Canonical:" with this file\'s URL.',
      ...doc.anchor,
    });
  },
});
