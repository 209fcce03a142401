/**
 * Completion and hover, as plain functions of a document and a position: policy sections as snippets where a
 * SECURITY.md heading starts; security.txt field names, values and their RFC 9116 documentation; the Security
 * Insights schema's keys, values and descriptions in security-insights.yml.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileKind } from '../index';
import { sectionCompletions } from '../kinds/md/sections';
import { isValidPosition } from './documents';
import { FIELD_INFO, fieldDocumentation, fieldInfo, valueProposals } from '../kinds/txt/fields';
import { insightsCompletions, insightsHover } from './insights-assist';

/** Characters after which the client asks for completion by itself. */
export const COMPLETION_TRIGGERS = ['#', ':', ' '];

/** Fields whose value is worth proposing right after the name is chosen. */
const SUGGEST_VALUE_AFTER = new Set(['Expires', 'Bug-Bounty', 'Preferred-Languages']);

export function completions(document: TextDocument, kind: FileKind, position: Position, trigger: string | undefined, now: Date = new Date()): CompletionItem[] {
  if (!isValidPosition(document, position)) return [];
  const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
  if (kind === 'si') return trigger === '#' ? [] : insightsCompletions(document, position, now);
  return kind === 'txt' ? securityTxtCompletions(before, position, now) : policyCompletions(document, before, position, trigger);
}

function policyCompletions(document: TextDocument, line: string, position: Position, trigger: string | undefined): CompletionItem[] {
  if (trigger === ' ' || trigger === ':') return [];
  // Only where a heading starts: after "#"s, or on an empty line when asked for (Ctrl+Space).
  if (!/^#{1,6}\s?[\p{L}\s]{0,40}$/u.test(line) && line !== '') return [];
  const start = { line: position.line, character: 0 };
  return sectionCompletions(document.getText()).map((s, i) => ({
    label: s.label,
    kind: CompletionItemKind.Snippet,
    detail: s.present ? `${s.detail} (already in this policy)` : s.detail,
    documentation: { kind: 'markdown', value: s.documentation },
    sortText: `${s.present ? 'b' : 'a'}${String(i).padStart(2, '0')}`,
    filterText: `${line}${s.label}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: { start, end: position }, newText: s.snippet },
  }));
}

function securityTxtCompletions(before: string, position: Position, now: Date): CompletionItem[] {
  const colon = before.indexOf(':');
  if (colon < 0) {
    if (!/^[A-Za-z-]{0,30}$/.test(before)) return [];
    return FIELD_INFO.map((f, i) => ({
      label: f.name,
      kind: CompletionItemKind.Property,
      detail: f.required ? 'required' : 'optional',
      documentation: { kind: 'markdown', value: fieldDocumentation(f) },
      sortText: String(i).padStart(2, '0'),
      textEdit: { range: { start: { line: position.line, character: 0 }, end: position }, newText: `${f.name}: ` },
      command: SUGGEST_VALUE_AFTER.has(f.name) ? { title: 'Suggest a value', command: 'editor.action.triggerSuggest' } : undefined,
    }));
  }
  const afterColon = before.slice(colon + 1);
  const valueStart = colon + 1 + (afterColon.length - afterColon.trimStart().length);
  return valueProposals(before.slice(0, colon).trim(), now).map((v, i) => ({
    label: v.label,
    kind: CompletionItemKind.Value,
    detail: v.detail,
    sortText: String(i).padStart(2, '0'),
    textEdit: { range: { start: { line: position.line, character: valueStart }, end: position }, newText: v.insertText },
  }));
}

/** The RFC 9116 documentation of the security.txt field name under the cursor. */
export function hover(document: TextDocument, kind: FileKind, position: Position): Hover | null {
  if (!isValidPosition(document, position)) return null;
  if (kind === 'si') return insightsHover(document, position);
  if (kind !== 'txt') return null;
  const line = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
  const colon = line.indexOf(':');
  const nameStart = line.startsWith('- ') ? 2 : 0;
  if (colon <= nameStart || position.character > colon) return null;
  const info = fieldInfo(line.slice(nameStart, colon).trim());
  if (!info) return null;
  return {
    contents: { kind: 'markdown', value: fieldDocumentation(info) },
    range: { start: { line: position.line, character: nameStart }, end: { line: position.line, character: colon } },
  };
}
