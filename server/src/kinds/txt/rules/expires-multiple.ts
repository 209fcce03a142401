import { defineRule } from '../../../core/rule';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'expires-multiple',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: rfcSection('2.5.5'),
    description: '`Expires` appears more than once.',
    rationale: 'RFC 9116 §2.5.5: the field MUST NOT appear more than once; readers cannot know which date holds.',
    howToFix: 'Keep one Expires line.',
    invalid: [
      {
        ...txtExample(`${VALID_FILE}Expires: 2027-01-01T00:00:00Z\n`),
        expect: [{ line: 5, column: 1, message: 'Expires appears more than once, expected a single Expires field.' }],
      },
      {
        text: 'Expires: 2027-01-01T00:00:00Z\nContact: mailto:a@acme.org\nexpires: 2027-02-01T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [{ line: 3, column: 1, message: 'Expires appears more than once, expected a single Expires field.' }],
      },
    ],
    valid: [txtExample(VALID_FILE)],
  },
  txt(doc, context) {
    for (const extra of doc.fieldsNamed('expires').slice(1)) {
      context.report({
        message: 'Expires appears more than once, expected a single Expires field.',
        start: extra.lineStart,
        end: extra.lineEnd,
      });
    }
  },
});
