/**
 * "Create security-insights.yml": the insights questions as wizard steps, prefilled from SECURITY.md, the git remote
 * and the license. The result opens unsaved at security-insights.yml; an existing file is opened, never replaced.
 */
import * as vscode from 'vscode';
import {
  gatherInsightsFacts,
  gatherWorkspaceFacts,
  INSIGHTS_QUESTIONS,
  INSIGHTS_TARGET,
  insightsAnswers,
  insightsDraft,
  insightsProblems,
  isoDate,
  todayUtc,
  type InsightsAnswers,
} from '../../server/src/client-api';
import { Steps, stepOf } from './steps';
import { chooseFolder, offerExisting, openUnsaved, workspaceReader } from './wizard';

const title = (): string => vscode.l10n.t('Create security-insights.yml');

/** `generate` asks the language server for the text (it holds the YAML writer). */
export async function createSecurityInsights(
  policyContacts: (text: string) => Promise<string[]>,
  generate: (answers: Omit<InsightsAnswers, 'today'> & { today: string }) => Promise<string>,
): Promise<vscode.TextEditor | undefined> {
  const folder = await chooseFolder();
  if (!folder) return undefined;
  const reader = workspaceReader(folder.uri);
  const facts = await gatherInsightsFacts(reader, await gatherWorkspaceFacts(reader), policyContacts);
  if (facts.existing) {
    await offerExisting(folder, facts.existing);
    return undefined;
  }
  const draft = insightsDraft(facts);
  const ui = new Steps(title());
  if (!(await ui.run(INSIGHTS_QUESTIONS.map((q) => stepOf(ui, q, draft))))) return undefined;
  const answers = insightsAnswers(draft, todayUtc());
  const problems = insightsProblems(answers);
  if (problems.length > 0) {
    void vscode.window.showErrorMessage(`${title()}: ${problems[0]}`);
    return undefined;
  }
  return openUnsaved(
    vscode.Uri.joinPath(folder.uri, INSIGHTS_TARGET),
    await generate({ ...answers, today: isoDate(answers.today) }),
  );
}
