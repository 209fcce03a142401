/**
 * What is reported about disable comments themselves: ids that name no rule (rule `disable-unknown-rule`) and
 * directives that suppressed nothing (rule `disable-unused`, added by the runner, which alone sees what was
 * suppressed), each with a fix that removes the id or the whole comment. Neither fix is safe: `--fix` leaves them.
 */
import type { Finding, ReportInput, Severity, TextEdit } from './types';
import type { AnyDocument } from './documents';
import type { FileKind } from './kind';
import { readDirectives, type Directive, type DirectiveId, type DirectiveUse } from './directives';
import { closestName } from './suggest';
import { lineRemoval } from './edits';
import { formatMessage, reportedFixTitle, type MessageValues } from './message-text';

export const UNKNOWN_DIRECTIVE_RULE_ID = 'disable-unknown-rule';
export const UNUSED_DIRECTIVE_RULE_ID = 'disable-unused';

/** The sentences of `disable-unknown-rule`: with the nearest rule id as a suggestion, or without one. */
export const UNKNOWN_DIRECTIVE_MESSAGES = {
  suggestion: 'Unknown rule "{id}" in a disable comment; did you mean "{suggestion}"?',
  unknown: 'Unknown rule "{id}" in a disable comment: it switches nothing off.',
};

/** The sentences of `disable-unused`: a comment naming no id, one id, or several (`"a", "b"`). */
export const UNUSED_DIRECTIVE_MESSAGES = {
  none: 'Unused disable comment: it suppressed no finding.',
  one: 'Unused disable comment: no "{id}" finding to suppress here.',
  many: 'Unused disable comment: no {ids} finding to suppress here.',
};

/** The titles of `disable-unknown-rule`'s fix: removing the whole comment, or the one id. */
export const UNKNOWN_DIRECTIVE_FIX_TITLES = {
  removeComment: 'Remove the disable comment',
  removeId: 'Remove "{id}"',
};

/** The titles of `disable-unused`'s fix: removing the whole comment, or its unused ids (`"a", "b"`). */
export const UNUSED_DIRECTIVE_FIX_TITLES = {
  removeComment: 'Remove the disable comment',
  removeIds: 'Remove {ids}',
};

/** The findings on ids of disable comments that name no rule of `known`. */
export function unknownDirectiveIds(kind: FileKind, doc: AnyDocument, known: ReadonlySet<string>): ReportInput[] {
  const out: ReportInput[] = [];
  for (const directive of readDirectives(kind, doc)) {
    const unknown = directive.ids.filter((d) => !known.has(d.id));
    for (const d of unknown) {
      const suggestion = closestName(d.id, known);
      out.push({
        ...(suggestion === undefined
          ? { messageId: 'unknown', values: { id: d.id } }
          : { messageId: 'suggestion', values: { id: d.id, suggestion } }),
        start: d.start,
        end: d.end,
        fix: {
          ...(unknown.length === directive.ids.length
            ? { titleId: 'removeComment' }
            : { titleId: 'removeId', titleValues: { id: d.id } }),
          edits: [removal(doc, directive, unknown)],
          safe: false,
        },
      });
    }
  }
  return out;
}

/**
 * The findings on directives that suppressed nothing, among the ids of rules that ran (`ran`): a directive for a
 * rule turned off, or that threw, is not known to be unused.
 */
export function unusedDirectiveFindings(
  doc: AnyDocument,
  use: DirectiveUse,
  ran: ReadonlySet<string>,
  severity: Severity,
): Finding[] {
  const out: Finding[] = [];
  for (const { directive, ids } of use.unused()) {
    const idle = ids.filter((d) => ran.has(d.id));
    if (directive.ids.length > 0 && idle.length === 0) continue;
    const c = directive.comment;
    const [messageId, values]: [keyof typeof UNUSED_DIRECTIVE_MESSAGES, MessageValues] =
      idle.length === 0
        ? ['none', {}]
        : idle.length === 1
          ? ['one', { id: idle[0].id }]
          : ['many', { ids: idle.map((d) => `"${d.id}"`).join(', ') }];
    const whole = idle.length === directive.ids.length;
    out.push({
      ruleId: UNUSED_DIRECTIVE_RULE_ID,
      severity,
      message: formatMessage(UNUSED_DIRECTIVE_MESSAGES[messageId], values),
      messageId,
      ...(idle.length > 0 && { values }),
      start: whole ? c.start : idle[0].start,
      end: whole ? c.end : idle[idle.length - 1].end,
      fix: {
        ...reportedFixTitle(
          UNUSED_DIRECTIVE_RULE_ID,
          UNUSED_DIRECTIVE_FIX_TITLES,
          whole
            ? { titleId: 'removeComment' }
            : { titleId: 'removeIds', titleValues: { ids: idle.map((d) => `"${d.id}"`).join(', ') } },
        ),
        edits: [removal(doc, directive, idle)],
        safe: false,
      },
    });
  }
  return out;
}

/**
 * The edit that removes `ids` from a directive, or the whole comment when they are all its ids (or it has none):
 * with its line when nothing else is on it (see `lineRemoval`), else with the blanks before it.
 */
function removal(doc: AnyDocument, directive: Directive, ids: readonly DirectiveId[]): TextEdit {
  const text = doc.text;
  if (ids.length > 0 && ids.length < directive.ids.length) {
    // One edit over the ids removed, keeping the others in their order.
    const kept = directive.ids.filter((d) => !ids.includes(d));
    const first = directive.ids[0];
    const last = directive.ids[directive.ids.length - 1];
    return { start: first.start, end: last.end, newText: kept.map((d) => d.id).join(' ') };
  }
  const { start, end } = directive.comment;
  const line = doc.lines.positionAt(start).line;
  const lineStart = doc.lines.lineStart(line);
  const lineEnd = doc.lines.lineEnd(doc.lines.positionAt(end).line);
  if (text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '') {
    return lineRemoval(text, lineStart, lineEnd);
  }
  let from = start;
  while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return { start: from, end, newText: '' };
}
