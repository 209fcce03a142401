import { defineRule } from '../../../core/rule';
import { readExpires } from '../expires';
import { renewExpires, rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'expires-too-far',
    defaultSeverity: 'warning',
    fixable: true,
    specUrl: rfcSection('2.5.5'),
    description: '`Expires` is more than a year ahead.',
    rationale:
      'RFC 9116 §2.5.5 recommends a value less than a year into the future, so the file is reviewed at least yearly.',
    howToFix: 'Set a date less than a year ahead. The quick fix sets one year from today, less a second.',
    messages: {
      tooFar: '{date} is more than a year ahead, expected a date within a year.',
    },
    fixTitles: {
      shorten: 'Shorten Expires ({date})',
    },
    invalid: [
      {
        // No offset: the earliest instant it can mean is still more than a year ahead.
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2030-10-05T20:51\n'),
        expect: [
          {
            line: 2,
            column: 10,
            message: '2030-10-05T20:51 is more than a year ahead, expected a date within a year.',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-11-21T23:59:59Z\n',
      },
      {
        ...txtExample('Contact: mailto:security@acme.org\nExpires: 2030-01-01T00:00:00Z\n'),
        expect: [
          {
            line: 2,
            column: 10,
            message: '2030-01-01T00:00:00Z is more than a year ahead, expected a date within a year.',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-11-21T23:59:59Z\n',
      },
      {
        text: 'Contact: mailto:security@acme.org\nExpires: 2027-11-23T00:00:01Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 2,
            column: 10,
            message: '2027-11-23T00:00:01Z is more than a year ahead, expected a date within a year.',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-11-21T23:59:59Z\n',
      },
    ],
    valid: [txtExample(VALID_FILE)],
  },
  txt(doc, context) {
    const limit = new Date(context.env.today.getTime());
    limit.setUTCFullYear(limit.getUTCFullYear() + 1);
    for (const field of doc.fieldsNamed('expires')) {
      const date = readExpires(field.value).earliest;
      if (!date || date.getTime() <= limit.getTime()) continue;
      context.report({
        messageId: 'tooFar',
        values: { date: field.value },
        start: field.valueStart,
        end: field.valueEnd,
        fix: renewExpires(field, context.env.today, 'shorten'),
      });
    }
  },
});
