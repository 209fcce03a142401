/** Runs the rules over a document: severities from the configuration, disable comments, crash isolation. */
import type { Environment, FileKind, Finding, Fix, SeverityOrOff } from './types';
import { effectiveSeverity, type Config } from './config';
import { PolicyDocument } from './policy';
import type { Rule } from './rule';
import { SecurityTxtDocument } from './securitytxt';
import type { ChunkCache } from './markdown';
import { applyEdits, editsOverlap } from './edits';
import type { LineIndex } from './text';

export interface RuleFailure {
  ruleId: string;
  error: unknown;
}

export interface LintResult {
  findings: Finding[];
  /** Rules that threw; the others still reported. */
  failures: RuleFailure[];
}

export interface LintOptions {
  config: Config;
  env: Environment;
  rules: readonly Rule[];
  /** The kind of file (default md). */
  kind?: FileKind;
  /** Reused across versions of one document so only changed chunks are parsed again. */
  cache?: ChunkCache;
  /** Checked between rules; when it returns true the run stops early and returns what it has. */
  isCancelled?: () => boolean;
}

export function lintText(text: string, options: LintOptions): LintResult {
  const steps = lintSteps(text, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
  }
}

/**
 * The same run, giving control back between rules (`yieldControl`), so a server can answer other messages and
 * notice that the document changed. Returns undefined when cancelled.
 */
export async function lintTextAsync(
  text: string,
  options: LintOptions & { yieldControl: () => Promise<void> },
): Promise<LintResult | undefined> {
  const steps = lintSteps(text, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await options.yieldControl();
    if (options.isCancelled?.()) return undefined;
  }
}

function* lintSteps(text: string, options: LintOptions): Generator<void, LintResult> {
  const kind = options.kind ?? 'md';
  const doc = kind === 'txt' ? new SecurityTxtDocument(text) : new PolicyDocument(text, options.cache);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const signatureNote = doc instanceof SecurityTxtDocument && doc.signed ? ' (the signature must then be renewed)' : '';
  for (const rule of options.rules) {
    if (options.isCancelled?.()) break;
    const run =
      doc instanceof SecurityTxtDocument
        ? rule.checkTxt && ((ctx: Parameters<NonNullable<Rule['checkTxt']>>[1]) => rule.checkTxt!(doc, ctx))
        : rule.check && ((ctx: Parameters<NonNullable<Rule['check']>>[1]) => rule.check!(doc, ctx));
    if (!run) continue;
    const severity: SeverityOrOff = effectiveSeverity(rule.meta, options.config, kind);
    if (severity === 'off') continue;
    const found: Finding[] = [];
    try {
      run({
        env: options.env,
        report: (r) => {
          const start = clamp(r.start, text.length);
          const end = clamp(Math.max(r.end, r.start), text.length);
          const fix = r.fix && signatureNote ? { ...r.fix, title: r.fix.title + signatureNote } : r.fix;
          found.push({ ruleId: rule.meta.id, message: r.message, severity, start, end, fix });
        },
      });
      findings.push(...found);
    } catch (error) {
      failures.push({ ruleId: rule.meta.id, error });
    }
    yield;
  }
  const suppress = disabledRanges(commentsOf(doc), doc.lines);
  const kept = findings.filter((f) => !suppress.some((s) => s.matches(f)));
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: kept, failures };
}

interface DirectiveComment {
  body: string;
  start: number;
  end: number;
}

/** HTML comments in Markdown; `#` comment lines in security.txt. */
function commentsOf(doc: PolicyDocument | SecurityTxtDocument): DirectiveComment[] {
  if (doc instanceof PolicyDocument) return doc.markdown.comments;
  return doc.body
    .filter((l) => l.kind === 'comment')
    .map((l) => ({ body: doc.text.slice(l.contentStart + 1, l.end).trim(), start: l.start, end: l.end }));
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(Number.isFinite(n) ? n : 0, max));
}

const DIRECTIVE = /^security-policy-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

interface Suppression {
  matches(f: Finding): boolean;
}

/**
 * `<!-- security-policy-disable [ids] -->` … `<!-- security-policy-enable [ids] -->`, and
 * `<!-- security-policy-disable-line [ids] -->` / `<!-- security-policy-disable-next-line [ids] -->`.
 * No ids means every rule.
 */
function disabledRanges(comments: DirectiveComment[], lines: LineIndex): Suppression[] {
  const out: Suppression[] = [];
  const open = new Map<string, number>(); // rule id or '*' → start offset
  const lineOf = (offset: number): number => lines.positionAt(offset).line;
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const ids = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    const matchesRule = (f: Finding): boolean => ids.length === 0 || ids.includes(f.ruleId);
    if (m[1] === 'disable-line' || m[1] === 'disable-next-line') {
      const line = lineOf(c.start) + (m[1] === 'disable-next-line' ? lineOf(c.end) - lineOf(c.start) + 1 : 0);
      out.push({ matches: (f) => lineOf(f.start) === line && matchesRule(f) });
    } else if (m[1] === 'disable') {
      for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, c.start);
    } else {
      for (const id of ids.length ? ids : [...open.keys()]) {
        const from = open.get(id);
        if (from === undefined) continue;
        open.delete(id);
        const to = c.end;
        out.push({ matches: (f) => f.start >= from && f.start < to && (id === '*' || f.ruleId === id) });
      }
    }
  }
  const first = comments.length > 0 ? firstContentOffset(lines.text) : -1;
  for (const [id, from] of open) {
    // A disable comment at the top of the file covers findings anchored at the very start too.
    const start = from === first ? 0 : from;
    out.push({ matches: (f) => f.start >= start && (id === '*' || f.ruleId === id) });
  }
  return out;
}

function firstContentOffset(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

/**
 * Applies every safe fix until nothing changes (at most `maxPasses` rounds), choosing non-overlapping fixes
 * in document order each round. Returns the final text and how many fixes were applied.
 */
export function fixAll(
  text: string,
  lint: (text: string) => Finding[],
  filter: (f: Finding) => boolean = () => true,
  maxPasses = 10,
): { text: string; applied: number } {
  let applied = 0;
  let current = text;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes: Fix[] = [];
    for (const f of lint(current)) {
      if (!f.fix || !f.fix.safe || !filter(f)) continue;
      if (fixes.some((g) => editsOverlap(g.edits, f.fix!.edits))) continue;
      fixes.push(f.fix);
    }
    if (fixes.length === 0) break;
    const next = applyEdits(current, fixes.flatMap((f) => f.edits));
    if (next === current) break;
    current = next;
    applied += fixes.length;
  }
  return { text: current, applied };
}
