/** Runs the rules over a document: severities from the configuration, disable comments, crash isolation. */
import { reportedFixTitle, reportedMessage } from './message-text';
import type { Environment, FileKind, Finding, Fix, FixInput, ReportInput, Severity, SeverityOrOff } from './types';
import { effectiveSeverity, type Config } from './config';
import { isRemembered, parseDocument, type AnyDocument } from './documents';
import { DocumentReplays } from './replays';
import { checkFor, type Rule, type RuleContext } from './rule';
import { BoundedMap, CACHE_BUDGETS } from './caches';
import { kindDescriptor, registryVersion, type FixNote, type ParseCache } from './kind';
import { applyEdits, editsOverlap } from './edits';
import { directiveUse } from './directives';
import { UNUSED_DIRECTIVE_RULE_ID, unusedDirectiveFindings } from './directive-findings';
import { capFindings, MAX_FINDINGS_KEPT } from './limits';

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
  kind: FileKind;
  /** Reused across versions of one document so only changed chunks are parsed again. */
  cache?: ParseCache;
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
  // Give way once before parsing: during a burst of edits, a newer version (or a cancellation) is often already
  // waiting, and parsing a large document only to drop the result is what made the server slow to answer.
  await options.yieldControl();
  if (options.isCancelled?.()) return undefined;
  const steps = lintSteps(text, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await options.yieldControl();
    if (options.isCancelled?.()) return undefined;
  }
}

interface PlannedRule {
  id: string;
  messages?: Readonly<Record<string, string>>;
  fixTitles?: Readonly<Record<string, string>>;
  check: (doc: AnyDocument, context: RuleContext) => void;
  severity: Severity;
}

/** A rule's fix as its finding carries it: the English title formed from its title id, the kind's note added. */
function formedFix(rule: PlannedRule, fix: FixInput, note: FixNote | undefined): Fix {
  const { title, titleId, titleValues } = reportedFixTitle(rule.id, rule.fixTitles, fix);
  const { edits, safe } = fix;
  // One object literal per shape, in the keys' order: spreading objects of several shapes was a slow path (bench g).
  const formed: Fix =
    titleId === undefined
      ? { title, edits, safe }
      : titleValues === undefined
        ? { title, titleId, edits, safe }
        : { title, titleId, titleValues, edits, safe };
  return note ? { ...formed, title: formed.title + note.text, noteId: note.id } : formed;
}

/** A rule's report as a finding: the English message formed from its message id, one object literal per shape. */
function formedFinding(rule: PlannedRule, r: ReportInput, start: number, end: number, fix: Fix | undefined): Finding {
  const { id: ruleId, severity } = rule;
  const { message, messageId, values } = reportedMessage(ruleId, rule.messages, r);
  return messageId === undefined
    ? { ruleId, message, severity, start, end, fix }
    : values === undefined
      ? { ruleId, message, messageId, severity, start, end, fix }
      : { ruleId, message, messageId, values, severity, start, end, fix };
}

/** Plans by rule set, then by kind and configuration: a check of many files works out severities once. */
const plans = new WeakMap<readonly Rule[], BoundedMap<string, PlannedRule[]>>();

/** The rules that run on a kind of file under a configuration, in order, each with its severity. */
function planFor(rules: readonly Rule[], kind: FileKind, config: Config): PlannedRule[] {
  let byConfig = plans.get(rules);
  if (!byConfig) plans.set(rules, (byConfig = new BoundedMap<string, PlannedRule[]>(CACHE_BUDGETS.plans)));
  const key = `${registryVersion()} ${kind} ${config.profile} ${JSON.stringify(config.rules)}`;
  let plan = byConfig.get(key);
  if (plan) return plan;
  plan = [];
  for (const rule of rules) {
    const check: PlannedRule['check'] | undefined = checkFor(rule, kind);
    const severity: SeverityOrOff = effectiveSeverity(rule.meta, config, kind);
    if (check && severity !== 'off')
      plan.push({ id: rule.meta.id, messages: rule.meta.messages, fixTitles: rule.meta.fixTitles, check, severity });
  }
  byConfig.set(key, plan);
  return plan;
}

function* lintSteps(text: string, options: LintOptions): Generator<void, LintResult> {
  const kind = options.kind;
  const doc = parseDocument(kind, text, options.cache);
  const findings: Finding[] = [];
  let uncounted = 0;
  const failures: RuleFailure[] = [];
  // What every fix on this document must say (an edit to a signed security.txt invalidates its signature).
  const fixNote = kindDescriptor(kind).fixNote?.(doc);
  let running: PlannedRule | undefined;
  // A document the memo keeps, to be met again in another repository, keeps each rule's findings for a replay.
  const replays = isRemembered(doc) ? new DocumentReplays(doc, options.env) : undefined;
  const context = {
    env: replays?.env ?? options.env,
    report: (r: ReportInput) => {
      const start = clamp(r.start, text.length);
      const end = clamp(Math.max(r.end, r.start), text.length);
      const fix = r.fix && formedFix(running!, r.fix, fixNote);
      // Past what could ever be listed, findings are only counted: a crafted file can make millions.
      if (findings.length >= MAX_FINDINGS_KEPT) {
        uncounted++;
        return;
      }
      findings.push(formedFinding(running!, r, start, end, fix));
    },
  };
  const plan = planFor(options.rules, kind, options.config);
  let stopped = false;
  for (const planned of plan) {
    if ((stopped = options.isCancelled?.() === true)) break;
    running = planned;
    const before = findings.length;
    const replay = replays?.find(planned);
    if (replay) {
      findings.push(...replay);
      continue;
    }
    try {
      replays?.start();
      planned.check(doc, context);
      replays?.keep(planned, findings.slice(before));
    } catch (error) {
      // What a failing rule reported before it threw is dropped with it.
      findings.length = before;
      failures.push({ ruleId: planned.id, error });
    }
    yield;
  }
  const use = directiveUse(kind, doc);
  const kept = findings.filter((f) => !use.suppressed(f));
  const unusedRule = plan.find((p) => p.id === UNUSED_DIRECTIVE_RULE_ID);
  // Only a complete run knows that a directive suppressed nothing.
  if (unusedRule && !stopped && uncounted === 0) {
    const ran = new Set(plan.filter((p) => !failures.some((f) => f.ruleId === p.id)).map((p) => p.id));
    kept.push(...unusedDirectiveFindings(doc, use, ran, unusedRule.severity));
  }
  kept.sort(byPlace);
  return { findings: capFindings(kept, options.config, uncounted), failures };
}

/**
 * Findings in document order, then by rule. Rule ids are lower-case ASCII, where code-unit order is the collation's
 * order; localeCompare's first call loads ICU's collator, about 11 ms of every CLI run.
 */
function byPlace(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(Number.isFinite(n) ? n : 0, max));
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
    const next = applyEdits(
      current,
      fixes.flatMap((f) => f.edits),
    );
    if (next === current) break;
    current = next;
    applied += fixes.length;
  }
  return { text: current, applied };
}
