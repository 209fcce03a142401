import { defineRule } from '../../../core/rule';
import { checkUri } from '../standards/rfc3986';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'canonical-path',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('2.5.2'),
    description: 'A Canonical URI that does not end in `/.well-known/security.txt` or `/security.txt`.',
    rationale:
      'Canonical names where this file lives (RFC 9116 §2.5.2, §3); a URI elsewhere means the file was copied or the field mistyped.',
    howToFix: 'Use the URL the file is served from, e.g. https://example.org/.well-known/security.txt.',
    messages: {
      notSecurityTxt: '"{value}" is not a security.txt location, expected a URL ending in /.well-known/security.txt.',
    },
    invalid: [
      {
        ...txtExample(
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nCanonical: https://acme.org/security\n',
        ),
        expect: [
          {
            line: 3,
            column: 12,
            message:
              '"https://acme.org/security" is not a security.txt location, expected a URL ending in /.well-known/security.txt.',
          },
        ],
      },
      {
        text: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nCanonical: https://acme.org/.well-known/security.txt.asc\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 3,
            column: 12,
            message:
              '"https://acme.org/.well-known/security.txt.asc" is not a security.txt location, expected a URL ending in /.well-known/security.txt.',
          },
        ],
      },
    ],
    valid: [
      // Not a URI at all (quoted): value-not-uri reports it, not this rule.
      txtExample(
        VALID_FILE.replace(
          'Canonical: https://acme.org/.well-known/security.txt',
          "Canonical: 'https://acme.org/.well-known/security.txt'",
        ),
      ),
      txtExample(VALID_FILE),
    ],
  },
  txt(doc, context) {
    for (const field of doc.fieldsNamed('canonical')) {
      // A value that is not a URI is value-not-uri's: one defect, one finding.
      if (checkUri(field.value)) continue;
      const path = field.value.split(/[?#]/)[0];
      if (/\/\.well-known\/security\.txt$|\/security\.txt$/.test(path)) continue;
      context.report({
        messageId: 'notSecurityTxt',
        values: { value: field.value },
        start: field.valueStart,
        end: field.valueEnd,
      });
    }
  },
});
