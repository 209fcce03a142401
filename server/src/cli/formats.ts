/**
 * The CLI's output formats: text for people, JSON and JSON Lines for scripts, SARIF 2.1.0 for code-scanning
 * dashboards, GitHub workflow commands for annotations, and a Markdown summary per repository for reports.
 * The findings of a file as the formats share them are a FileReport; ./reporters.ts writes them.
 */
import { LineIndex, type FileKind, type Finding, type Severity } from '../index';
import { localizedMessage } from '../core/messages';
import { quotePath } from './quote-path';

declare const PACKAGE_VERSION: string;
export const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';
export const FORMATS = ['text', 'json', 'jsonl', 'sarif', 'github', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface FileReport {
  file: string;
  kind: FileKind;
  /** A local security.txt compared with its deployed copy: the unified diff from that copy to this file. */
  diff?: string;
  /**
   * The file does not exist: the findings are the repository's own, about its absence (security-md-missing), on the
   * path where it belongs, at line 1, column 1.
   */
  missing?: true;
  diagnostics: Array<{
    rule: string;
    severity: Severity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** A fix exists (a quick fix in the editor). */
    fixable: boolean;
    /** The fix is safe, so `check --fix` applies it. */
    safeFix: boolean;
    /**
     * With `--locale`: the message in that language, where core/messages has it; the formats that keep the English
     * message show it beside, the others instead (./locale.ts).
     */
    localizedMessage?: string;
  }>;
}

/**
 * A path that could not be checked, and why (`cannot be read (permission denied)`): an error in every format, and
 * exit code 2. In JSON it is an entry `{ "file", "error", "diagnostics": [] }` among the files' reports.
 */
export interface PathError {
  file: string;
  error: string;
}

/** A path error as people read it (text output, stderr): `.github: cannot be read (permission denied).` */
export const pathErrorLine = (e: PathError): string => `${quotePath(e.file)}: ${e.error}.`;

/** Findings as 1-based lines and columns, with their messages in `locale` where core/messages has them. */
export function fileReport(
  file: string,
  kind: FileKind,
  text: string,
  findings: readonly Finding[],
  locale?: string,
): FileReport {
  const lines = new LineIndex(text);
  return {
    file,
    kind,
    diagnostics: findings.map((f) => {
      const s = lines.positionAt(f.start);
      const e = lines.positionAt(f.end);
      const localized = localizedMessage(f, locale);
      return {
        rule: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        fixable: f.fix !== undefined,
        safeFix: f.fix?.safe === true,
        ...(localized !== f.message && { localizedMessage: localized }),
      };
    }),
  };
}
