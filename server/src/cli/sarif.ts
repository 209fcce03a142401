/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub's upload-sarif): every rule, with its docs, and the findings.
 * Paths that could not be checked are tool execution notifications, and make the invocation unsuccessful.
 */
import { allRuleMetas, docsUrl, REPOSITORY_URL, type SeverityOrOff } from '../index';
import { VERSION, type FileReport, type PathError } from './formats';
import { quotePath } from './quote-path';

const level = (s: SeverityOrOff): string =>
  s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note';

/** A path segment as a URI segment (RFC 3986): every reserved character percent-encoded, as UTF-8. */
function encodeSegment(segment: string): string {
  // Through a Buffer, a lone surrogate (possible in a Windows file name) becomes U+FFFD instead of a URIError.
  return encodeURIComponent(Buffer.from(segment, 'utf8').toString('utf8'));
}

/**
 * Where a shown path is, as a SARIF artifact location: a relative path (`/`-separated, as the output shows it) is
 * a relative reference against %SRCROOT%, encoded segment by segment (`#`, `?`, `%` and spaces are percent-encoded,
 * `/` is kept), so that it resolves back to the file; an absolute path is a `file:` URI.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  // A security.txt fetched by the live check is named by its URL, which is already a URI.
  if (/^https?:\/\//.test(file)) return { uri: file };
  const segments = file.split('/');
  if (file.startsWith('/')) return { uri: `file://${segments.map(encodeSegment).join('/')}` };
  // A Windows drive (C:/…) keeps its colon, as RFC 8089 writes it.
  if (/^[A-Za-z]:$/.test(segments[0] ?? '') && segments.length > 1)
    return { uri: `file:///${segments[0]}/${segments.slice(1).map(encodeSegment).join('/')}` };
  return { uri: segments.map(encodeSegment).join('/'), uriBaseId: '%SRCROOT%' };
}

function notification(e: PathError): object {
  return {
    level: 'error',
    message: { text: `${quotePath(e.file)}: ${e.error}.` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.file) } }],
  };
}

/** Something the run says beside findings (a repository that inherits its organisation's policy): a note. */
export interface SarifNote {
  text: string;
  properties?: Record<string, unknown>;
}

const noteNotification = (n: SarifNote): object => ({
  level: 'note',
  message: { text: n.text },
  properties: n.properties,
});

export function formatSarif(
  reports: readonly FileReport[],
  errors: readonly PathError[] = [],
  notes: readonly SarifNote[] = [],
): string {
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
      ...(d.localizedMessage === undefined ? {} : { properties: { localizedMessage: d.localizedMessage } }),
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(r.file),
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
    })),
  );
  const invocation = {
    executionSuccessful: errors.length === 0,
    toolExecutionNotifications: [...errors.map(notification), ...notes.map(noteNotification)],
  };
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
