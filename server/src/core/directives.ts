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

/** One rule id named by a directive, with its place in the text. */
export interface DirectiveId {
  id: string;
  start: number;
  end: number;
}

/** A disable or enable comment as read: its kind, the ids it names (none: every rule) and the comment. */
export interface Directive {
  type: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  ids: DirectiveId[];
  comment: DirectiveComment;
}

/** The directives of a document, in order. */
export function readDirectives(kind: FileKind, doc: AnyDocument): Directive[] {
  const out: Directive[] = [];
  for (const comment of syntaxOf(kind).comments(doc)) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const bodyAt = doc.text.indexOf(comment.body, comment.start);
    const idsAt = bodyAt < 0 ? -1 : bodyAt + comment.body.length - (m[2] ?? '').length;
    const ids: DirectiveId[] = [];
    for (const id of (m[2] ?? '').matchAll(/[^\s,]+/g)) {
      const start = idsAt < 0 ? comment.start : idsAt + id.index;
      ids.push({ id: id[0], start, end: idsAt < 0 ? comment.end : start + id[0].length });
    }
    out.push({ type: m[1] as Directive['type'], ids, comment });
  }
  return out;
}

/** What the disable comments of a document switch off, and which of their ids switched nothing off. */
export interface DirectiveUse {
  suppressed(finding: Finding): boolean;
  /** After every finding was offered to `suppressed`: each disable directive, with its ids that suppressed nothing. */
  unused(): Array<{ directive: Directive; ids: DirectiveId[] }>;
}

/** The disable comments of a document, counting what each of their ids suppresses. */
export function directiveUse(kind: FileKind, doc: AnyDocument): DirectiveUse {
  const directives = readDirectives(kind, doc);
  const suppressions = disabledRanges(directives, doc.lines, syntaxOf(kind).fileStart(doc) ?? 0);
  const used = new Set<string>(); // "directive index id", '*' for a directive without ids
  return {
    suppressed: (f) => {
      let hit = false;
      for (const s of suppressions)
        if (s.covers(f)) {
          used.add(`${s.directive} ${ids(directives[s.directive]).length ? f.ruleId : '*'}`);
          hit = true;
        }
      return hit;
    },
    unused: () =>
      directives.flatMap((directive, i) => {
        if (directive.type === 'enable') return [];
        if (directive.ids.length === 0) return used.has(`${i} *`) ? [] : [{ directive, ids: [] }];
        const idle = directive.ids.filter((d) => !used.has(`${i} ${d.id}`));
        return idle.length ? [{ directive, ids: idle }] : [];
      }),
  };
}

function ids(directive: Directive): string[] {
  return directive.ids.map((d) => d.id);
}

interface Suppression {
  /** The index of the directive that disabled (for a passage, the `disable` comment). */
  directive: number;
  covers(f: Finding): boolean;
}

function disabledRanges(directives: Directive[], lines: LineIndex, fileStart: number): Suppression[] {
  const out: Suppression[] = [];
  const open = new Map<string, { from: number; directive: number }>(); // rule id or '*' → start offset
  const lineOf = (offset: number): number => lines.positionAt(offset).line;
  directives.forEach((d, index) => {
    const c = d.comment;
    const named = ids(d);
    const matchesRule = (f: Finding): boolean => named.length === 0 || named.includes(f.ruleId);
    if (d.type === 'disable-line' || d.type === 'disable-next-line') {
      const line = lineOf(c.start) + (d.type === 'disable-next-line' ? lineOf(c.end) - lineOf(c.start) + 1 : 0);
      out.push({ directive: index, covers: (f) => lineOf(f.start) === line && matchesRule(f) });
    } else if (d.type === 'disable') {
      for (const id of named.length ? named : ['*'])
        if (!open.has(id)) open.set(id, { from: c.start, directive: index });
    } else {
      for (const id of named.length ? named : [...open.keys()]) {
        const opened = open.get(id);
        if (opened === undefined) continue;
        open.delete(id);
        const { from } = opened;
        const to = c.end;
        out.push({
          directive: opened.directive,
          covers: (f) => f.start >= from && f.start < to && (id === '*' || f.ruleId === id),
        });
      }
    }
  });
  const first = directives.length > 0 ? firstContentOffset(lines.text, fileStart) : -1;
  for (const [id, { from, directive }] of open) {
    // A disable comment before any content covers findings anchored at the very start of the file too.
    const start = from === first ? 0 : from;
    out.push({ directive, covers: (f) => f.start >= start && (id === '*' || f.ruleId === id) });
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
