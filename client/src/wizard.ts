/**
 * "Create SECURITY.md" and "Create security.txt": a few QuickPick / InputBox steps with Back, prefilled from the
 * workspace. The text comes from the engine's pure generators; the result opens as an unsaved editor at its target
 * path for the user to review and save. Nothing is written, and an existing file is never replaced.
 */
import * as vscode from 'vscode';
import {
  ACK_DAYS_CHOICES,
  contactUri,
  DEFAULT_ACK_DAYS,
  DEFAULT_DISCLOSURE_DAYS,
  formatSupportedVersions,
  gatherWorkspaceFacts,
  generateSecurityMd,
  generateSecurityTxt,
  githubPolicyUrl,
  parseLanguages,
  parseSupportedVersions,
  securityTxtContacts,
  validateContactUri,
  validateEmail,
  validateGithubRepo,
  validateHttpsUrl,
  validateLanguages,
  validateSupportedVersions,
  type PolicyAnswers,
  type WorkspaceFacts,
  type WorkspaceReader,
} from '../../server/src/engine/generate';
import { policyLocationOf, policyRelativePath, type PolicyLocation } from '../../server/src/engine/locations';
import { DIAGNOSTIC_SOURCE } from '../../server/src/protocol';

const TITLE_MD = 'Create SECURITY.md';
const TITLE_TXT = 'Create security.txt';
const DISCLOSURE_CHOICES = [90, 30, 45, 60, 120, 180] as const;
/** Rules whose quick fixes add what a file lacks. */
const MISSING_RULES = new Set([
  'no-contact',
  'no-private-channel',
  'no-response-timeframe',
  'no-disclosure-timeline',
  'no-supported-versions',
  'no-safe-harbor',
  'no-issuance-date',
  'no-title',
  'expires-missing',
  'expired',
  'policy-missing',
  'missing-final-newline',
]);

class Cancelled extends Error {}
const BACK = Symbol('back');
type Step = () => Promise<'next' | 'skip' | typeof BACK>;

interface PickItem<T> extends vscode.QuickPickItem {
  value: T;
}

/** One QuickPick / InputBox at a time, with a Back button after the first step; Escape cancels everything. */
class Steps {
  position = 0;
  total = 0;

  constructor(private readonly title: string) {}

  pick<T>(options: { placeholder: string; items: PickItem<T>[]; active?: T }): Promise<T | typeof BACK> {
    return this.show(vscode.window.createQuickPick<PickItem<T>>(), (qp, done) => {
      qp.placeholder = options.placeholder;
      qp.items = options.items;
      const active = options.items.find((i) => i.value === options.active);
      if (active) qp.activeItems = [active];
      return qp.onDidAccept(() => {
        const chosen = qp.selectedItems[0] ?? qp.activeItems[0];
        if (chosen) done(chosen.value);
      });
    });
  }

  pickMany<T>(options: { placeholder: string; items: PickItem<T>[]; selected: T[]; atLeastOne?: string }): Promise<T[] | typeof BACK> {
    return this.show(vscode.window.createQuickPick<PickItem<T>>(), (qp, done) => {
      qp.canSelectMany = true;
      qp.placeholder = options.placeholder;
      qp.items = options.items;
      qp.selectedItems = options.items.filter((i) => options.selected.includes(i.value));
      return qp.onDidAccept(() => {
        if (options.atLeastOne && qp.selectedItems.length === 0) {
          qp.placeholder = options.atLeastOne;
          return;
        }
        done(qp.selectedItems.map((i) => i.value));
      });
    });
  }

  input(options: { prompt: string; value: string; placeholder?: string; validate?: (value: string) => string | undefined }): Promise<string | typeof BACK> {
    return this.show(vscode.window.createInputBox(), (box, done) => {
      box.prompt = options.prompt;
      box.value = options.value;
      box.placeholder = options.placeholder;
      const validate = (): string | undefined => options.validate?.(box.value.trim());
      const change = box.onDidChangeValue(() => {
        box.validationMessage = box.value.trim() ? validate() : undefined;
      });
      const accept = box.onDidAccept(() => {
        const problem = validate();
        box.validationMessage = problem;
        if (!problem) done(box.value.trim());
      });
      return vscode.Disposable.from(change, accept);
    });
  }

