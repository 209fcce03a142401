/** Workspace commands: check every security file (publishing diagnostics for files not open), open rule docs. */
import { ErrorCodes, ResponseError, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateInsights, kindDescriptor, REPOSITORY_STATUSES, type Config, type LintResult } from '../index';
import { todayUtc } from '../core/today';
import type { CheckWorkspaceResult, GenerateInsightsParams } from '../protocol';
import type { CheckRequest } from './checker';
import { toDiagnostic } from './diagnostics';
import { kindOf } from './documents';
import { checkWithAnswers, type PreparedEnvironment } from './folders';
import type { ServerWorkspace } from './workspace';

export interface CheckWorkspaceDeps {
  workspace: ServerWorkspace;
  /** Problems of an open document from its last check; undefined when the document is not open. */
  openProblems(uri: string): number | undefined;
  configFor(uri: string): Promise<Config>;
  environmentFor(uri: string): Promise<PreparedEnvironment>;
  /** Checks a file's text; undefined when the request was cancelled. */
  check(request: CheckRequest): Promise<LintResult | undefined>;
  isCancelled(): boolean;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

/** Checks every security file of the workspace; undefined when the request was cancelled on the way. */
export async function checkWorkspace(deps: CheckWorkspaceDeps): Promise<CheckWorkspaceResult | undefined> {
  let files = 0;
  let problems = 0;
  for (const folder of deps.workspace.roots()) {
    folder.invalidate();
    for (const uri of await folder.securityFileUris()) {
      if (deps.isCancelled()) return undefined;
      const kind = kindOf(uri);
      if (!kind) continue;
      files++;
      const open = deps.openProblems(uri);
      if (open !== undefined) {
        problems += open;
        continue;
      }
      const read = await folder.readFile(uri);
      if (!read.ok) {
        deps.log(`Skipped ${folder.relativePath(uri) ?? uri}: ${read.reason}.`);
        continue;
      }
      const options = { text: read.text, kind, config: await deps.configFor(uri) };
      const result = await checkWithAnswers(await deps.environmentFor(uri), (env) => deps.check({ ...options, env }));
      if (!result) return undefined;
      problems += result.findings.length;
      const document = TextDocument.create(uri, kindDescriptor(kind).languageId, 0, read.text);
      deps.publish(
        uri,
        result.findings.map((f) => toDiagnostic(document, f)),
      );
    }
  }
  return { files, problems };
}

/** The documentation URL a "Show documentation" action carries, if it is one of ours. */
export function documentationUrl(args: unknown[] | undefined): string | undefined {
  const url = args?.[0];
  return typeof url === 'string' && url.startsWith('https://') ? url : undefined;
}

/** A new security-insights.yml from the wizard's answers (the client sends them as JSON). */
export function generateInsightsFrom(params: GenerateInsightsParams | undefined): string {
  const a = params?.answers;
  const status = REPOSITORY_STATUSES.find((s) => s === a?.status);
  if (
    !a ||
    !status ||
    typeof a.projectName !== 'string' ||
    typeof a.repositoryUrl !== 'string' ||
    typeof a.maintainer !== 'string'
  ) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'generateInsights: incomplete answers');
  }
  const today = /^\d{4}-\d{2}-\d{2}$/.test(a.today) ? new Date(`${a.today}T00:00:00Z`) : todayUtc();
  return generateInsights({ ...a, status, today });
}
