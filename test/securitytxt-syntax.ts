/** Shared by the grammar tests: which rules enforce the grammar of RFC 9116 §4, and their errors by line. */
import { checkText, DEFAULT_CONFIG } from '../server/src';
import { LineIndex } from '../server/src/core/text';
import { TODAY } from './helpers';

/**
 * The rules that report what the ABNF of RFC 9116 §4 (and the prose it defers to) refuses. chained-values is not
 * one: a comma is allowed in a URI, and "a, mailto:b" being two values is a reading of §2's prose.
 */
export const SYNTAX_RULES = new Set([
  'field-syntax',
  'value-not-uri',
  'expires-format',
  'preferred-languages',
  'signature-envelope',
  'missing-final-newline',
  'no-contact',
  'expires-missing',
  'expires-multiple',
  'bom',
  'not-utf8',
]);

export interface SyntaxError {
  ruleId: string;
  /** 1-based. */
  line: number;
  message: string;
}

/** The error-severity findings of the syntax rules, with their lines. */
export function syntaxErrors(text: string): SyntaxError[] {
  const lines = new LineIndex(text);
  return checkText(text, {
    kind: 'txt',
    config: DEFAULT_CONFIG,
    env: { today: TODAY, relativePath: '.well-known/security.txt' },
  })
    .findings.filter((f) => f.severity === 'error' && SYNTAX_RULES.has(f.ruleId))
    .map((f) => ({ ruleId: f.ruleId, line: lines.positionAt(f.start).line + 1, message: f.message }));
}
