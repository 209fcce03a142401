/**
 * The public entry point: the engine with the rules it bundles. Check a document's text under a configuration;
 * no editor, no transport, no I/O. Nothing under engine/ or rules/ imports this module.
 */
import { allRules, knownRuleIds, allRuleMetas } from './rules';
import { lintText, lintTextAsync, fixAll, type LintResult } from './core/runner';
import type { ChunkCache } from './kinds/md/markdown';
import { parseDocument } from './core/documents';
import type { Config } from './core/config';
import type { Environment, FileKind, Finding } from './core/types';

export { allRules, knownRuleIds, allRuleMetas, fixAll };
export * from './core/types';
export * from './core/config';
export * from './core/locations';
export { docsUrl, REPOSITORY_URL } from './core/rule';
export { applyEdits, editsOverlap } from './core/edits';
export { LineIndex } from './core/text';
export { type ChunkCache } from './kinds/md/markdown';

export interface CheckOptions {
  kind: FileKind;
  config: Config;
  env: Environment;
  cache?: ChunkCache;
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
export function checkTextAsync(text: string, options: CheckOptions & { yieldControl: () => Promise<void> }): Promise<LintResult | undefined> {
  return lintTextAsync(text, { ...options, rules: allRules });
}

/** Applies every safe fix until the text stops changing. */
export function fixText(text: string, options: CheckOptions): { text: string; applied: number } {
  return fixAll(text, (t) => checkText(t, { ...options, cache: undefined }).findings);
}

export type { Finding, LintResult };
export type { RuleFailure } from './core/runner';

export { parseDocument, ParseMemo, sharingDocuments, type AnyDocument } from './core/documents';
export { disableFileEdit, disableLineEdit, COMMENT_SYNTAX } from './core/directives';
export * from './kinds/md/generate';
export { generateInsights, REPOSITORY_STATUSES, type InsightsAnswers } from './kinds/si/generate';

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
