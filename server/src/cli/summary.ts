/**
 * The GitHub job summary of the Action: a headline, and a table of findings with a link to the line, the rule's
 * page, and how to fix each (the CLI's --fix where a safe fix exists, else the rule's advice).
 */
import { allRuleMetas, docsUrl, type Severity } from '../index';
import type { FileReport } from './formats';

/** GitHub refuses summaries over 1 MiB: the table stops well before. */
const MAX_ROWS = 500;
const ICONS: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info', hint: '💡 hint' };
const ADVICE = new Map(allRuleMetas.map((m) => [m.id, m.howToFix]));

/** Where a file's line can be seen on GitHub, when the run says which repository and commit it is. */
export interface SourceLinks {
  serverUrl?: string;
  repository?: string;
  sha?: string;
}

const cell = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`);

function lineLink(file: string, line: number, links: SourceLinks): string {
  const label = `${cell(file)}:${line}`;
  if (!links.serverUrl || !links.repository || !links.sha) return label;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `[${label}](${links.serverUrl}/${links.repository}/blob/${links.sha}/${path}#L${line})`;
}

export function jobSummary(reports: readonly FileReport[], profile: string, links: SourceLinks): string {
  const rows = reports.flatMap((r) => r.diagnostics.map((d) => ({ file: r.file, ...d })));
  const count = (s: Severity): number => rows.filter((d) => d.severity === s).length;
  const safe = rows.filter((d) => d.safeFix).length;
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  if (reports.length === 0) {
    return '## Security Policy: no security files found\n\nNo SECURITY.md, security.txt or security-insights.yml where they are looked for. Create one with `npx security-policy init`.\n';
  }
  const out = [
    `## Security Policy: ${rows.length === 0 ? `no problems in ${files}` : `${rows.length} problem${rows.length === 1 ? '' : 's'} in ${files}`}`,
    '',
  ];
  out.push(`Profile \`${profile}\`: ${count('error')} error, ${count('warning')} warning, ${count('info')} info, ${count('hint')} hint.`);
  if (safe > 0) out.push(`${safe} can be repaired with \`npx security-policy check --fix\`.`);
  if (rows.length === 0) return `${out.join('\n')}\n`;
  out.push('', '| Where | Severity | Rule | Finding | How to fix |', '|---|---|---|---|---|');
  for (const d of rows.slice(0, MAX_ROWS)) {
    const advice = cell(ADVICE.get(d.rule) ?? '');
    const fix = d.safeFix ? '`security-policy check --fix` repairs it.' : d.fixable ? `A quick fix in VS Code; or: ${advice}` : advice;
    out.push(`| ${lineLink(d.file, d.line, links)} | ${ICONS[d.severity]} | [${d.rule}](${docsUrl(d.rule)}) | ${cell(d.message)} | ${fix} |`);
  }
  if (rows.length > MAX_ROWS) out.push('', `…and ${rows.length - MAX_ROWS} more; the SARIF file has them all.`);
  return `${out.join('\n')}\n`;
}
