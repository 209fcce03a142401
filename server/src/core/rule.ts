/** What a rule is: typed metadata plus a check for each kind of file it reads. */
import type { AnyDocument, DocumentOfKind } from './documents';
import { FILE_KINDS, type Environment, type FileKind, type ReportInput, type RuleMeta } from './types';

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

export interface Rule extends RuleChecks {
  /** Metadata; `kinds` lists exactly the kinds the rule has a check for. */
  meta: RuleMeta;
}

/** A rule file's shape: the kinds it checks follow from its checks, so its docs cannot claim others. */
export function defineRule(rule: RuleChecks & { meta: Omit<RuleMeta, 'kinds'> }): Rule {
  const kinds = FILE_KINDS.filter((kind) => rule[kind] !== undefined);
  return { ...rule, meta: { ...rule.meta, kinds } };
}

/** The rule's check for a kind of file, if it has one. */
export function checkFor<K extends FileKind>(rule: Rule, kind: K): ((doc: AnyDocument & DocumentOfKind[K], context: RuleContext) => void) | undefined {
  return rule[kind] as Check<K> | undefined;
}
