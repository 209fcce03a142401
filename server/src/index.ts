/**
 * The public entry point: the engine with the kinds and rules it bundles. Check a document's text under a
 * configuration; no editor, no transport, no I/O. Nothing under core/, kinds/ or rules/ imports this module.
 * Importing it registers the built-in kinds (kinds/index.ts) and the rules that check several kinds (rules/).
 */
import { allRules, registerKind, registerRules, type FileKind, type ParseCache } from './core/kind';
import { lintText, lintTextAsync, fixAll, type LintResult } from './core/runner';
import { parseDocument } from './core/documents';
import type { Config } from './core/config';
import type { Environment, Finding } from './core/types';
import { BUILT_IN_KINDS } from './kinds';
import { SHARED_RULES } from './rules';

for (const kind of BUILT_IN_KINDS) registerKind(kind);
registerRules(SHARED_RULES);

export {
  allRules,
  allRuleMetas,
  defaultKind,
  FILE_KINDS,
  isFileKind,
  kindDescriptor,
  kindDescriptors,
  knownRuleIds,
  registerKind,
  registerRules,
  type AnyKindDescriptor,
  type FileKind,
  type KindDescriptor,
  type ParseCache,
} from './core/kind';
export { fixAll };
export type {
  Environment,
  ExpectedFinding,
  Fix,
  InvalidExample,
  RuleExample,
  RuleMeta,
  Severity,
  SeverityOrOff,
  TextEdit,
} from './core/types';
export {
  finalUrl,
  hasUsableBody,
  type DeployedCopy,
  type ServedFailure,
  type ServedFile,
  type SignatureCheck,
} from './core/served';
export {
  CONFIG_FILE_NAME,
  configFromSettings,
  DEFAULT_CONFIG,
  effectiveSeverity,
  isProfile,
  mergeConfigs,
  parseConfigFile,
  PROFILE_DEFINITIONS,
  PROFILES,
  profileSeverity,
  SEVERITIES,
  type Config,
  type ConfigProblem,
  type ParsedConfigFile,
  type ProfileName,
} from './core/config';
export {
  fileKindOf,
  isSearchedPath,
  MAX_FILE_BYTES,
  searchedFolders,
  securityFileGlobs,
  SKIPPED_FOLDERS,
  tooLargeReason,
} from './core/locations';
export { defineRule, docsUrl, REPOSITORY_URL, type Rule, type RuleContext } from './core/rule';
export { applyEdits, editsOverlap } from './core/edits';
export { LineIndex } from './core/text';
export { unifiedDiff } from './core/line-diff';

export interface CheckOptions {
  kind: FileKind;
  config: Config;
  env: Environment;
  cache?: ParseCache;
  isCancelled?: () => boolean;
}

export function checkText(text: string, options: CheckOptions): LintResult {
  return lintText(text, {
    rules: allRules,
    kind: options.kind,
    config: options.config,
    env: options.env,
    cache: options.cache,
    isCancelled: options.isCancelled,
  });
}

/** Like checkText, yielding between rules; undefined when `isCancelled` said so. */
export function checkTextAsync(
  text: string,
  options: CheckOptions & { yieldControl: () => Promise<void> },
): Promise<LintResult | undefined> {
  return lintTextAsync(text, { ...options, rules: allRules });
}

/** Applies every safe fix until the text stops changing. */
export function fixText(text: string, options: CheckOptions): { text: string; applied: number } {
  return fixAll(text, (t) => checkText(t, { ...options, cache: undefined }).findings);
}

export type { Finding, LintResult };
export type { RuleFailure } from './core/runner';

export { parseDocument, ParseMemo, sharingDocuments, type AnyDocument } from './core/documents';
export { disableFileEdit, disableLineEdit } from './core/directives';
export { githubAdvisoryUrl, validateEmail, validateGithubRepo, validateHttpsUrl } from './core/answers';
export {
  githubRepoFromGitConfig,
  latestVersionTag,
  remoteWebUrl,
  versionFromPackageJson,
  versionFromToml,
  type WorkspaceReader,
} from './core/workspace-facts';
export { contactSources, gatherWorkspaceFacts, type WorkspaceFacts } from './kinds/workspace-facts';
export { policyLanguageOf, type PolicyLanguage } from './kinds/md/language';
export { generateSecurityMd, githubPolicyUrl } from './kinds/md/generate';
export {
  ACK_DAYS_CHOICES,
  DEFAULT_ACK_DAYS,
  DEFAULT_DISCLOSURE_DAYS,
  parseSupportedVersions,
  supportedRowsFor,
  validateAckDays,
  validateDisclosureDays,
  validatePolicyAnswers,
  validateSupportedVersions,
  type PolicyAnswers,
  type VersionRow,
} from './kinds/md/answers';
export {
  isStandardPolicyPath,
  POLICY_LOCATIONS,
  policyLocationOf,
  policyRelativePath,
  type PolicyLocation,
} from './kinds/md/locations';
export { generateSecurityTxt, securityTxtContacts } from './kinds/txt/generate';
export { mediaTypeOf } from './kinds/txt/served';
export { describeAnswer } from './kinds/txt/deployed';
export { validateLanguages, validateSecurityTxtAnswers, type SecurityTxtAnswers } from './kinds/txt/answers';
export { generateInsights } from './kinds/si/generate';
export { REPOSITORY_STATUSES, type InsightsAnswers } from './kinds/si/answers';
export { INSIGHTS_TARGET } from './kinds/si/locations';

/** The Contact values of a security.txt. */
export function securityTxtContactsOf(text: string): string[] {
  return parseDocument('txt', text)
    .fieldsNamed('contact')
    .map((f) => f.value);
}

/** The contacts a SECURITY.md names, as URIs (mailto: for emails), for comparing with security.txt. */
export function policyContactsOf(markdown: string): string[] {
  const doc = parseDocument('md', markdown);
  const out = new Set<string>();
  for (const c of doc.channels) {
    if (c.kind === 'email') out.add(`mailto:${c.value}`);
    else if (c.private && /^https:\/\//i.test(c.value)) out.add(c.value);
  }
  return [...out];
}
