import { defineRule } from '../../../core/rule';

const LIMIT_DAYS = 14;

export default defineRule({
  meta: {
    id: 'response-timeframe-long',
    defaultSeverity: 'info',
    fixable: false,
    description: 'The first response is promised later than 14 days after a report.',
    rationale:
      'The OpenSSF Best Practices badge expects a response within 14 days; reporters who hear nothing for weeks often disclose on their own.',
    howToFix: 'Commit to acknowledging reports sooner (a few business days), even if the fix takes longer.',
    messages: { long: 'The first response is promised in {days} days, expected {limit} days or less.' },
    invalid: [
      {
        text: '# Security\n\nEmail security@acme.org. We respond within 30 days.\n',
        expect: [
          { line: 3, column: 44, message: 'The first response is promised in 30 days, expected 14 days or less.' },
        ],
      },
      {
        text: '# Security\n\nReport to security@acme.org; we acknowledge reports within 3 weeks.\n',
        expect: [
          { line: 3, column: 60, message: 'The first response is promised in 21 days, expected 14 days or less.' },
        ],
      },
    ],
    valid: [
      { text: '# Security\n\nEmail security@acme.org. We respond within 5 business days and fix within 90 days.\n' },
    ],
  },
  md(doc, context) {
    const promises = doc.responseTimeframes;
    if (promises.length === 0) return;
    const first = promises.reduce((a, b) => (b.days < a.days ? b : a));
    if (first.days <= LIMIT_DAYS) return;
    context.report({
      messageId: 'long',
      values: { days: Math.round(first.days), limit: LIMIT_DAYS },
      start: first.start,
      end: first.end,
    });
  },
});
