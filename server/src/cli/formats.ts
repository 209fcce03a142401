/** The CLI's output formats: text for people, JSON for scripts, SARIF 2.1.0 for code-scanning dashboards. */
import { allRuleMetas, docsUrl, LineIndex, type FileKind, type Finding, type Severity, type SeverityOrOff } from '../index';

declare const PACKAGE_VERSION: string;
export const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';
export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface FileReport {
  file: string;
  kind: FileKind;
  diagnostics: Array<{
    rule: string;
    severity: Severity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    fixable: boolean;
  }>;
}

/** Findings as 1-based lines and columns. */
export function fileReport(file: string, kind: FileKind, text: string, findings: readonly Finding[]): FileReport {
  const lines = new LineIndex(text);
  return {
    file,
    kind,
    diagnostics: findings.map((f) => {
      const s = lines.positionAt(f.start);
      const e = lines.positionAt(f.end);
      return {
        rule: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        fixable: f.fix !== undefined,
      };
    }),
  };
}

export function format(reports: FileReport[], as: Format, color: boolean): string {
  if (as === 'json') return JSON.stringify(reports, null, 2) + '\n';
  if (as === 'sarif') return formatSarif(reports);
  return formatText(reports, color);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function formatText(reports: FileReport[], color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const colors: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '90' };
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  for (const r of reports) {
    if (r.diagnostics.length === 0) continue;
    out.push(paint('4', r.file));
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      if (d.fixable) fixable++;
      out.push(`  ${`${d.line}:${d.column}`.padEnd(8)} ${paint(colors[d.severity], d.severity.padEnd(7))} ${d.message}  ${paint('90', d.rule)}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const files = plural(reports.length, 'file');
  out.push(
    total === 0
      ? `No problems in ${files}.`
      : `${plural(total, 'problem')} (${counts.error} error, ${counts.warning} warning, ${counts.info} info, ${counts.hint} hint) in ${files}.` +
          (fixable > 0 ? ` ${fixable} fixable.` : ''),
  );
  return out.join('\n') + '\n';
}

function formatSarif(reports: FileReport[]): string {
  const level = (s: SeverityOrOff): string => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note');
  const ruleIndex = new Map(allRuleMetas.map((m, i) => [m.id, i]));
  const rules = allRuleMetas.map((m) => ({
    id: m.id,
    name: m.id.replace(/(^|-)([a-z0-9])/g, (_s, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: m.description },
    fullDescription: { text: m.rationale },
    help: { text: m.howToFix, markdown: m.howToFix },
    helpUri: docsUrl(m.id),
    defaultConfiguration: { level: level(m.defaultSeverity) },
    properties: { tags: ['security', 'documentation'] },
  }));
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.rule,
      ruleIndex: ruleIndex.get(d.rule) ?? 0,
      level: level(d.severity),
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      { tool: { driver: { name: 'security-policy', version: VERSION, informationUri: 'https://github.com/security-policy/security-policy', rules } }, results },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
