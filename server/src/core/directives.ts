/**
 * Disable comments: directives read and written through each kind's comment syntax (its descriptor's `comments`:
 * HTML comments at the end of a line in SECURITY.md, whole `#` lines in security.txt and security-insights.yml).
 * Directives: `disable` … `enable` around a passage, `disable-line`, `disable-next-line`; no ids means every rule.
 */
import type { Finding, TextEdit } from './types';
import type { LineIndex } from './text';
import type { AnyDocument } from './documents';
import { kindDescriptor, type CommentSyntax, type DirectiveComment, type FileKind } from './kind';

const PREFIX = 'security-policy-';
const DIRECTIVE = /^security-policy-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

/** The comment syntax of a kind, for its documents. */
function syntaxOf(kind: FileKind): CommentSyntax<AnyDocument> {
  return kindDescriptor(kind).comments;
}

/** The findings that disable comments switch off. */
export function suppressedBy(kind: FileKind, doc: AnyDocument): (finding: Finding) => boolean {
  const syntax = syntaxOf(kind);
  const suppressions = disabledRanges(syntax.comments(doc), doc.lines, syntax.fileStart(doc) ?? 0);
  return (f) => suppressions.some((s) => s(f));
}

type Suppression = (f: Finding) => boolean;

function disabledRanges(comments: DirectiveComment[], lines: LineIndex, fileStart: number): Suppression[] {
  const out: Suppression[] = [];
  const open = new Map<string, number>(); // rule id or '*' → start offset
  const lineOf = (offset: number): number => lines.positionAt(offset).line;
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const ids = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    const matchesRule = (f: Finding): boolean => ids.length === 0 || ids.includes(f.ruleId);
    if (m[1] === 'disable-line' || m[1] === 'disable-next-line') {
      const line = lineOf(c.start) + (m[1] === 'disable-next-line' ? lineOf(c.end) - lineOf(c.start) + 1 : 0);
      out.push((f) => lineOf(f.start) === line && matchesRule(f));
    } else if (m[1] === 'disable') {
      for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, c.start);
    } else {
      for (const id of ids.length ? ids : [...open.keys()]) {
        const from = open.get(id);
        if (from === undefined) continue;
        open.delete(id);
        const to = c.end;
        out.push((f) => f.start >= from && f.start < to && (id === '*' || f.ruleId === id));
      }
    }
  }
  const first = comments.length > 0 ? firstContentOffset(lines.text, fileStart) : -1;
  for (const [id, from] of open) {
    // A disable comment before any content covers findings anchored at the very start of the file too.
    const start = from === first ? 0 : from;
    out.push((f) => f.start >= start && (id === '*' || f.ruleId === id));
  }
  return out;
}

function firstContentOffset(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i])) return i;
  return from;
}

/**
 * The edit that switches a rule off for one line, or undefined where no comment can go. Adds the id to a directive
 * already there rather than writing a second one.
 */
export function disableLineEdit(kind: FileKind, doc: AnyDocument, line: number, ruleId: string): TextEdit | undefined {
  const syntax = syntaxOf(kind);
  const lineStart = doc.lines.lineStart(line);
  const lineEnd = doc.lines.lineEnd(line);
  const lineText = doc.text.slice(lineStart, lineEnd);
  if (lineText.trim() === '' || syntax.refuses(doc, lineStart, lineText)) return undefined;
  const directive = syntax.trailing ? 'disable-line' : 'disable-next-line';
  const existing = syntax
    .comments(doc)
    .find(
      (c) =>
        c.body.startsWith(`${PREFIX}${directive} `) &&
        (syntax.trailing
          ? c.start >= lineStart && c.end <= lineEnd
          : line > 0 && c.end === doc.lines.lineEnd(line - 1)),
    );
  if (existing) {
    return { start: existing.start, end: existing.end, newText: syntax.write(`${existing.body} ${ruleId}`) };
  }
  if (syntax.trailing)
    return { start: lineEnd, end: lineEnd, newText: ` ${syntax.write(`${PREFIX}${directive} ${ruleId}`)}` };
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  return { start: lineStart, end: lineStart, newText: `${syntax.write(`${PREFIX}${directive} ${ruleId}`)}${eol}` };
}

/** The edit that switches a rule off for the whole file; undefined where no place can take a comment. */
export function disableFileEdit(kind: FileKind, doc: AnyDocument, ruleId: string): TextEdit | undefined {
  const syntax = syntaxOf(kind);
  const at = syntax.fileStart(doc);
  if (at === undefined) return undefined;
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  return { start: at, end: at, newText: `${syntax.write(`${PREFIX}disable ${ruleId}`)}${eol}` };
}
