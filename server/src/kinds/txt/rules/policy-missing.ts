import { defineRule } from '../../../core/rule';
import { addFieldFix, rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'policy-missing',
    defaultSeverity: 'info',
    profiles: { cisa: 'error' },
    fixable: true,
    specUrl: rfcSection('2.5.7'),
    description: 'No `Policy` field (required under the `cisa` profile).',
    rationale:
      'A Policy link tells researchers how you handle reports (RFC 9116 §2.5.7); CISA BOD 20-01 requires agencies to publish it.',
    howToFix:
      'Add `Policy:` with the URL of your security policy (for a repository, its SECURITY.md). The quick fix adds the line for you to complete.',
    fixTitles: {
      add: 'Add a Policy field',
    },
    invalid: [
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n'),
        expect: [
          { line: 1, column: 1, message: 'No Policy field, expected "Policy:" with the URL of your security policy.' },
        ],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://example.org/security-policy\n',
      },
      {
        text: 'Contact: https://acme.org/report\nExpires: 2027-06-30T00:00:00Z\nCanonical: https://acme.org/.well-known/security.txt\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          { line: 1, column: 1, message: 'No Policy field, expected "Policy:" with the URL of your security policy.' },
        ],
        fixed:
          'Contact: https://acme.org/report\nExpires: 2027-06-30T00:00:00Z\nCanonical: https://acme.org/.well-known/security.txt\nPolicy: https://example.org/security-policy\n',
      },
    ],
    valid: [txtExample(VALID_FILE)],
  },
  txt(doc, context) {
    if (doc.fieldsNamed('policy').length > 0) return;
    context.report({
      message: 'No Policy field, expected "Policy:" with the URL of your security policy.',
      ...doc.anchor,
      fix: addFieldFix(doc, 'Policy: https://example.org/security-policy', 'add'),
    });
  },
});
