/** What a rule is: typed metadata plus a check over one document kind. */
import type { Environment, ReportInput, RuleMeta } from './types';
import type { PolicyDocument } from './policy';

export const DOCS_BASE_URL = 'https://github.com/security-policy/security-policy/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export interface RuleContext {
  env: Environment;
  report(finding: ReportInput): void;
}

export interface MarkdownRule {
  meta: RuleMeta;
  check(doc: PolicyDocument, context: RuleContext): void;
}

/** Identity helper that gives rule files type checking and a uniform shape. */
export function defineMarkdownRule(rule: MarkdownRule): MarkdownRule {
  return rule;
}
