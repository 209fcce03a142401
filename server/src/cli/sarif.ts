/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub's upload-sarif): every rule, with its docs, and the findings.
 * Paths that could not be checked are tool execution notifications, and make the invocation unsuccessful.
 */
import { allRuleMetas, docsUrl, REPOSITORY_URL, type SeverityOrOff } from '../index';
import { VERSION, type FileReport, type PathError } from './formats';

const level = (s: SeverityOrOff): string =>
  s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note';

function notification(e: PathError): object {
  return {
    level: 'error',
    message: { text: `${e.file}: ${e.error}.` },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(e.file), uriBaseId: '%SRCROOT%' } } }],
  };
}

export function formatSarif(reports: readonly FileReport[], errors: readonly PathError[] = []): string {
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
  const invocation = { executionSuccessful: errors.length === 0, toolExecutionNotifications: errors.map(notification) };
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'security-policy', version: VERSION, informationUri: REPOSITORY_URL, rules } },
        invocations: [invocation],
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
