/**
 * Writers of the check's results, one per output format. Results arrive one repository at a time; the streamed
 * formats (text, jsonl, github, markdown) write as they arrive, so memory stays flat over thousands of
 * repositories; json and sarif are single documents and are written at the end.
 */
import type { Severity } from '../index';
import type { UnitResult } from './check-unit';
import type { FileReport, Format } from './formats';
import { formatSarif } from './sarif';

export interface Reporter {
  add(result: UnitResult): void;
  end(): void;
}

type Write = (text: string) => void;
/** Findings by severity, files, and findings with a fix (`safe`: one `--fix` applies). */
export type Counts = Record<Severity, number> & { files: number; fixable: number; safe: number };

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function newCounts(): Counts {
  return { error: 0, warning: 0, info: 0, hint: 0, files: 0, fixable: 0, safe: 0 };
}

export const totalOf = (c: Counts): number => c.error + c.warning + c.info + c.hint;

/** Adds the reports' files and findings to `counts`; returns it. */
export function count(counts: Counts, reports: readonly FileReport[]): Counts {
  for (const r of reports) {
    counts.files++;
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      if (d.fixable) counts.fixable++;
      if (d.safeFix) counts.safe++;
    }
  }
  return counts;
}

function summary(c: Counts): string {
  const total = totalOf(c);
  const files = plural(c.files, 'file');
  if (total === 0) return `No problems in ${files}.`;
  const fixable = c.fixable > 0 ? ` ${c.fixable} fixable${c.safe > 0 ? `, ${c.safe} of them by --fix` : ''}.` : '';
  return `${plural(total, 'problem')} (${c.error} error, ${c.warning} warning, ${c.info} info, ${c.hint} hint) in ${files}.${fixable}`;
}

function textReporter(write: Write, color: boolean): Reporter {
  const paint = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const colors: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '90' };
  const counts = newCounts();
  return {
    add(result) {
      count(counts, result.reports);
      for (const r of result.reports) {
        if (r.diagnostics.length === 0) continue;
        const lines = r.diagnostics.map(
          (d) =>
            `  ${`${d.line}:${d.column}`.padEnd(8)} ${paint(colors[d.severity], d.severity.padEnd(7))} ${d.message}  ${paint('90', d.rule)}`,
        );
        write(`${paint('4', r.file)}\n${lines.join('\n')}\n\n`);
      }
    },
    end: () => write(`${summary(counts)}\n`),
  };
}

function documentReporter(write: Write, render: (reports: FileReport[]) => string): Reporter {
  const all: FileReport[] = [];
  return { add: (result) => void all.push(...result.reports), end: () => write(render(all)) };
}

/** One JSON object per finding and line, written as each repository is checked. */
function jsonLinesReporter(write: Write): Reporter {
  return {
    add(result) {
      const lines = result.reports.flatMap((r) =>
        r.diagnostics.map((d) => JSON.stringify({ file: r.file, kind: r.kind, ...d })),
      );
      if (lines.length > 0) write(`${lines.join('\n')}\n`);
    },
    end: () => undefined,
  };
}

/** GitHub's workflow-command escaping: the message escapes line breaks and %, properties also `:` and `,`. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** `::error file=…,line=…,col=…::message` lines that GitHub Actions shows as annotations on the files. */
export function annotation(file: string, d: FileReport['diagnostics'][number]): string {
  const where = `file=${escapeProperty(file)},line=${d.line},endLine=${d.endLine},col=${d.column},endColumn=${d.endColumn}`;
  return `::${COMMANDS[d.severity]} ${where},title=${escapeProperty(`security-policy ${d.rule}`)}::${escapeData(d.message)}`;
}

function githubReporter(write: Write): Reporter {
  const counts = newCounts();
  return {
    add(result) {
      count(counts, result.reports);
      const lines = result.reports.flatMap((r) => r.diagnostics.map((d) => annotation(r.file, d)));
      if (lines.length > 0) write(`${lines.join('\n')}\n`);
    },
    end: () => write(`${summary(counts)}\n`),
  };
}

/** Text made safe for a Markdown table cell: on one line, with Markdown's special characters escaped. */
export const markdownCell = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`);

/** A table of repositories: files found, errors, warnings, and the OSPS Baseline level their files meet. */
function markdownReporter(write: Write): Reporter {
  const counts = newCounts();
  let repositories = 0;
  let started = false;
  return {
    add(result) {
      if (!started) {
        write(
          '| Repository | Files found | Errors | Warnings | Info | OSPS Baseline level met |\n|---|---|---|---|---|---|\n',
        );
        started = true;
      }
      repositories++;
      const c = count(newCounts(), result.reports);
      count(counts, result.reports);
      const files =
        result.reports
          .map((r) => markdownCell(r.file.slice(result.repository === '.' ? 0 : result.repository.length + 1)))
          .join(', ') || 'none';
      const level = result.level ? `L${result.level}` : '—';
      write(`| ${markdownCell(result.repository)} | ${files} | ${c.error} | ${c.warning} | ${c.info} | ${level} |\n`);
    },
    end() {
      if (!started) write('No repositories found.\n');
      else write(`\n${repositories} ${repositories === 1 ? 'repository' : 'repositories'}: ${summary(counts)}\n`);
    },
  };
}

export function reporterFor(format: Format, write: Write, color: boolean): Reporter {
  switch (format) {
    case 'json':
      return documentReporter(write, (all) => `${JSON.stringify(all, null, 2)}\n`);
    case 'sarif':
      return documentReporter(write, formatSarif);
    case 'jsonl':
      return jsonLinesReporter(write);
    case 'github':
      return githubReporter(write);
    case 'markdown':
      return markdownReporter(write);
    default:
      return textReporter(write, color);
  }
}