  private show<Q extends vscode.QuickInput & { buttons: readonly vscode.QuickInputButton[]; onDidTriggerButton: vscode.Event<vscode.QuickInputButton> }, R>(
    input: Q,
    wire: (input: Q, done: (value: R) => void) => vscode.Disposable,
  ): Promise<R | typeof BACK> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (value: R | typeof BACK): void => {
        settled = true;
        resolve(value);
        input.hide();
      };
      input.title = this.title;
      input.step = this.position;
      input.totalSteps = this.total;
      input.ignoreFocusOut = true;
      input.buttons = this.position > 1 ? [vscode.QuickInputButtons.Back] : [];
      const disposables = [
        wire(input, finish),
        input.onDidTriggerButton((button) => {
          if (button === vscode.QuickInputButtons.Back) finish(BACK);
        }),
        input.onDidHide(() => {
          for (const d of disposables) d.dispose();
          input.dispose();
          if (!settled) reject(new Cancelled());
        }),
      ];
      input.show();
    });
  }

  /** A step: asks (unless `when` says to skip it) and hands an answer that is not Back to `take`. */
  step<T>(ask: () => Promise<T | typeof BACK>, take: (answer: T) => void, when: () => boolean = () => true): Step {
    return async () => {
      if (!when()) return 'skip';
      const answer = await ask();
      if (answer === BACK) return BACK;
      take(answer);
      return 'next';
    };
  }

  /** Runs the steps in order; Back returns to the last step that was shown. False when the user pressed Escape. */
  async run(steps: Step[]): Promise<boolean> {
    try {
      await this.runSteps(steps);
      return true;
    } catch (error) {
      if (error instanceof Cancelled) return false;
      throw error;
    }
  }

  private async runSteps(steps: Step[]): Promise<void> {
    this.total = steps.length;
    const shown: number[] = [];
    let i = 0;
    while (i < steps.length) {
      this.position = shown.length + 1;
      const result = await steps[i]();
      if (result === BACK) {
        i = shown.pop() ?? 0;
      } else {
        if (result === 'next') shown.push(i);
        i++;
      }
    }
  }
}

function workspaceReader(folder: vscode.Uri): WorkspaceReader {
  const uriOf = (relativePath: string): vscode.Uri => (relativePath ? vscode.Uri.joinPath(folder, relativePath) : folder);
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

async function chooseFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Security Policy: open a folder first.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder is the policy for?' });
}

