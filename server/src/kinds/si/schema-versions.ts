/**
 * What the specifications ask beyond what their JSON Schemas can say. In 2.x, what depends on the version a file
 * declares (schema.json accepts every 2.x field in any 2.x file): `project` is required from 2.1.0 unless
 * `header.project-si-source` names the file that describes the project, and a field introduced by a later version
 * than the declared one is not part of the file's schema (`policy` in a file before 2.2.0 is insights-renamed-key's).
 * In 1.0.0, a rule between two dates of the header.
 */
import { pathText, type InsightsDocument, type InsightsPath, type Span } from './document';
import type { MessageValues } from '../../core/message-text';

/** A problem of a file against its schema: one of insights-schema's message ids (schema-messages.ts), its values. */
export interface SchemaProblem {
  path: InsightsPath;
  messageId: string;
  values?: MessageValues;
  span: Span;
}

/** Fields that exist only from a later version of the schema than 2.0.0 (from the spec's schema.cue at each tag). */
const INTRODUCED_IN: ReadonlyArray<[InsightsPath, string]> = [
  [['project', 'steward'], '2.1.0'],
  [['project', 'documentation', 'support-policy'], '2.1.0'],
  [['project', 'documentation', 'design'], '2.2.0'],
];

/** A "major.minor.patch" version as a number that orders as versions do, or undefined. */
function versionNumber(version: unknown): number | undefined {
  const m = typeof version === 'string' ? /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(version) : null;
  return m ? Number(m[1]) * 1e6 + Number(m[2]) * 1e3 + Number(m[3]) : undefined;
}

/** Clips a span to its first line: a finding on a whole mapping underlines where it starts. */
export function firstLine(doc: InsightsDocument, span: Span): Span {
  const line = doc.lines.positionAt(span.start).line;
  return { start: span.start, end: Math.max(span.start, Math.min(span.end, doc.lines.lineEnd(line))) };
}

/** The problems of a 2.x file that depend on its declared version. */
export function versionProblems(doc: InsightsDocument): SchemaProblem[] {
  const declared = doc.get(['header', 'schema-version']);
  const version = versionNumber(declared);
  if (version === undefined) return [];
  const out: SchemaProblem[] = [];
  if (
    version >= 2_001_000 &&
    doc.get(['project']) === undefined &&
    doc.get(['header', 'project-si-source']) === undefined
  ) {
    out.push({
      path: ['project'],
      messageId: 'projectMissing',
      span: firstLine(doc, doc.spanFor([])),
    });
  }
  for (const [path, introduced] of INTRODUCED_IN) {
    if (doc.get(path) === undefined || version >= versionNumber(introduced)!) continue;
    out.push({
      path,
      messageId: 'introduced',
      values: { field: pathText(path), introduced, declared: String(declared) },
      span: firstLine(doc, doc.spanFor(path, 'key')),
    });
  }
  return out;
}

/** "2024-03-01" → "2025-03-01": the same day a year later, as text that orders as dates do. */
function yearAfter(date: string): string {
  return `${String(Number(date.slice(0, 4)) + 1).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * What the v1 specification asks beyond what a JSON Schema can say: the expiration date is at most one year after
 * the last review ("it can be at most one year from the date it was last reviewed").
 */
export function v1Problems(doc: InsightsDocument): SchemaProblem[] {
  const reviewed = doc.get(['header', 'last-reviewed']);
  const expires = doc.get(['header', 'expiration-date']);
  const day = /^\d{4}-\d{2}-\d{2}/;
  if (typeof reviewed !== 'string' || typeof expires !== 'string' || !day.test(reviewed) || !day.test(expires))
    return [];
  if (expires.slice(0, 10) <= yearAfter(reviewed.slice(0, 10))) return [];
  return [
    {
      path: ['header', 'expiration-date'],
      messageId: 'expiresAfterReview',
      values: { reviewed: reviewed.slice(0, 10), expires },
      span: firstLine(doc, doc.spanFor(['header', 'expiration-date'])),
    },
  ];
}
