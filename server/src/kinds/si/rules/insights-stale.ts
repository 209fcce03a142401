import { defineRule } from '../../../core/rule';
import { isoDate } from '../../../core/dates';
import type { InsightsDocument } from '../document';
import type { TextEdit } from '../../../core/types';
import { replaceValueEdit, siExample, SPEC_URL, variant } from './helpers';

/** A header date as a UTC day, when it is one. */
function headerDate(doc: InsightsDocument, field: 'last-reviewed' | 'last-updated'): Date | undefined {
  const value = doc.get(['header', field]);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof value === 'string' ? value.trim() : '');
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) ? date : undefined;
}

export default defineRule({
  meta: {
    id: 'insights-stale',
    defaultSeverity: 'warning',
    fixable: true,
    specUrl: SPEC_URL,
    description: '`header.last-reviewed` or `header.last-updated` is more than a year old.',
    rationale:
      'Readers judge how far to trust the file by these dates; a review more than a year old says nobody checked that the contacts, tools and policy links still hold.',
    howToFix:
      "Review the file, correct what changed, and set the date to today's. The quick fix sets the date (and last-updated with it, since the edit updates the file).",
    messages: { old: '{field} is {date}, more than a year ago, expected a review within the last 12 months.' },
    fixTitles: {
      reviewed: 'Mark as reviewed today ({date})',
      updated: 'Set last-updated to today ({date})',
    },
    invalid: [
      {
        ...siExample(variant("last-reviewed: '2026-05-01'", "last-reviewed: '2025-04-02'")),
        expect: [
          {
            line: 4,
            column: 18,
            message:
              'header.last-reviewed is 2025-04-02, more than a year ago, expected a review within the last 12 months.',
          },
        ],
        fixed: variant("last-reviewed: '2026-05-01'", "last-reviewed: '2026-06-01'").replace(
          "last-updated: '2026-05-01'",
          "last-updated: '2026-06-01'",
        ),
      },
      {
        ...siExample(
          variant("last-updated: '2026-05-01'", 'last-updated: 2024-12-31').replace(
            "last-reviewed: '2026-05-01'",
            'last-reviewed: 2024-12-31',
          ),
        ),
        expect: [
          {
            line: 3,
            column: 17,
            message:
              'header.last-updated is 2024-12-31, more than a year ago, expected a review within the last 12 months.',
          },
          {
            line: 4,
            column: 18,
            message:
              'header.last-reviewed is 2024-12-31, more than a year ago, expected a review within the last 12 months.',
          },
        ],
        // Both fixes set last-updated, so "Fix all" applies the first; the second finding stays until applied alone.
        fixed: variant("last-updated: '2026-05-01'", 'last-updated: 2026-06-01').replace(
          "last-reviewed: '2026-05-01'",
          'last-reviewed: 2024-12-31',
        ),
      },
    ],
    valid: [siExample(variant("last-reviewed: '2026-05-01'", "last-reviewed: '2025-06-02'"))],
  },
  si(doc, context) {
    const today = isoDate(context.env.today);
    const yearAgo = new Date(context.env.today);
    yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
    for (const field of ['last-updated', 'last-reviewed'] as const) {
      const date = headerDate(doc, field);
      if (!date || date >= yearAgo) continue;
      const fields = field === 'last-reviewed' ? ['last-reviewed', 'last-updated'] : ['last-updated'];
      const edits = fields
        .map((f) => replaceValueEdit(doc, ['header', f], today))
        .filter((e): e is TextEdit => e !== undefined);
      const span = doc.spanFor(['header', field]);
      context.report({
        messageId: 'old',
        values: { field: `header.${field}`, date: isoDate(date) },
        start: span.start,
        end: span.end,
        fix: {
          titleId: field === 'last-reviewed' ? 'reviewed' : 'updated',
          titleValues: { date: today },
          edits,
          safe: false,
        },
      });
    }
  },
});
