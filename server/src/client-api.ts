/**
 * What the VS Code client takes from the engine, by name: where security files live, the wizard questions and the
 * generators. Pure modules only: no rules and no parser reach the client's bundle from here (test/layers.test.ts).
 */
export { BUILT_IN_FILES } from './kinds/files';
export { SKIPPED_FOLDERS, tooLargeReason } from './core/locations';
export { decodeUtf8Lenient } from './core/text';
export { isoDate } from './core/dates';
export { todayUtc } from './core/today';
export { promptMessage, type Choice, type Message, type Question } from './core/questions';
export { questionText } from './core/question-texts';
export { type WorkspaceReader } from './core/workspace-facts';
export { gatherWorkspaceFacts, type WorkspaceFacts } from './kinds/workspace-facts';
export { DEFAULT_ACK_DAYS, DEFAULT_DISCLOSURE_DAYS } from './kinds/md/answers';
export { generateSecurityMd, githubPolicyUrl } from './kinds/md/generate';
export { policyLocationOf, policyRelativePath } from './kinds/md/locations';
export { POLICY_QUESTIONS, policyAnswers, policyDraft } from './kinds/md/questions';
export { writtenLanguage, type Language } from './kinds/md/texts';
export { policyLanguageOf } from './kinds/md/language';
export { generateSecurityTxt } from './kinds/txt/generate';
export { TXT_FILES } from './kinds/txt/locations';
export { SECURITY_TXT_QUESTIONS, securityTxtAnswers, type SecurityTxtDraft } from './kinds/txt/questions';
export { gatherInsightsFacts } from './kinds/si/facts';
export { insightsProblems, type InsightsAnswers } from './kinds/si/answers';
export { INSIGHTS_QUESTIONS, insightsAnswers, insightsDraft } from './kinds/si/questions';
export { INSIGHTS_TARGET } from './kinds/si/locations';
