/** The engine's public face: check a document's text under a configuration. No editor, no transport, no I/O. */
import { markdownRules, knownRuleIds, allRuleMetas } from '../rules';
import { lintMarkdown, lintMarkdownAsync, fixAll, type LintResult } from './runner';
import type { ChunkCache } from './markdown';
import type { Config } from './config';
import type { Environment, FileKind, Finding } from './types';

export { markdownRules, knownRuleIds, allRuleMetas, fixAll };
export * from './types';
export * from './config';
export { fileKindOf } from './workspace';
export { docsUrl } from './rule';
export { applyEdits } from './edits';
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
  if (options.kind === 'md') {
    return lintMarkdown(text, { rules: markdownRules, config: options.config, env: options.env, cache: options.cache, isCancelled: options.isCancelled });
  }
  return { findings: [], failures: [] };
}

/** Like checkText, yielding between rules; undefined when `isCancelled` said so. */
export function checkTextAsync(text: string, options: CheckOptions & { yieldControl: () => Promise<void> }): Promise<LintResult | undefined> {
  if (options.kind === 'md') {
    return lintMarkdownAsync(text, { ...options, rules: markdownRules });
  }
  return Promise.resolve({ findings: [], failures: [] });
}

/** Applies every safe fix until the text stops changing. */
export function fixText(text: string, options: CheckOptions): { text: string; applied: number } {
  return fixAll(text, (t) => checkText(t, { ...options, cache: undefined }).findings);
}

export type { Finding, LintResult };
