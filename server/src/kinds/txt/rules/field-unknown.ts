import { defineRule } from '../../../core/rule';
import { isKnownField, KNOWN_FIELDS } from '../securitytxt';
import { intendedField } from './field-typo';
import { txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'field-unknown',
    defaultSeverity: 'info',
    fixable: false,
    specUrl: 'https://www.iana.org/assignments/security-txt-fields/security-txt-fields.xhtml',
    description: "A field not in the IANA registry (researchers' tools ignore it).",
    rationale:
      'RFC 9116 §2.4 lets files carry other fields, but only registered ones are understood; information in an unknown field reaches nobody.',
    howToFix: 'Move the information into a registered field or a comment, or keep it knowing tools skip it.',
    messages: {
      unknown: '"{name}" is not a registered security.txt field, expected one of {known}.',
    },
    invalid: [
      {
        ...txtExample(`${VALID_FILE}X-Team: red\n`),
        expect: [
          {
            line: 5,
            column: 1,
            message:
              '"X-Team" is not a registered security.txt field, expected one of Acknowledgments, Canonical, Contact, Encryption, Expires, Hiring, Policy, Preferred-Languages, CSAF, Bug-Bounty.',
          },
        ],
      },
      {
        text: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nTeam-Size: 4\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 3,
            column: 1,
            message:
              '"Team-Size" is not a registered security.txt field, expected one of Acknowledgments, Canonical, Contact, Encryption, Expires, Hiring, Policy, Preferred-Languages, CSAF, Bug-Bounty.',
          },
        ],
      },
    ],
    valid: [txtExample(VALID_FILE)],
  },
  txt(doc, context) {
    for (const field of doc.fields) {
      if (isKnownField(field.key) || field.key === 'signature' || intendedField(field.name)) continue;
      context.report({
        messageId: 'unknown',
        values: { name: field.name, known: KNOWN_FIELDS.join(', ') },
        start: field.nameStart,
        end: field.nameEnd,
      });
    }
  },
});
