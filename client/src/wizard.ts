/**
 * "Create SECURITY.md" and "Create security.txt": a few QuickPick / InputBox steps with Back, prefilled from the
 * workspace. The text comes from the engine's pure generators; the result opens as an unsaved editor at its target
 * path for the user to review and save. Nothing is written, and an existing file is never replaced.
 */
import * as vscode from 'vscode';
import { Steps, stepOf } from './steps';
import {
  DEFAULT_ACK_DAYS,
  DEFAULT_DISCLOSURE_DAYS,
  gatherWorkspaceFacts,
  generateSecurityMd,
  generateSecurityTxt,
  githubPolicyUrl,
  POLICY_QUESTIONS,
  policyAnswers,
  policyDraft,
  policyLocationOf,
  policyLanguageOf,
  policyRelativePath,
  SECURITY_TXT_QUESTIONS,
  securityTxtAnswers,
  todayUtc,
  writtenLanguage,
  type Language,
  type SecurityTxtDraft,
  type WorkspaceFacts,
  type WorkspaceReader,
} from '../../server/src/client-api';
import { DIAGNOSTIC_SOURCE } from '../../server/src/protocol';

const titleMd = (): string => vscode.l10n.t('Create SECURITY.md');
const titleTxt = (): string => vscode.l10n.t('Create security.txt');
/** Rules whose quick fixes add what a file lacks. */
const MISSING_RULES = new Set([
  'no-contact',
  'no-private-channel',
  'no-response-timeframe',
  'no-disclosure-timeline',
  'no-supported-versions',
  'no-safe-harbor',
  'no-scope',
  'no-issuance-date',
  'no-title',
  'expires-missing',
  'expired',
  'policy-missing',
  'missing-final-newline',
]);

/** VS Code's display language when the engine writes it ("de", "pt-br", "zh-cn"), else English. */
function displayLanguage(): Language {
  return writtenLanguage(vscode.env.language) ?? 'en';
}

export function workspaceReader(folder: vscode.Uri): WorkspaceReader {
  const uriOf = (relativePath: string): vscode.Uri =>
    relativePath ? vscode.Uri.joinPath(folder, relativePath) : folder;
  return {
    async readText(relativePath) {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(relativePath)));
      } catch {
        return undefined;
      }
    },
    async list(relativePath) {
      try {
        return (await vscode.workspace.fs.readDirectory(uriOf(relativePath))).map(([name]) => name);
      } catch {
        return [];
      }
    },
  };
}

export async function chooseFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Security Policy: open a folder first.'));
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which folder is the policy for?') });
}

/** Shows the generated text as an unsaved file at its target path. */
export async function openUnsaved(target: vscode.Uri, text: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
  const editor = await vscode.window.showTextDocument(document);
  await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, document.lineCount, 0), text));
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/**
 * Applies a fix's edits to the document in its editor. Never through workspace.applyEdit, which may save a file that
 * is not the active editor (`files.refactoring.autoSave`): the user reviews, then saves.
 */
async function editInPlace(document: vscode.TextDocument, edit: vscode.WorkspaceEdit): Promise<boolean> {
  const edits = edit.get(document.uri);
  if (edits.length === 0) return false;
  const editor = await vscode.window.showTextDocument(document);
  return editor.edit((builder) => {
    for (const e of edits) builder.replace(e.range, e.newText);
  });
}

/** Applies, one at a time, the quick fixes that add what the file lacks; the user reviews and saves. */
async function addWhatIsMissing(uri: vscode.Uri): Promise<number> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const missing = (): vscode.Diagnostic[] =>
    vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE && MISSING_RULES.has(ruleOf(d)));
  await waitForDiagnostics(uri);
  let applied = 0;
  const tried = new Set<string>();
  for (let round = 0; round < 20; round++) {
    const diagnostic = missing().find((d) => !tried.has(ruleOf(d)));
    if (!diagnostic) break;
    tried.add(ruleOf(diagnostic));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // Actions returned by the command may not carry their diagnostics; the range and the title then tell.
    const fix = actions?.find(
      (a) =>
        a.edit &&
        (!a.diagnostics?.length || a.diagnostics.some((d) => d.message === diagnostic.message)) &&
        !/^(Disable|Show documentation|Fix all)/.test(a.title),
    );
    if (fix?.edit && (await editInPlace(editor.document, fix.edit))) {
      applied++;
      await waitForDiagnostics(uri);
    }
  }
  editor.revealRange(new vscode.Range(0, 0, 0, 0));
  return applied;
}

