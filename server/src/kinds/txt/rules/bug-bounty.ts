import { defineRule } from '../../../core/rule';
import { txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'bug-bounty',
    defaultSeverity: 'error',
    fixable: 'sometimes',
    specUrl: 'https://www.iana.org/assignments/security-txt-fields/security-txt-fields.xhtml',
    description: 'Bug-Bounty not exactly `True` or `False`, or repeated.',
    rationale: 'The registered Bug-Bounty field takes exactly True or False, once; other spellings are not understood.',
    howToFix: 'Write `Bug-Bounty: True` or `Bug-Bounty: False` once. The quick fix corrects the case.',
    messages: {
      repeated: 'Bug-Bounty appears more than once, expected one.',
      notBoolean: '"{value}" is not True or False, expected exactly "True" or "False".',
    },
    fixTitles: {
      write: 'Write "{value}"',
    },
    invalid: [
      {
        ...txtExample(`${VALID_FILE}Bug-Bounty: true\n`),
        expect: [{ line: 5, column: 13, message: '"true" is not True or False, expected exactly "True" or "False".' }],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\nBug-Bounty: True\n',
      },
      {
        ...txtExample(`${VALID_FILE}Bug-Bounty: yes\n`),
        expect: [{ line: 5, column: 13, message: '"yes" is not True or False, expected exactly "True" or "False".' }],
      },
      {
        ...txtExample(`${VALID_FILE}Bug-Bounty: True\nBug-Bounty: False\n`),
        expect: [{ line: 6, column: 1, message: 'Bug-Bounty appears more than once, expected one.' }],
      },
    ],
    valid: [txtExample(`${VALID_FILE}Bug-Bounty: False\n`)],
  },
  txt(doc, context) {
    const fields = doc.fieldsNamed('bug-bounty');
    for (const extra of fields.slice(1))
      context.report({
        messageId: 'repeated',
        start: extra.lineStart,
        end: extra.lineEnd,
      });
    for (const field of fields) {
      if (field.value === 'True' || field.value === 'False') continue;
      const fixed = /^true$/i.test(field.value) ? 'True' : /^false$/i.test(field.value) ? 'False' : undefined;
      context.report({
        messageId: 'notBoolean',
        values: { value: field.value },
        start: field.valueStart,
        end: field.valueEnd,
        fix: fixed
          ? {
              titleId: 'write',
              titleValues: { value: fixed },
              edits: [{ start: field.valueStart, end: field.valueEnd, newText: fixed }],
              safe: true,
            }
          : undefined,
      });
    }
  },
});