/** Shows the generated text as an unsaved file at its target path. */
async function openUnsaved(target: vscode.Uri, text: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
  const editor = await vscode.window.showTextDocument(document);
  await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, document.lineCount, 0), text));
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** Applies, one at a time, the quick fixes that add what the file lacks; the user reviews and saves. */
async function addWhatIsMissing(uri: vscode.Uri): Promise<number> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const missing = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE && MISSING_RULES.has(ruleOf(d)));
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
    if (fix?.edit && (await vscode.workspace.applyEdit(fix.edit))) {
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
async function offerExisting(folder: vscode.WorkspaceFolder, relativePath: string): Promise<void> {
  const uri = vscode.Uri.joinPath(folder.uri, relativePath);
  const choice = await vscode.window.showInformationMessage(`${relativePath} already exists; it will not be replaced.`, 'Open It', 'Add What Is Missing');
  if (choice === 'Open It') await vscode.window.showTextDocument(uri);
  else if (choice === 'Add What Is Missing') {
    const applied = await addWhatIsMissing(uri);
    void vscode.window.showInformationMessage(
      applied === 0
        ? `${relativePath} lacks nothing a quick fix can add.`
        : `Added ${applied} missing part${applied === 1 ? '' : 's'} to ${relativePath}: review the text, then save.`,
    );
  }
}

const optionalUrl = (v: string): string | undefined => (v === '' ? undefined : validateHttpsUrl(v));

export async function createSecurityMd(): Promise<vscode.TextEditor | undefined> {
  const folder = await chooseFolder();
  if (!folder) return undefined;
  const facts = await gatherWorkspaceFacts(workspaceReader(folder.uri));
  if (facts.existingPolicies.length > 0) {
    await offerExisting(folder, facts.existingPolicies[0]);
    return undefined;
  }
  const a: PolicyAnswers = {
    location: 'root',
    github: facts.github,
    ackDays: DEFAULT_ACK_DAYS,
    disclosureDays: DEFAULT_DISCLOSURE_DAYS,
    supported: facts.supported,
    scope: true,
    safeHarbor: true,
    today: todayUtc(),
  };
  type Channel = 'github' | 'email' | 'form';
  let channels: Channel[] = facts.github ? ['github'] : ['email'];
  let supportedText = formatSupportedVersions(facts.supported);
  const ui = new Steps(TITLE_MD);
  const steps: Step[] = [
    ui.step(
      () =>
        ui.pick<PolicyLocation>({
          placeholder: 'Where should the policy go? GitHub shows it from any of these.',
          active: a.location,
          items: [
            { label: 'SECURITY.md', description: 'repository root', value: 'root' },
            { label: '.github/SECURITY.md', description: 'next to other GitHub files', value: '.github' },
            { label: 'docs/SECURITY.md', description: 'with the documentation', value: 'docs' },
          ],
        }),
      (where) => {
        a.location = where;
      },
    ),
    ui.step(
      () =>
        ui.pickMany<Channel>({
          placeholder: 'How should reporters reach you privately? (pick one or more)',
          atLeastOne: 'Pick at least one way to report.',
          selected: channels,
          items: [
            {
              label: 'GitHub private vulnerability reporting',
              description: facts.github ?? 'enable it in the repository settings',
              detail: 'Reports arrive as draft security advisories.',
              value: 'github',
            },
            { label: 'Email', description: 'a monitored address such as security@…', value: 'email' },
            { label: 'Web form', description: 'an https:// page for reports', value: 'form' },
          ],
        }),
      (chosen) => {
        channels = chosen;
      },
    ),
    ui.step(
      () =>
        ui.input({
          prompt: 'GitHub repository (owner/repo) with private vulnerability reporting enabled',
          value: a.github ?? '',
          placeholder: 'owner/repo',
          validate: validateGithubRepo,
        }),
      (repo) => {
        a.github = repo;
      },
      () => channels.includes('github'),
    ),
    ui.step(
      () => ui.input({ prompt: 'Email address for reports', value: a.email ?? '', placeholder: 'security@your-project.org', validate: validateEmail }),
      (email) => {
        a.email = email;
      },
      () => channels.includes('email'),
    ),
    ui.step(
      () =>
        ui.input({
          prompt: 'Web form for reports',
          value: a.formUrl ?? '',
          placeholder: 'https://your-project.org/security/report',
          validate: validateHttpsUrl,
        }),
      (form) => {
        a.formUrl = form;
      },
      () => channels.includes('form'),
    ),
    ui.step(
      () =>
        ui.input({
          prompt: 'OpenPGP key URL for encrypted reports (optional: leave empty for none)',
          value: a.encryptionKeyUrl ?? '',
          placeholder: 'https://your-project.org/security.asc',
          validate: optionalUrl,
        }),
      (key) => {
        a.encryptionKeyUrl = key || undefined;
      },
    ),
    ui.step(
      () =>
        ui.pick<number>({
          placeholder: 'Acknowledge a report within…',
          active: a.ackDays,
          items: ACK_DAYS_CHOICES.map((d) => ({
            label: `${d} business day${d === 1 ? '' : 's'}`,
            description: d === DEFAULT_ACK_DAYS ? 'recommended' : undefined,
            value: d,
          })),
        }),
      (days) => {
        a.ackDays = days;
      },
    ),
    ui.step(
      () =>
        ui.pick<number | null>({
          placeholder: 'Coordinated disclosure: publish within…',
          active: a.disclosureDays,
          items: [
            ...DISCLOSURE_CHOICES.map((d) => ({ label: `${d} days`, description: d === DEFAULT_DISCLOSURE_DAYS ? 'the common default' : undefined, value: d })),
            { label: 'No fixed window', description: 'agree on a date with each reporter', value: null },
          ],
        }),
      (days) => {
        a.disclosureDays = days;
      },
    ),
    ui.step(
      () =>
        ui.input({
          prompt: `Supported versions: "<" or "!" marks unsupported ones${facts.versionSource ? ` (from ${facts.versionSource})` : ''}; empty means the latest release only`,
          value: supportedText,
          placeholder: '3.x, < 3.0',
          validate: (v) => (v === '' ? undefined : validateSupportedVersions(v)),
        }),
      (text) => {
        supportedText = text;
        a.supported = text ? parseSupportedVersions(text) : [];
      },
    ),
    ui.step(
      () =>
        ui.pickMany<'scope' | 'safeHarbor'>({
          placeholder: 'Optional sections',
          selected: [...(a.scope ? (['scope'] as const) : []), ...(a.safeHarbor ? (['safeHarbor'] as const) : [])],
          items: [
            { label: 'Scope', description: 'what is in and out of scope', value: 'scope' },
            { label: 'Safe Harbor', description: 'no legal action against good-faith research', value: 'safeHarbor' },
          ],
        }),
      (sections) => {
        a.scope = sections.includes('scope');
        a.safeHarbor = sections.includes('safeHarbor');
      },
    ),
  ];
  if (!(await ui.run(steps))) return undefined;
  if (!channels.includes('github')) a.github = undefined;
  if (!channels.includes('email')) a.email = undefined;
  if (!channels.includes('form')) a.formUrl = undefined;
  const target = vscode.Uri.joinPath(folder.uri, policyRelativePath(a.location));
  return openUnsaved(target, generateSecurityMd(a));
}

export async function createSecurityTxt(policyContacts: (text: string) => Promise<string[]>): Promise<vscode.TextEditor | undefined> {
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
  let contacts = fromPolicy.length > 0 ? fromPolicy : facts.github ? securityTxtContacts({ github: facts.github }) : [];
  let extraContact = '';
  let keyUrl = '';
  let siteUrl = '';
  let policyUrl = facts.github && policyPath ? githubPolicyUrl(facts.github, policyLocationOf(policyPath) ?? 'root') : '';
  let languages = 'en';
  const ui = new Steps(TITLE_TXT);
  const steps: Step[] = [
    ui.step(
      () =>
        ui.pickMany<string>({
          placeholder: `Contacts from ${policyPath} (the security.txt should name the same)`,
          atLeastOne: 'Pick at least one contact.',
          selected: contacts.filter((c) => fromPolicy.includes(c)),
          items: fromPolicy.map((c) => ({ label: c, value: c })),
        }),
      (chosen) => {
        contacts = chosen;
      },
      () => fromPolicy.length > 0,
    ),
    ui.step(
      () =>
        ui.input({
          prompt: policyPath ? `${policyPath} names no contact: an email or https:// URL for reports` : 'An email or https:// URL for reports',
          value: extraContact,
          placeholder: 'security@your-project.org',
          validate: (v) => validateContactUri(contactUri(v)),
        }),
      (value) => {
        extraContact = value;
        contacts = [contactUri(value)];
      },
      () => fromPolicy.length === 0,
    ),
    ui.step(
      () =>
        ui.input({
          prompt: 'OpenPGP key URL (Encryption; optional)',
          value: keyUrl,
          placeholder: 'https://your-project.org/security.asc',
          validate: optionalUrl,
        }),
      (value) => {
        keyUrl = value;
      },
    ),
    ui.step(
      () =>
        ui.input({
          prompt: 'The web site that will serve the file, for Canonical (optional)',
          value: siteUrl,
          placeholder: 'https://your-project.org',
          validate: optionalUrl,
        }),
      (value) => {
        siteUrl = value;
      },
    ),
    ui.step(
      () =>
        ui.input({
          prompt: 'Policy: the URL of your security policy (optional)',
          value: policyUrl,
          placeholder: 'https://github.com/owner/repo/blob/HEAD/SECURITY.md',
          validate: optionalUrl,
        }),
      (value) => {
        policyUrl = value;
      },
    ),
    ui.step(
      () =>
        ui.input({
          prompt: 'Preferred languages for reports (RFC 5646 tags, comma-separated)',
          value: languages,
          placeholder: 'en, de',
          validate: validateLanguages,
        }),
      (value) => {
        languages = value;
      },
    ),
  ];
  if (!(await ui.run(steps))) return undefined;
  const text = generateSecurityTxt({
    contacts,
    encryptionKeyUrl: keyUrl || undefined,
    siteUrl: siteUrl || undefined,
    policyUrl: policyUrl || undefined,
    languages: parseLanguages(languages),
    today: todayUtc(),
  });
  return openUnsaved(vscode.Uri.joinPath(folder.uri, facts.securityTxtPath), text);
}

function todayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
