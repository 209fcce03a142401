import { defineRule } from '../../../core/rule';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'contact-without-encryption',
    defaultSeverity: 'info',
    fixable: false,
    specUrl: rfcSection('2.5.4'),
    description: 'A `mailto:` contact and no `Encryption` field.',
    rationale:
      'Vulnerability details sent by plain email cross many servers; an Encryption key (RFC 9116 §2.5.4) lets reporters protect them.',
    howToFix: 'Publish an OpenPGP key and add `Encryption:` with its URL, or offer an https:// contact form.',
    invalid: [
      {
        ...txtExample(VALID_FILE),
        expect: [
          {
            line: 1,
            column: 10,
            message: 'Email contact without an Encryption field, expected "Encryption:" with a key URL.',
          },
        ],
      },
      {
        text: 'Contact: mailto:psirt@acme.org\nContact: https://acme.org/report\nExpires: 2027-06-30T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 1,
            column: 10,
            message: 'Email contact without an Encryption field, expected "Encryption:" with a key URL.',
          },
        ],
      },
    ],
    valid: [txtExample(`${VALID_FILE}Encryption: https://acme.org/pgp-key.txt\n`)],
  },
  txt(doc, context) {
    if (doc.fieldsNamed('encryption').length > 0) return;
    const mail = doc.fieldsNamed('contact').find((f) => /^mailto:/i.test(f.value));
    if (!mail) return;
    context.report({
      message: 'Email contact without an Encryption field, expected "Encryption:" with a key URL.',
      start: mail.valueStart,
      end: mail.valueEnd,
    });
  },
});
