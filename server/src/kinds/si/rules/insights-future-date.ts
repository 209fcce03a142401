import { defineRule } from '../../../core/rule';
import { isoDate } from '../../../core/dates';
import { pathText } from '../document';
import { siExample, SPEC_URL, variant } from './helpers';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export default defineRule({
  meta: {
    id: 'insights-future-date',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: SPEC_URL,
    description:
      'A date in the future: `header.last-updated`, `header.last-reviewed` or an assessment date after today.',
    rationale:
      'A date that has not happened yet is a typo (a wrong year or month) and makes the file look reviewed more recently than it was.',
    howToFix: 'Write the date the file was really changed, reviewed or assessed.',
    messages: { future: '{field} is {date}, after today ({today}), expected a date that has passed.' },
    invalid: [
      {
        ...siExample(variant("last-updated: '2026-05-01'", "last-updated: '2027-05-01'")),
        expect: [
          {
            line: 3,
            column: 17,
            message: 'header.last-updated is 2027-05-01, after today (2026-06-01), expected a date that has passed.',
          },
        ],
      },
      {
        ...siExample(
          variant('comment: No self-assessment has been published yet.', 'comment: Threat model.\ndate: 2026-12-01'),
        ),
        expect: [
          {
            line: 38,
            column: 15,
            message:
              'repository.security.assessments.self.date is 2026-12-01, after today (2026-06-01), expected a date that has passed.',
          },
        ],
      },
    ],
    valid: [siExample(variant("last-updated: '2026-05-01'", "last-updated: '2026-06-01'"))],
  },
  si(doc, context) {
    const today = isoDate(context.env.today);
    for (const scalar of doc.scalars()) {
      const last = scalar.path[scalar.path.length - 1];
      if (last !== 'date' && last !== 'last-updated' && last !== 'last-reviewed') continue;
      const value = scalar.value.trim();
      if (!DAY.test(value) || value <= today) continue;
      context.report({
        messageId: 'future',
        values: { field: pathText(scalar.path), date: value, today },
        start: scalar.span.start,
        end: scalar.span.end,
      });
    }
  },
});
