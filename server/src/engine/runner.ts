/** Runs the rules over a document: severities from the configuration, disable comments, crash isolation. */
import type { Environment, Finding, Fix, SeverityOrOff } from './types';
import { effectiveSeverity, type Config } from './config';
import { PolicyDocument } from './policy';
import type { MarkdownRule } from './rule';
import type { ChunkCache } from './markdown';
import { applyEdits, editsOverlap } from './edits';

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
  rules: readonly MarkdownRule[];
  /** Reused across versions of one document so only changed chunks are parsed again. */
  cache?: ChunkCache;
  /** Checked between rules; when it returns true the run stops early and returns what it has. */
  isCancelled?: () => boolean;
}

export function lintMarkdown(text: string, options: LintOptions): LintResult {
  const steps = lintSteps(text, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
  }
}

/**
 * The same run, giving control back between rules (`yieldControl`), so a server can answer other messages and
 * notice that the document changed. Returns undefined when cancelled.
 */
export async function lintMarkdownAsync(
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
  const doc = new PolicyDocument(text, options.cache);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of options.rules) {
    if (options.isCancelled?.()) break;
    const severity: SeverityOrOff = effectiveSeverity(rule.meta, options.config);
    if (severity === 'off') continue;
    const found: Finding[] = [];
    try {
      rule.check(doc, {
        env: options.env,
        report: (r) => {
          const start = clamp(r.start, text.length);
          const end = clamp(Math.max(r.end, r.start), text.length);
          found.push({ ruleId: rule.meta.id, message: r.message, severity, start, end, fix: r.fix });
        },
      });
      findings.push(...found);
    } catch (error) {
      failures.push({ ruleId: rule.meta.id, error });
    }
    yield;
  }
  const suppress = disabledRanges(doc);
  const kept = findings.filter((f) => !suppress.some((s) => s.matches(f)));
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: kept, failures };
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
function disabledRanges(doc: PolicyDocument): Suppression[] {
  const out: Suppression[] = [];
  const open = new Map<string, number>(); // rule id or '*' → start offset
  const lineOf = (offset: number): number => doc.lines.positionAt(offset).line;
  for (const c of doc.markdown.comments) {
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
  for (const [id, from] of open) {
    // A disable comment at the top of the file covers findings anchored at the very start too.
    const start = from === firstContentOffset(doc) ? 0 : from;
    out.push({ matches: (f) => f.start >= start && (id === '*' || f.ruleId === id) });
  }
  return out;
}

function firstContentOffset(doc: PolicyDocument): number {
  const m = /\S/.exec(doc.text);
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
