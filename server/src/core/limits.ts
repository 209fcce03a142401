/**
 * Bounds on what one check of one file produces, whatever the file: the findings listed (a crafted 2 MB
 * security.txt once gave 81 MB of JSON), and the rule that says a bound was met.
 */
import type { Config } from './config';
import { MAX_FILE_BYTES } from './locations';
import type { Finding } from './types';

/** Findings listed per file at most; the rest are counted in one last finding. */
export const MAX_FINDINGS_PER_FILE = 500;

/** Findings kept while rules run, at most; those past it are counted, not kept (a file can make millions). */
export const MAX_FINDINGS_KEPT = 20 * MAX_FINDINGS_PER_FILE;

/**
 * Open documents larger than this (UTF-8 bytes) are not checked in the editor: a worst-case document of this size
 * keeps the language server under 512 MB (`npm run bench`, (i)), where one of MAX_FILE_BYTES would not. The CLI,
 * one file at a time, checks up to MAX_FILE_BYTES.
 */
export const MAX_EDITOR_DOCUMENT_BYTES = 2 * 1024 * 1024;

/** The UTF-8 length of `text`, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Two code units of a surrogate pair are 4 bytes: 1 + 1 counted, 1 + 1 more here.
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** Why the editor does not check `text`, or undefined when it does (it is at most MAX_EDITOR_DOCUMENT_BYTES). */
export function tooLargeForEditor(text: string): string | undefined {
  // A UTF-8 byte per UTF-16 code unit at least, three at most: most documents are decided without counting.
  if (text.length * 3 <= MAX_EDITOR_DOCUMENT_BYTES) return undefined;
  const bytes = utf8Length(text);
  if (bytes <= MAX_EDITOR_DOCUMENT_BYTES) return undefined;
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `This file is not checked in the editor: it is ${mb(bytes)}, and the editor checks security files up to ${mb(MAX_EDITOR_DOCUMENT_BYTES)} (a policy is a few kilobytes). Run \`security-policy check\` on it to check files up to ${mb(MAX_FILE_BYTES)}.`;
}

/** The rule that reports a bound met (../rules/check-limits.ts). */
export const LIMITS_RULE_ID = 'check-limits';

/**
 * `findings` (sorted) cut to MAX_FINDINGS_PER_FILE, with a last finding saying how many more there were, counting
 * the `uncounted` ones that were never kept.
 */
export function capFindings(findings: Finding[], config: Config, uncounted = 0): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_FILE) return findings;
  const kept = findings.slice(0, MAX_FINDINGS_PER_FILE);
  const severity = config.rules[LIMITS_RULE_ID] ?? 'info';
  if (severity === 'off') return kept;
  const first = findings[MAX_FINDINGS_PER_FILE];
  const more = findings.length - MAX_FINDINGS_PER_FILE + uncounted;
  kept.push({
    ruleId: LIMITS_RULE_ID,
    severity,
    message: `${more.toLocaleString('en-US')} more findings from here on are not listed: a file shows at most ${MAX_FINDINGS_PER_FILE}. Fix these first (often one mistake repeated) and check again.`,
    start: first.start,
    end: first.end,
  });
  return kept;
}
