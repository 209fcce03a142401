import { defineRule } from '../../../core/rule';
import { formatLike, isOlderThanMonths } from '../../../core/dates';

const MAX_AGE_MONTHS = 12;

export default defineRule({
  meta: {
    id: 'stale-date',
    defaultSeverity: 'warning',
    fixable: true,
    description: 'A "Last updated / Effective / Issued" date older than 12 months.',
    rationale:
      'An old date tells reporters the policy may no longer be followed: contacts change, teams move. Reviewing the policy yearly keeps it trustworthy.',
    howToFix:
      "Review the policy and update the date. The quick fix writes today's date in the same format; use it after the review.",
    messages: { old: '"{date}" is more than {months} months old, expected a date within the last year.' },
    fixTitles: {
      reviewed: 'Mark as reviewed today ({date})',
    },
    invalid: [
      {
        text: '# Security\n\nEmail a@acme.org.\n\n*Last updated: January 2024*\n',
        today: '2026-11-22',
        expect: [
          {
            line: 5,
            column: 16,
            message: '"January 2024" is more than 12 months old, expected a date within the last year.',
          },
        ],
        fixed: '# Security\n\nEmail a@acme.org.\n\n*Last updated: November 2026*\n',
      },
      {
        text: '# Security\n\nEmail a@acme.org.\n\nEffective date: 2023-03-15\n',
        today: '2026-11-22',
        expect: [
          {
            line: 5,
            column: 17,
            message: '"2023-03-15" is more than 12 months old, expected a date within the last year.',
          },
        ],
        fixed: '# Security\n\nEmail a@acme.org.\n\nEffective date: 2026-11-22\n',
      },
    ],
    valid: [{ text: '# Security\n\nEmail a@acme.org.\n\n*Last updated: 2026-06-01*\n', today: '2026-11-22' }],
  },
  md(doc, context) {
    const today = context.env.today;
    for (const date of doc.dates) {
      if (!isOlderThanMonths(date, today, MAX_AGE_MONTHS)) continue;
      const written = doc.text.slice(date.start, date.end);
      const replacement = formatLike(date, today);
      context.report({
        messageId: 'old',
        values: { date: written, months: MAX_AGE_MONTHS },
        start: date.start,
        end: date.end,
        fix: {
          titleId: 'reviewed',
          titleValues: { date: replacement },
          edits: [{ start: date.start, end: date.end, newText: replacement }],
          safe: false,
        },
      });
    }
  },
});