/** Resolves at the next diagnostics change for the document, or after a short while if none comes. */
function waitForDiagnostics(uri: vscode.Uri): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, 3000);
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) done();
    });
    function done(): void {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    }
  });
}

/** The file exists: open it, or add what it lacks through the quick fixes. Never replaced. */
export async function offerExisting(folder: vscode.WorkspaceFolder, relativePath: string): Promise<void> {
  const uri = vscode.Uri.joinPath(folder.uri, relativePath);
  const open = vscode.l10n.t('Open It');
  const add = vscode.l10n.t('Add What Is Missing');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('{0} already exists; it will not be replaced.', relativePath),
    open,
    add,
  );
  if (choice === open) await vscode.window.showTextDocument(uri);
  else if (choice === add) {
    const applied = await addWhatIsMissing(uri);
    void vscode.window.showInformationMessage(
      applied === 0
        ? vscode.l10n.t('{0} lacks nothing a quick fix can add.', relativePath)
        : applied === 1
          ? vscode.l10n.t('Added 1 missing part to {0}: review the text, then save.', relativePath)
          : vscode.l10n.t('Added {0} missing parts to {1}: review the text, then save.', applied, relativePath),
    );
  }
}

export async function createSecurityMd(): Promise<vscode.TextEditor | undefined> {
  const folder = await chooseFolder();
  if (!folder) return undefined;
  const facts = await gatherWorkspaceFacts(workspaceReader(folder.uri));
  if (facts.existingPolicies.length > 0) {
    await offerExisting(folder, facts.existingPolicies[0]);
    return undefined;
  }
  const draft = policyDraft(
    {
      language: displayLanguage(),
      github: facts.github,
      ackDays: DEFAULT_ACK_DAYS,
      disclosureDays: DEFAULT_DISCLOSURE_DAYS,
      supported: facts.supported,
    },
    facts.versionSource,
  );
  const ui = new Steps(titleMd());
  if (!(await ui.run(POLICY_QUESTIONS.map((q) => stepOf(ui, q, draft))))) return undefined;
  const answers = policyAnswers(draft, todayUtc());
  return openUnsaved(
    vscode.Uri.joinPath(folder.uri, policyRelativePath(answers.location)),
    generateSecurityMd(answers),
  );
}

export async function createSecurityTxt(
  policyContacts: (text: string) => Promise<string[]>,
): Promise<vscode.TextEditor | undefined> {
  const folder = await chooseFolder();
  if (!folder) return undefined;
  const reader = workspaceReader(folder.uri);
  const facts: WorkspaceFacts = await gatherWorkspaceFacts(reader);
  if (facts.existingSecurityTxt) {
    await offerExisting(folder, facts.existingSecurityTxt);
    return undefined;
  }
  const policyPath = facts.existingPolicies[0];
  const policyText = policyPath ? await reader.readText(policyPath) : undefined;
  const fromPolicy = policyText ? await policyContacts(policyText) : [];
  // The comments in the policy's language, else in VS Code's.
  const language = (policyText && writtenLanguage(policyLanguageOf(policyText).code)) || displayLanguage();
  const draft: SecurityTxtDraft = {
    language,
    offered: fromPolicy,
    contacts: fromPolicy,
    contact: '',
    encryptionKeyUrl: '',
    siteUrl: '',
    policyUrl: facts.github && policyPath ? githubPolicyUrl(facts.github, policyLocationOf(policyPath) ?? 'root') : '',
    languages: language === 'en' ? 'en' : `${language}, en`,
    policyPath,
  };
  const ui = new Steps(titleTxt());
  if (!(await ui.run(SECURITY_TXT_QUESTIONS.map((q) => stepOf(ui, q, draft))))) return undefined;
  return openUnsaved(
    vscode.Uri.joinPath(folder.uri, facts.securityTxtPath),
    generateSecurityTxt(securityTxtAnswers(draft, todayUtc())),
  );
}
