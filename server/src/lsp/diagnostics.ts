/**
 * Checking open documents: findings to LSP diagnostics (with their fixes in `data`), a check that gives way to
 * newer edits, and the last findings of each document for the code actions. The check itself is the Checker's.
 */
import { DiagnosticSeverity, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  docsUrl,
  policyLanguageOf,
  type Config,
  type Environment,
  type FileKind,
  type Finding,
  type RuleFailure,
  type Severity,
} from '../index';
import { DIAGNOSTIC_SOURCE, type StatusParams } from '../protocol';
import { localizedMessage } from '../core/messages';
import { localizedFixTitle } from '../core/messages/fixes';
import type { Checker } from './checker';

/**
 * Before checking a large document, wait this long for edits already on their way (a burst of typing arrives in
 * several reads of the pipe): a check they overtake would parse the whole document for nothing.
 */
const SETTLE_THRESHOLD = 64 * 1024;
const SETTLE_MS = 16;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for its quick fix. */
export interface DiagnosticData {
  fix?: { title: string; edits: LspTextEdit[]; safe: boolean };
}

/**
 * A finding as a diagnostic, its message and its fix's title in `locale` where they have that language (core/messages,
 * core/messages/fixes): the code actions take the title from here.
 */
export function toDiagnostic(document: TextDocument, f: Finding, locale?: string): Diagnostic {
  const range = { start: document.positionAt(f.start), end: document.positionAt(f.end) };
  const data: DiagnosticData = {};
  if (f.fix) {
    data.fix = {
      title: localizedFixTitle({ ruleId: f.ruleId, fix: f.fix }, locale),
      safe: f.fix.safe,
      edits: f.fix.edits.map((e) => ({
        range: { start: document.positionAt(e.start), end: document.positionAt(e.end) },
        newText: e.newText,
      })),
    };
  }
  return {
    range,
    severity: SEVERITY[f.severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.ruleId,
    codeDescription: { href: docsUrl(f.ruleId) },
    message: localizedMessage(f, locale),
    data,
  };
}

/** Per open document: the findings of its last completed check. */
export interface DocumentState {
  pushTimer?: ReturnType<typeof setTimeout>;
  last?: { version: number; findings: Finding[] };
}

export interface CheckInput {
  document: TextDocument;
  kind: FileKind;
  config: Config;
  env: Environment;
  state: DocumentState;
  checker: Checker;
  /** True once the result would be outdated (a newer version, a cancelled request). */
  isStale: () => boolean;
  /** The client's interface language, for the messages. */
  locale?: string;
}

export interface CheckOutput {
  diagnostics: Diagnostic[];
  failures: RuleFailure[];
  status: StatusParams;
}

/** Checks a document's current text; undefined when it became stale on the way. */
export async function checkDocument({
  document,
  kind,
  config,
  env,
  state,
  checker,
  isStale,
  locale,
}: CheckInput): Promise<CheckOutput | undefined> {
  if (document.getText().length >= SETTLE_THRESHOLD) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    if (isStale()) return undefined;
  }
  const text = document.getText();
  const started = performance.now();
  const result = await checker.check({ uri: document.uri, text, kind, config, env }, isStale);
  if (!result || isStale()) return undefined;
  state.last = { version: document.version, findings: result.findings };
  return {
    diagnostics: result.findings.map((f) => toDiagnostic(document, f, locale)),
    failures: result.failures,
    status: {
      uri: document.uri,
      profile: config.profile,
      checkedAt: new Date().toISOString(),
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      problems: result.findings.length,
      language: kind === 'md' ? policyLanguageOf(text) : undefined,
    },
  };
}
