/**
 * What the HTML report shows, gathered from the results as they come: the headline's numbers, the repositories per
 * OSPS Baseline level, the rules by how many repositories they report in, and every repository's row and findings
 * in a compact form for the page's script. Strings (files, messages) are kept once and named by number: an
 * organisation's repositories share most of their messages, which keeps 10,000 repositories in a few megabytes.
 */
import { docsUrl, type Severity } from '../../index';
import type { UnitResult } from '../check-unit';
import { foundParts, presentReports } from '../listing';
import { quotePath } from '../quote-path';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** A finding: file, line, column, severity, rule and message, the strings by their number. */
export type CompactFinding = [
  file: number,
  line: number,
  column: number,
  severity: number,
  rule: number,
  message: number,
];

/** A repository's row: name, files found, level (0: none), errors, warnings, info, hints, and its findings. */
export type CompactRow = [
  name: string,
  found: string,
  level: number,
  errors: number,
  warnings: number,
  info: number,
  hints: number,
  findings: CompactFinding[],
];

/** The data the page's script reads: strings, rules (id and page), severities, and the rows. */
export interface ReportData {
  strings: string[];
  rules: Array<[id: string, page: string]>;
  severities: readonly Severity[];
  rows: CompactRow[];
}

export interface Headline {
  repositories: number;
  withPolicy: number;
  /** Repositories whose highest level met is each of none, L1, L2, L3. */
  levels: [number, number, number, number];
  counts: Record<Severity, number>;
  unchecked: number;
}

/** Numbers strings and rules in the order they are first met. */
class Interned {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(s, i);
      this.list.push(s);
    }
    return i;
  }
}

export class ReportModel {
  private readonly strings = new Interned();
  private readonly rules = new Interned();
  readonly rows: CompactRow[] = [];
  /** Per rule: repositories it reports in, and findings. */
  readonly ruleCounts = new Map<string, { repositories: number; findings: number }>();
  readonly headline: Headline = {
    repositories: 0,
    withPolicy: 0,
    levels: [0, 0, 0, 0],
    counts: { error: 0, warning: 0, info: 0, hint: 0 },
    unchecked: 0,
  };

  add(result: UnitResult): void {
    const h = this.headline;
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    const findings: CompactFinding[] = [];
    const rulesHere = new Set<string>();
    for (const report of result.reports) {
      const file = this.strings.of(quotePath(report.file));
      for (const d of report.diagnostics) {
        counts[d.severity]++;
        rulesHere.add(d.rule);
        const rule = this.rules.of(d.rule);
        const severity = SEVERITY_ORDER.indexOf(d.severity);
        findings.push([file, d.line, d.column, severity, rule, this.strings.of(d.message)]);
        const c = this.ruleCounts.get(d.rule) ?? { repositories: 0, findings: 0 };
        c.findings++;
        this.ruleCounts.set(d.rule, c);
      }
    }
    for (const rule of rulesHere) this.ruleCounts.get(rule)!.repositories++;
    for (const s of SEVERITY_ORDER) h.counts[s] += counts[s];
    h.repositories++;
    h.unchecked += result.errors.length;
    if (result.inherited || presentReports(result.reports).some((r) => r.kind === 'md')) h.withPolicy++;
    const level = result.level ?? 0;
    h.levels[level]++;
    const name = `${quotePath(result.repository)}${result.orgDefaults ? " (the organisation's defaults)" : ''}`;
    // What was found, as the Markdown table says it (./listing.ts).
    const found = foundParts(result).join('; ') || 'none';
    this.rows.push([name, found, level, counts.error, counts.warning, counts.info, counts.hint, findings]);
  }

  /** The rules that report in the most repositories, then by findings, then by id. */
  topRules(limit: number): Array<{ rule: string; repositories: number; findings: number }> {
    return [...this.ruleCounts]
      .map(([rule, c]) => ({ rule, ...c }))
      .sort((a, b) => b.repositories - a.repositories || b.findings - a.findings || (a.rule < b.rule ? -1 : 1))
      .slice(0, limit);
  }

  data(): ReportData {
    return {
      strings: this.strings.list,
      rules: this.rules.list.map((id) => [id, docsUrl(id)]),
      severities: SEVERITY_ORDER,
      rows: this.rows,
    };
  }
}
