/**
 * The GitHub job summary of the Action: a headline, and a table of findings with a link to the line, the rule's
 * page, and how to fix each (the CLI's --fix where a safe fix exists, else the rule's advice).
 */
import { allRuleMetas, docsUrl, type Severity } from '../index';
import type { FileReport } from './formats';
import { quotePath } from './quote-path';
import { count, markdownCell, newCounts, plural } from './reporters';

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

function lineLink(file: string, line: number, links: SourceLinks, missing?: boolean): string {
  // A missing file (no SECURITY.md) is named, with no line and no link.
  if (missing) return `${markdownCell(quotePath(file))} (missing)`;
  const label = `${markdownCell(quotePath(file))}:${line}`;
  if (!links.serverUrl || !links.repository || !links.sha) return label;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `[${label}](${links.serverUrl}/${links.repository}/blob/${links.sha}/${path}#L${line})`;
}

export function jobSummary(reports: readonly FileReport[], profile: string, links: SourceLinks): string {
  const rows = reports.flatMap((r) => r.diagnostics.map((d) => ({ file: r.file, missing: r.missing, ...d })));
  const c = count(newCounts(), reports);
  const files = plural(c.files, 'file');
  if (reports.length === 0) {
    return "## Security Policy: no security files found\n\nNo SECURITY.md, security.txt or security-insights.yml where they are looked for. Create one with `npx security-policy init`. On GitHub, a repository without a SECURITY.md of its own is given its organisation's default policy (from the organisation's `.github` repository): check with `--org-defaults PATH` to a checkout of it to see the policy that applies.\n";
  }
  const out = [
    `## Security Policy: ${rows.length === 0 ? `no problems in ${files}` : `${plural(rows.length, 'problem')} in ${files}`}`,
    '',
  ];
  out.push(`Profile \`${profile}\`: ${c.error} error, ${c.warning} warning, ${c.info} info, ${c.hint} hint.`);
  if (c.safe > 0) out.push(`${c.safe} can be repaired with \`npx security-policy check --fix\`.`);
  if (rows.length === 0) return `${out.join('\n')}\n`;
  out.push('', '| Where | Severity | Rule | Finding | How to fix |', '|---|---|---|---|---|');
  for (const d of rows.slice(0, MAX_ROWS)) {
    const advice = markdownCell(ADVICE.get(d.rule) ?? '');
    const fix = d.safeFix
      ? '`security-policy check --fix` repairs it.'
      : d.fixable
        ? `A quick fix in VS Code; or: ${advice}`
        : advice;
    out.push(
      `| ${lineLink(d.file, d.line, links, d.missing)} | ${ICONS[d.severity]} | [${d.rule}](${docsUrl(d.rule)}) | ${markdownCell(d.message)} | ${fix} |`,
    );
  }
  if (rows.length > MAX_ROWS) out.push('', `…and ${rows.length - MAX_ROWS} more; the SARIF file has them all.`);
  return `${out.join('\n')}\n`;
}
