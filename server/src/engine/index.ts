/** The engine's public face: check a document's text under a configuration. No editor, no transport, no I/O. */
import { markdownRules, allRules, knownRuleIds, allRuleMetas } from '../rules';
import { lintText, lintTextAsync, fixAll, type LintResult } from './runner';
import type { ChunkCache } from './markdown';
import { PolicyDocument } from './policy';
import type { Config } from './config';
import type { Environment, FileKind, Finding } from './types';

export { markdownRules, allRules, knownRuleIds, allRuleMetas, fixAll };
export * from './types';
export * from './config';
export { fileKindOf } from './workspace';
export { docsUrl } from './rule';
export { applyEdits, editsOverlap } from './edits';
export { LineIndex } from './text';
export type { ChunkCache } from './markdown';

export interface CheckOptions {
  kind: FileKind;
  config: Config;
  env: Environment;
  cache?: ChunkCache;
  isCancelled?: () => boolean;
}

export function checkText(text: string, options: CheckOptions): LintResult {
  return lintText(text, { rules: allRules, kind: options.kind, config: options.config, env: options.env, cache: options.cache, isCancelled: options.isCancelled });
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

export { parseDocument, type AnyDocument } from './documents';
export { disableFileEdit, disableLineEdit, COMMENT_SYNTAX } from './directives';
export * from './generate';

/** The contacts a SECURITY.md names, as URIs (mailto: for emails), for comparing with security.txt. */
export function policyContactsOf(markdown: string): string[] {
  const doc = new PolicyDocument(markdown);
  const out = new Set<string>();
  for (const c of doc.channels) {
    if (c.kind === 'email') out.add(`mailto:${c.value}`);
    else if (c.private && /^https:\/\//i.test(c.value)) out.add(c.value);
  }
  return [...out];
}
