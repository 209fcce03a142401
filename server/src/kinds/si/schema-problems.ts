/**
 * The schema check: the Ajv validator compiled from schema.json, its errors turned into one message per problem
 * that names the field and what was expected, placed on the key or value concerned.
 */
import type { ErrorObject } from 'ajv';
import { isSeq } from 'yaml';
import validate from './validate.generated.js';
import { pathText, type InsightsDocument, type InsightsPath, type Span } from './document';
import { fieldInfo, fieldsOf, KIND_WORDS, type FieldKind } from './schema';
import { editDistance } from '../../core/text';

export interface SchemaProblem {
  path: InsightsPath;
  message: string;
  span: Span;
}

function pointerPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d{1,9}$/.test(s) ? Number(s) : s));
}

/** "found 42", "found null (`~`)", "found a list": what a value is, for messages. */
function found(value: unknown): string {
  if (value === null || value === undefined) return 'found no value';
  if (Array.isArray(value)) return 'found a list';
  if (typeof value === 'object') return 'found a mapping';
  if (typeof value === 'string')
    return value === '' ? 'found an empty string' : `found "${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return `found ${typeof value === 'number' || typeof value === 'boolean' ? String(value) : 'a value of another type'}`;
}

const PATTERN_KINDS: Record<string, FieldKind> = {
  '#/definitions/URL/pattern': 'url',
  '#/definitions/Email/pattern': 'email',
  '#/definitions/Date/pattern': 'date',
  '#/definitions/SchemaVersion/pattern': 'version',
};

function message(
  doc: InsightsDocument,
  error: ErrorObject,
  path: InsightsPath,
): { text: string; at: 'key' | 'value' } | undefined {
  const where = pathText(path);
  const value = doc.get(path);
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const info = fieldInfo([...path, missing]);
      const what = info ? `, ${KIND_WORDS[info.kind]}` : '';
      return { text: `Missing required field "${pathText([...path, missing])}"${what}.`, at: 'key' };
    }
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = fieldsOf(path).map((f) => f.name);
      const near = allowed.find((name) => editDistance(extra.toLowerCase(), name, 3) <= (name.length > 6 ? 3 : 1));
      const expected = near ? `did you mean "${near}"?` : `expected one of: ${allowed.join(', ')}.`;
      return { text: `Unknown field "${extra}" in ${where || 'the top level'}, ${expected}`, at: 'key' };
    }
    case 'type': {
      const info = fieldInfo(path);
      const kind: FieldKind = info?.kind ?? 'text';
      return { text: `"${where}" must be ${KIND_WORDS[kind]}, ${found(value)}.`, at: 'value' };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: string[] }).allowedValues;
      return { text: `"${where}" must be one of ${allowed.join(', ')}; ${found(value)}.`, at: 'value' };
    }
    case 'pattern': {
      const kind = PATTERN_KINDS[error.schemaPath] ?? 'text';
      return { text: `"${where}" must be ${KIND_WORDS[kind]}, ${found(value)}.`, at: 'value' };
    }
    case 'format':
      return { text: `"${where}" is not a real calendar date, ${found(value)}.`, at: 'value' };
    case 'minItems':
      return { text: `"${where}" needs at least one entry, found an empty list.`, at: 'value' };
    default:
      return { text: `"${where}" does not match the schema: ${error.message ?? error.keyword}.`, at: 'value' };
  }
}

/** Clips a span to its first line: a finding on a whole mapping underlines where it starts. */
function firstLine(doc: InsightsDocument, span: Span): Span {
  const line = doc.lines.positionAt(span.start).line;
  return { start: span.start, end: Math.max(span.start, Math.min(span.end, doc.lines.lineEnd(line))) };
}

/** Every schema problem of a v2 file, at most one per field, in document order. */
export function schemaProblems(doc: InsightsDocument): SchemaProblem[] {
  if (doc.root === 'not-a-mapping') {
    const found = isSeq(doc.yaml.contents) ? 'found a list' : 'found a single value';
    return [
      {
        path: [],
        message: `The file must be a mapping of fields such as "header", ${found}.`,
        span: firstLine(doc, doc.spanFor([])),
      },
    ];
  }
  if (doc.data === undefined) return [];
  validate(doc.data);
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const path = pointerPath(error.instancePath);
    const m = message(doc, error, path);
    if (!m) continue;
    const subject =
      error.keyword === 'additionalProperties'
        ? [...path, String((error.params as { additionalProperty: string }).additionalProperty)]
        : path;
    const key = `${pathText(subject)}|${error.keyword === 'required' ? m.text : m.at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const span = doc.spanFor(subject, m.at === 'key' ? 'key' : 'value');
    out.push({ path: subject, message: m.text, span: firstLine(doc, span) });
  }
  out.push(...versionProblems(doc));
  return out.sort((a, b) => a.span.start - b.span.start);
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

/**
 * What depends on the version a file declares: `project` is required from 2.1.0 unless `header.project-si-source`
 * names the file that describes the project, and a field introduced by a later version than the declared one is
 * not part of the file's schema. (`policy` in a file before 2.2.0 is insights-renamed-key's.)
 */
function versionProblems(doc: InsightsDocument): SchemaProblem[] {
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
      message: `Missing required field "project", ${KIND_WORDS.mapping} (from 2.1.0, unless "header.project-si-source" names the file that describes the project).`,
      span: firstLine(doc, doc.spanFor([])),
    });
  }
  for (const [path, introduced] of INTRODUCED_IN) {
    if (doc.get(path) === undefined || version >= versionNumber(introduced)!) continue;
    out.push({
      path,
      message: `"${pathText(path)}" exists from Security Insights ${introduced}, but this file declares ${String(declared)}: declare ${introduced} or leave the field out.`,
      span: firstLine(doc, doc.spanFor(path, 'key')),
    });
  }
  return out;
}
