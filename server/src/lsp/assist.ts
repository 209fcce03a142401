/**
 * Completion and hover, as plain functions of a document and a position: each kind's assist (its descriptor's
 * `assist`, in the engine's terms) turned into LSP items.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type Hover,
  type Position,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { kindDescriptor, kindDescriptors, type FileKind, type ParseCache } from '../index';
import type { AssistPosition, Proposal } from '../core/assist';
import { isValidPosition } from './documents';

/** Characters after which the client asks for completion by itself: those of every kind. */
export function completionTriggers(): string[] {
  return [...new Set(kindDescriptors().flatMap((k) => k.assist?.triggers ?? []))];
}

const ITEM_KINDS: Record<Proposal['kind'], CompletionItemKind> = {
  snippet: CompletionItemKind.Snippet,
  field: CompletionItemKind.Property,
  group: CompletionItemKind.Module,
  value: CompletionItemKind.Value,
};

function assistPosition(document: TextDocument, position: Position, cache?: ParseCache): AssistPosition {
  return {
    cache,
    text: document.getText(),
    line: position.line,
    character: position.character,
    offset: document.offsetAt(position),
    lineStart: document.offsetAt({ line: position.line, character: 0 }),
  };
}

function completionItem(p: Proposal, position: Position): CompletionItem {
  return {
    label: p.label,
    kind: ITEM_KINDS[p.kind],
    detail: p.detail,
    documentation: p.documentation === undefined ? undefined : { kind: 'markdown', value: p.documentation },
    sortText: p.sortText,
    filterText: p.filterText,
    insertTextFormat: p.snippet ? InsertTextFormat.Snippet : undefined,
    textEdit: { range: { start: { line: position.line, character: p.from }, end: position }, newText: p.newText },
    command: p.suggestAfter ? { title: 'Suggest a value', command: 'editor.action.triggerSuggest' } : undefined,
  };
}

export function completions(
  document: TextDocument,
  kind: FileKind,
  position: Position,
  trigger: string | undefined,
  now: Date = new Date(),
  cache?: ParseCache,
): CompletionItem[] {
  const assist = kindDescriptor(kind).assist;
  if (!assist || !isValidPosition(document, position)) return [];
  return assist
    .completions(assistPosition(document, position, cache), trigger, now)
    .map((p) => completionItem(p, position));
}

export function hover(document: TextDocument, kind: FileKind, position: Position): Hover | null {
  const assist = kindDescriptor(kind).assist;
  if (!assist?.hover || !isValidPosition(document, position)) return null;
  const shown = assist.hover(assistPosition(document, position));
  if (!shown) return null;
  return {
    contents: { kind: 'markdown', value: shown.markdown },
    range: { start: document.positionAt(shown.start), end: document.positionAt(shown.end) },
  };
}
