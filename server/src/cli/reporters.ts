/**
 * Writers of the check's results, one per output format. Results arrive one repository at a time; the streamed
 * formats (text, jsonl, github, markdown) write as they arrive, so memory stays flat over thousands of
 * repositories; json and sarif are single documents and are written at the end.
 */
import type { Severity } from '../index';
import type { UnitResult } from './check-unit';
import { count, countResult, FIX_MARK, newCounts, plural, summary, totalOf, type Counts } from './counts';
import { pathErrorLine, type FileReport, type Format, type PathError } from './formats';
import { quotePath } from './quote-path';
import { formatSarif, type SarifNote } from './sarif';
import { foundParts, inheritedText, listingEntry, listingLine } from './listing';
import { htmlReporter } from './html/report';

export interface Reporter {
  add(result: UnitResult): void;
  end(): void;
}

type Write = (text: string) => void;
export { count, newCounts, plural, totalOf, type Counts };
export { inheritedText };

function textReporter(write: Write, color: boolean): Reporter {
  const paint = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const colors: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '90' };
  const counts = newCounts();
  // A finding on a missing file has no place: its position is left blank.
  const line = (d: FileReport['diagnostics'][number], missing?: boolean): string =>
    `  ${(missing ? '' : `${d.line}:${d.column}`).padEnd(8)} ${paint(colors[d.severity], d.severity.padEnd(7))} ${d.safeFix ? `${FIX_MARK} ` : ''}${d.message}  ${paint('90', d.rule)}`;
  return {
    add(result) {
      countResult(counts, result);
      if (result.errors.length > 0) write(`${result.errors.map(pathErrorLine).join('\n')}\n\n`);
      if (result.listing) {
        // The repository, what was found in it, and its own findings (a missing policy) below.
        const own = result.reports.filter((r) => r.missing).flatMap((r) => r.diagnostics.map((d) => line(d, true)));
        const name = `${quotePath(result.repository)}${result.orgDefaults ? " (the organisation's defaults)" : ''}`;
        write(`${paint('4', name)}: ${foundParts(result).join('; ')}\n${own.map((l) => `${l}\n`).join('')}\n`);
      }
      for (const r of result.reports) {
        if ((r.diagnostics.length === 0 && r.diff === undefined) || (r.missing && result.listing)) continue;
        const shown = r.diagnostics.map((d) => line(d, r.missing));
        // A local security.txt compared with its deployed copy: the diff, indented under its findings.
        for (const l of r.diff?.trimEnd().split('\n') ?? []) shown.push(`    ${l}`);
        write(`${paint('4', quotePath(r.file))}\n${shown.join('\n')}\n\n`);
      }
    },
    end: () => write(`${summary(counts, true)}\n`),
  };
}

/** A path that could not be checked, as an entry of the JSON array (among the files' reports). */
const errorEntry = (e: PathError): { file: string; error: string; diagnostics: [] } => ({
  file: e.file,
  error: e.error,
  diagnostics: [],
});

/** A repository as every format lists it, as an entry of the JSON array (and a line of JSON Lines), if listed. */
const repositoryEntry = (result: UnitResult): object[] => {
  const entry = listingEntry(result);
  return entry ? [entry] : [];
};

/**
 * One JSON array of the files' reports, of the paths that could not be checked, and of the repositories as listed
 * (`{ repository, policy, inheritedPolicy?: { from, file }, orgDefaults?, diagnostics: [] }`), in the order met.
 */
function jsonReporter(write: Write): Reporter {
  const all: unknown[] = [];
  return {
    add: (result) =>
      void all.push(
        ...result.errors.map(errorEntry),
        ...repositoryEntry(result).map((e) => ({ ...e, diagnostics: [] })),
        ...result.reports,
      ),
    end: () => write(`${JSON.stringify(all, null, 2)}\n`),
  };
}

function sarifReporter(write: Write): Reporter {
  const reports: FileReport[] = [];
  const errors: PathError[] = [];
  const notes: SarifNote[] = [];
  return {
    add(result) {
      reports.push(...result.reports);
      errors.push(...result.errors);
      const listed = listingLine(result);
      if (listed) notes.push({ text: `${listed}.`, properties: listingEntry(result) as Record<string, unknown> });
      for (const { file, diff } of diffsOf(result))
        notes.push({
          text: `${quotePath(file)}: the diff from its deployed copy.\n${diff}`,
          properties: { file, diff },
        });
    },
    end: () => write(formatSarif(reports, errors, notes)),
  };
}

