/** What a rule is: typed metadata plus a check over one document kind. */
import type { Environment, ReportInput, RuleMeta } from './types';
import type { PolicyDocument } from './policy';
import type { SecurityTxtDocument } from './securitytxt';

export const DOCS_BASE_URL = 'https://github.com/security-policy/security-policy/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export interface RuleContext {
  env: Environment;
  report(finding: ReportInput): void;
}

/** A rule: metadata, and a check for each kind of file it applies to. */
export interface Rule {
  meta: RuleMeta;
  /** SECURITY.md */
  check?(doc: PolicyDocument, context: RuleContext): void;
  /** security.txt */
  checkTxt?(doc: SecurityTxtDocument, context: RuleContext): void;
}

/** Identity helper that gives rule files type checking and a uniform shape. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

