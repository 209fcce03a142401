/**
 * Code actions for a document, as plain functions of its text and findings: the fix of each diagnostic, "fix all"
 * of a rule, disable for this line / file (in the file kind's comment syntax), show documentation, and
 * source.fixAll for editor.codeActionsOnSave. Every edit names the document version it was computed for. Titles are in
 * the client's language (core/messages/fixes): a fix's, from its diagnostic (lsp/diagnostics.ts), and these actions'
 * own, LSP_TITLES, as `lsp/<id>`.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  disableFileEdit,
  disableLineEdit,
  docsUrl,
  editsOverlap,
  parseDocument,
  type FileKind,
  type Finding,
  type TextEdit,
} from '../index';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, SHOW_DOCS_COMMAND } from '../protocol';
import { localizedTitle } from '../core/messages/fixes';
import type { DiagnosticData } from './diagnostics';
import { FIX_DATA } from './message-guards';

export interface CodeActionInput {
  document: TextDocument;
  kind: FileKind;
  context: CodeActionContext;
  /** Findings of the document's current version, when its last check was of this version. */
  findings: readonly Finding[];
  /** The text with every safe fix applied (asked only when source.fixAll is wanted). */
  fixAll: () => string;
  /**
   * The client fills in an action's edit when it is chosen (codeAction/resolve): "fix all" is then offered with
   * the light bulb's actions without applying every fix to the document on each move of the cursor.
   */
  resolvesEdits?: boolean;
  /** The client's interface language, for the titles. */
  locale?: string;
}

/** The titles of the server's own actions, in English; core/messages/fixes translates them as `lsp/<id>`. */
export const LSP_TITLES = {
  fixAll: 'Fix all safe Security Policy problems',
  fixAllOfRule: 'Fix all {rule} problems',
  disableLine: 'Disable {rule} for this line',
  disableFile: 'Disable {rule} for this file',
  showDocs: 'Show documentation for {rule}',
};

/** What a "fix all" action offered without its edit carries, for codeAction/resolve. */
export interface FixAllData {
  fixAll: { uri: string; version: number };
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const { document, context } = input;
  const say = (id: keyof typeof LSP_TITLES, rule?: string): string =>
    localizedTitle(`lsp/${id}`, LSP_TITLES[id], rule === undefined ? undefined : { rule }, input.locale);
  const only = Array.isArray(context.only) ? context.only : undefined;
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(FIX_ALL_KIND)) {
    const asked = only?.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(`${o}.`)) ?? false;
    if (!asked && input.resolvesEdits) {
      if (input.findings.some((f) => f.fix?.safe)) {
        const data: FixAllData = { fixAll: { uri: document.uri, version: document.version } };
        actions.push({ title: say('fixAll'), kind: FIX_ALL_KIND, data });
      }
    } else {
      const text = document.getText();
      const fixed = input.fixAll();
      if (fixed !== text)
        actions.push({
          title: say('fixAll'),
          kind: FIX_ALL_KIND,
          edit: versioned(document, [minimalEdit(document, text, fixed)]),
        });
    }
  }
  if (!wants(CodeActionKind.QuickFix)) return actions;
  const ours = (Array.isArray(context.diagnostics) ? context.diagnostics : []).filter(
    (d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string',
  );
  if (ours.length === 0) return actions;
  const parsed = parseDocument(input.kind, document.getText());
  const toLsp = (e: TextEdit): LspTextEdit => ({
    range: { start: parsed.lines.positionAt(e.start), end: parsed.lines.positionAt(e.end) },
    newText: e.newText,
  });
  for (const diagnostic of ours) {
    const rule = diagnostic.code as string;
    const quickFix = (title: string, edits: LspTextEdit[], isPreferred?: boolean): CodeAction => ({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred,
      edit: versioned(document, edits),
    });
    // The fix travels in the diagnostic's data, through the client: taken only when it still has its shape.
    const fix = FIX_DATA(diagnostic.data, 'data') === undefined ? (diagnostic.data as DiagnosticData).fix : undefined;
    if (fix) {
      actions.push(quickFix(fix.title, fix.edits, fix.safe));
      const all = fixAllOfRule(input.findings, rule);
      if (all) actions.push(quickFix(say('fixAllOfRule', rule), all.map(toLsp)));
    }
    const line = disableLineEdit(input.kind, parsed, diagnostic.range.start.line, rule);
    if (line) actions.push(quickFix(say('disableLine', rule), [toLsp(line)]));
    const file = disableFileEdit(input.kind, parsed, rule);
    if (file) actions.push(quickFix(say('disableFile', rule), [toLsp(file)]));
    actions.push(showDocumentation(diagnostic, rule, say('showDocs', rule)));
  }
  return actions;
}

/** The non-overlapping fixes of every finding of a rule, when there is more than one. */
function fixAllOfRule(findings: readonly Finding[], rule: string): TextEdit[] | undefined {
  const fixes = findings.filter((f) => f.ruleId === rule && f.fix).map((f) => f.fix!.edits);
  if (fixes.length < 2) return undefined;
  const taken: TextEdit[] = [];
  for (const edits of fixes) if (!editsOverlap(taken, edits)) taken.push(...edits);
  return taken;
}

function showDocumentation(diagnostic: Diagnostic, rule: string, title: string): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: SHOW_DOCS_COMMAND, arguments: [docsUrl(rule)] },
  };
}

function versioned(document: TextDocument, edits: LspTextEdit[]): CodeAction['edit'] {
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}

/** One edit covering only what differs between two texts. */
export function minimalEdit(document: TextDocument, before: string, after: string): LspTextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return {
    range: { start: document.positionAt(start), end: document.positionAt(endBefore) },
    newText: after.slice(start, endAfter),
  };
}
