/**
 * What a rule is: typed metadata plus a check for each kind of file it reads.
 *
 * The contract a rule keeps (test/rule-contract.test.ts checks it):
 * - No state from one call to the next: no module-level variable, no module-level collection that a check changes.
 *   Constant tables are fine. Whatever a check works out comes from the document and its context alone.
 * - The outside world only through `context.env` (today, the path, the workspace's files and facts): a check reads
 *   no clock, file or network of its own. The CLI replays a rule's findings on a document met again in another
 *   repository when every fact it read is the same there (core/replays.ts), which is only right under this contract.
 * - Findings only through `context.report`, with offsets into the document's text.
 */
import type { AnyDocument, DocumentOfKind } from './documents';
import type { Environment, ReportInput, RuleMeta } from './types';
import { FILE_KINDS, type FileKind } from './kind';

import { repository } from '../../../package.json';

/** The project's repository, as package.json names it (the bundler keeps only this field of the file). */
export const REPOSITORY_URL = repository.url.replace(/\.git$/, '');
export const DOCS_BASE_URL = `${REPOSITORY_URL}/blob/main/docs/rules/`;

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export interface RuleContext {
  env: Environment;
  report(finding: ReportInput): void;
}

export type Check<K extends FileKind> = (doc: DocumentOfKind[K], context: RuleContext) => void;

/** One check per kind of file: `md` reads SECURITY.md, `txt` reads security.txt. */
export type RuleChecks = { [K in FileKind]?: Check<K> };

/**
 * A check of a repository as a whole rather than of a file in it: what the repository lacks (no SECURITY.md where
 * GitHub looks). It runs once per repository, reads only `context.env` (its `workspaceFiles`, the
 * `inheritedPolicy`), and reports at offset 0 of no text. `kind`: the kind of file it is about, whose severities,
 * catalog and docs it shares.
 */
export interface RepositoryCheck {
  kind: FileKind;
  check: (context: RuleContext) => void;
}

export interface Rule extends RuleChecks {
  /** Metadata; `kinds` lists exactly the kinds the rule has a check for (a repository check's kind included). */
  meta: RuleMeta;
  repository?: RepositoryCheck;
}

/**
 * A rule file's shape: the kinds it checks follow from its checks, so its docs cannot claim others. They are read
 * when asked, in the order the kinds are registered (a rule is defined before its kinds are registered).
 */
export function defineRule(rule: RuleChecks & { meta: Omit<RuleMeta, 'kinds'>; repository?: RepositoryCheck }): Rule {
  const meta = { ...rule.meta } as RuleMeta;
  Object.defineProperty(meta, 'kinds', {
    enumerable: true,
    get: () => FILE_KINDS.filter((kind) => rule[kind] !== undefined || rule.repository?.kind === kind),
  });
  return { ...rule, meta };
}

/** The rule's check for a kind of file, if it has one. */
export function checkFor<K extends FileKind>(
  rule: Rule,
  kind: K,
): ((doc: AnyDocument & DocumentOfKind[K], context: RuleContext) => void) | undefined {
  return rule[kind] as Check<K> | undefined;
}
