/** Workspace commands: check every security file (publishing diagnostics for files not open), open rule docs. */
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, fileKindOf, generateInsights, LANGUAGE_IDS, REPOSITORY_STATUSES, type Config, type Environment } from '../index';
import type { GenerateInsightsParams } from '../protocol';
import { todayUtc } from '../node/host';
import { readCheckedFile } from '../node/safe-io';
import type { CheckWorkspaceResult } from '../protocol';
import { toDiagnostic } from './diagnostics';
import type { ServerWorkspace } from './workspace';

export interface CheckWorkspaceDeps {
  workspace: ServerWorkspace;
  /** Problems of an open document from its last check; undefined when the document is not open. */
  openProblems(uri: string): number | undefined;
  configFor(uri: string): Promise<Config>;
  environmentFor(uri: string): Environment;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

export async function checkWorkspace(deps: CheckWorkspaceDeps): Promise<CheckWorkspaceResult> {
  let files = 0;
  let problems = 0;
  for (const root of deps.workspace.roots()) {
    const host = deps.workspace.host(root);
    host.invalidate();
    for (const relativePath of host.securityFiles()) {
      const uri = pathToFileURL(join(root, relativePath)).toString();
      const kind = fileKindOf(relativePath);
      if (!kind) continue;
      files++;
      const open = deps.openProblems(uri);
      if (open !== undefined) {
        problems += open;
        continue;
      }
      const read = readCheckedFile(join(root, relativePath));
      if (!read.ok) {
        deps.log(`Skipped ${relativePath}: ${read.reason}.`);
        continue;
      }
      const document = TextDocument.create(uri, LANGUAGE_IDS[kind], 0, read.text);
      const result = checkText(read.text, { kind, config: await deps.configFor(uri), env: deps.environmentFor(uri) });
      problems += result.findings.length;
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
  if (!a || !status || typeof a.projectName !== 'string' || typeof a.repositoryUrl !== 'string' || typeof a.maintainer !== 'string') {
    throw new ResponseError(ErrorCodes.InvalidParams, 'generateInsights: incomplete answers');
  }
  const today = /^\d{4}-\d{2}-\d{2}$/.test(a.today) ? new Date(`${a.today}T00:00:00Z`) : todayUtc();
  return generateInsights({ ...a, status, today });
}