/** One JSON object per finding and line (and per path that could not be checked), as each repository is checked. */
function jsonLinesReporter(write: Write): Reporter {
  return {
    add(result) {
      const lines = [
        ...result.errors.map((e) => JSON.stringify({ file: e.file, error: e.error })),
        ...repositoryEntry(result).map((e) => JSON.stringify(e)),
        ...result.reports.flatMap((r) => {
          // `{"file":…,"kind":…` once per file, then each diagnostic's own keys: the same bytes as one object each.
          const head = JSON.stringify({ file: r.file, kind: r.kind, ...(r.missing && { missing: true }) }).slice(0, -1);
          return [
            ...r.diagnostics.map((d) => `${head},${JSON.stringify(d).slice(1)}`),
            // A local security.txt compared with its deployed copy: the diff, on a line of its own.
            ...(r.diff === undefined ? [] : [JSON.stringify({ file: r.file, kind: r.kind, diff: r.diff })]),
          ];
        }),
      ];
      if (lines.length > 0) write(`${lines.join('\n')}\n`);
    },
    end: () => undefined,
  };
}

/** GitHub's workflow-command escaping: the message escapes line breaks and %, properties also `:` and `,`. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * `::error file=…,line=…,col=…::message` lines that GitHub Actions shows as annotations on the files. The path is
 * quoted (./quote-path.ts) when it holds control characters: the annotation then names no file of the repository.
 */
export function annotation(file: string, d: FileReport['diagnostics'][number]): string {
  const where = `file=${escapeProperty(quotePath(file))},line=${d.line},endLine=${d.endLine},col=${d.column},endColumn=${d.endColumn}`;
  return `::${COMMANDS[d.severity]} ${where},title=${escapeProperty(`security-policy ${d.rule}`)}::${escapeData(d.message)}`;
}

/** An error annotation for a path that could not be checked. */
export function errorAnnotation(e: PathError): string {
  return `::error file=${escapeProperty(quotePath(e.file))},title=security-policy::${escapeData(pathErrorLine(e))}`;
}

function githubReporter(write: Write): Reporter {
  const counts = newCounts();
  return {
    add(result) {
      countResult(counts, result);
      const lines = [
        ...result.errors.map(errorAnnotation),
        ...[listingLine(result)].flatMap((l) => (l ? [`::notice title=security-policy::${escapeData(l)}`] : [])),
        ...result.reports.flatMap((r) => r.diagnostics.map((d) => annotation(r.file, d))),
        ...diffsOf(result).map(
          ({ file, diff }) =>
            `::notice file=${escapeProperty(quotePath(file))},title=${escapeProperty('security-policy: the diff from the deployed copy')}::${escapeData(diff)}`,
        ),
      ];
      if (lines.length > 0) write(`${lines.join('\n')}\n`);
    },
    end: () => write(`${summary(counts)}\n`),
  };
}

/** The diffs of a result's local security.txt files from their deployed copies (`--compare`, `--online`). */
const diffsOf = (result: UnitResult): Array<{ file: string; diff: string }> =>
  result.reports.flatMap((r) => (r.diff === undefined ? [] : [{ file: r.file, diff: r.diff }]));

/** Text made safe for a Markdown table cell: on one line, with Markdown's special characters escaped. */
export const markdownCell = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`);

/**
 * A table of repositories: files found (and the organisation's policy a repository inherits), errors, warnings,
 * and the OSPS Baseline level their files meet, an inherited policy counted as the repository's own. An
 * organisation's `.github` repository is named as its defaults.
 */
function markdownReporter(write: Write): Reporter {
  const counts = newCounts();
  let repositories = 0;
  let started = false;
  const diffs: Array<{ file: string; diff: string }> = [];
  return {
    add(result) {
      if (!started) {
        write(
          '| Repository | Files found | Errors | Warnings | Info | OSPS Baseline level met |\n|---|---|---|---|---|---|\n',
        );
        started = true;
      }
      repositories++;
      diffs.push(...diffsOf(result));
      const c = count(newCounts(), result.reports);
      countResult(counts, result);
      const found = foundParts(result, markdownCell).join('; ') || 'none';
      const level = result.level ? `L${result.level}` : '—';
      const name = `${markdownCell(quotePath(result.repository))}${result.orgDefaults ? " (the organisation's defaults)" : ''}`;
      write(`| ${name} | ${found} | ${c.error} | ${c.warning} | ${c.info} | ${level} |\n`);
    },
    end() {
      if (!started) write('No repositories found.\n');
      else write(`\n${repositories} ${repositories === 1 ? 'repository' : 'repositories'}: ${summary(counts)}\n`);
      for (const { file, diff } of diffs)
        write(`\n${markdownCell(quotePath(file))}, from its deployed copy:\n\n\`\`\`\`diff\n${diff}\`\`\`\`\n`);
    },
  };
}

/** What a report says of the run beside its results (the HTML report); filled in by the time `end` is called. */
export interface RunFacts {
  profile: string;
  today: string;
}

export function reporterFor(
  format: Format,
  write: Write,
  color: boolean,
  run: RunFacts = { profile: '', today: '' },
): Reporter {
  switch (format) {
    case 'html':
      return htmlReporter(write, run);
    case 'json':
      return jsonReporter(write);
    case 'sarif':
      return sarifReporter(write);
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
