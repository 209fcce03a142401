/**
 * The schema check: the Ajv validator compiled from the schema of the file's shape (schema.json for 2.x,
 * schema-v1.json for 1.0.0), its errors turned into one message per problem that names the field and what was
 * expected, placed on the key or value concerned.
 */
import type { ErrorObject } from 'ajv';
import { isSeq } from 'yaml';
import validateV2 from './validate.generated.js';
import validateV1 from './validate-v1.generated.js';
import { pathText, type InsightsDocument, type InsightsPath } from './document';
import { DEFINITION_KINDS, KIND_WORDS, schemaOf, V1_SCHEMA, type FieldInfo, type InsightsSchema } from './schema';
import { firstLine, v1Problems, versionProblems, type SchemaProblem } from './schema-versions';
import { editDistance } from '../../core/text';

export type { SchemaProblem } from './schema-versions';

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

/** What a field holds, in words: its kind, or its values when it is a choice. */
function expected(info: FieldInfo | undefined): string {
  if (info?.kind === 'choice' && info.values) return `one of ${info.values.join(', ')}`;
  return KIND_WORDS[info?.kind ?? 'text'];
}

/**
 * What a failing `pattern` or `format` checks: the kind of the definition it sits in ("#/definitions/URL/pattern"),
 * else of the field.
 */
function checked(c: Context): string {
  const name = /^#\/definitions\/([A-Za-z]{1,40})\/(?:pattern|format)$/.exec(c.error.schemaPath)?.[1];
  const kind = name === undefined ? undefined : DEFINITION_KINDS[name];
  return kind ? KIND_WORDS[kind] : expected(c.schema.fieldInfo(c.path));
}

interface Context {
  doc: InsightsDocument;
  schema: InsightsSchema;
  error: ErrorObject;
  path: InsightsPath;
  where: string;
  value: unknown;
}

interface Message {
  text: string;
  at: 'key' | 'value';
  /** The path the message is about, when it is not the error's own (a child of it). */
  subject?: InsightsPath;
}

/**
 * "when "vulnerability-reporting.accepts-vulnerability-reports" is true": the condition of an if/then that made a
 * field required, read from the schema beside the failing `then`.
 */
function conditionOf(c: Context): string | undefined {
  const n = /\/allOf\/(\d{1,3})\/then\/required$/.exec(c.error.schemaPath)?.[1];
  const condition = n === undefined ? undefined : c.schema.conditionsAt(c.path)[Number(n)]?.if?.properties;
  const [name, test] = Object.entries(condition ?? {})[0] ?? [];
  return name === undefined ? undefined : `"${pathText([...c.path, name])}" is ${String(test.const)}`;
}

function required(c: Context): Message {
  const missing = String((c.error.params as { missingProperty: string }).missingProperty);
  const field = pathText([...c.path, missing]);
  const info = c.schema.fieldInfo([...c.path, missing]);
  const what = info ? `, ${expected(info)}` : '';
  const condition = conditionOf(c);
  return {
    text: condition
      ? `Missing field "${field}"${what}, required when ${condition}.`
      : `Missing required field "${field}"${what}.`,
    at: 'key',
  };
}

function unknownField(c: Context): Message {
  const extra = String((c.error.params as { additionalProperty: string }).additionalProperty);
  const allowed = c.schema.fieldsOf(c.path).map((f) => f.name);
  const near = allowed.find((name) => editDistance(extra.toLowerCase(), name, 3) <= (name.length > 6 ? 3 : 1));
  const hint = near ? `did you mean "${near}"?` : `expected one of: ${allowed.join(', ')}.`;
  return {
    text: `Unknown field "${extra}" in ${c.where || 'the top level'}, ${hint}`,
    at: 'key',
    subject: [...c.path, extra],
  };
}

function enumValue(c: Context): Message {
  const allowed = (c.error.params as { allowedValues: string[] }).allowedValues;
  if (c.schema === V1_SCHEMA && c.where === 'header.schema-version')
    return {
      text: `schema-version ${found(c.value).slice('found '.length)} does not match the fields of this file, which are Security Insights v1; expected ${allowed.join(', ')}.`,
      at: 'value',
    };
  return { text: `"${c.where}" must be one of ${allowed.join(', ')}; ${found(c.value)}.`, at: 'value' };
}

function duplicate(c: Context): Message {
  const { i, j } = c.error.params as { i: number; j: number };
  return {
    text: `"${c.where}" lists the same entry twice, at [${Math.min(i, j)}] and [${Math.max(i, j)}]; keep one.`,
    at: 'value',
    subject: [...c.path, Math.max(i, j)],
  };
}

const MESSAGES: Record<string, (c: Context) => Message | undefined> = {
  required,
  additionalProperties: unknownField,
  type: (c) => ({
    text: `"${c.where}" must be ${expected(c.schema.fieldInfo(c.path))}, ${found(c.value)}.`,
    at: 'value',
  }),
  enum: enumValue,
  pattern: (c) => ({
    text:
      c.error.schemaPath === '#/definitions/LongText/pattern'
        ? `"${c.where}" must be at most 560 characters, found ${[...String(c.value)].length}.`
        : `"${c.where}" must be ${checked(c)}, ${found(c.value)}.`,
    at: 'value',
  }),
  format: (c) => ({
    text:
      (c.error.params as { format: string }).format === 'date'
        ? `"${c.where}" is not a real calendar date, ${found(c.value)}.`
        : `"${c.where}" must be ${checked(c)}, ${found(c.value)}.`,
    at: 'value',
  }),
  minItems: (c) => ({ text: `"${c.where}" needs at least one entry, found an empty list.`, at: 'value' }),
  uniqueItems: duplicate,
  // The `then` that failed reports its own error (a required field); the `if` adds nothing.
  if: () => undefined,
};

function message(c: Context): Message | undefined {
  const make = MESSAGES[c.error.keyword];
  if (make) return make(c);
  return { text: `"${c.where}" does not match the schema: ${c.error.message ?? c.error.keyword}.`, at: 'value' };
}

/** The validator compiled from the schema of a file's shape. */
function validatorOf(doc: InsightsDocument): ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } {
  return doc.shape === 'v1' ? validateV1 : validateV2;
}

/** Every schema problem of a file, at most one per field, in document order. */
export function schemaProblems(doc: InsightsDocument): SchemaProblem[] {
  if (doc.root === 'not-a-mapping') {
    const what = isSeq(doc.yaml.contents) ? 'found a list' : 'found a single value';
    return [
      {
        path: [],
        message: `The file must be a mapping of fields such as "header", ${what}.`,
        span: firstLine(doc, doc.spanFor([])),
      },
    ];
  }
  if (doc.data === undefined) return [];
  const validate = validatorOf(doc);
  const schema = schemaOf(doc.shape);
  validate(doc.data);
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const path = pointerPath(error.instancePath);
    const m = message({ doc, schema, error, path, where: pathText(path), value: doc.get(path) });
    if (!m) continue;
    const subject = m.subject ?? path;
    const missing = error.keyword === 'required' ? (error.params as { missingProperty: string }).missingProperty : '';
    const key = `${pathText(subject)}|${missing ? `required ${missing}` : m.at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const span = doc.spanFor(subject, m.at === 'key' ? 'key' : 'value');
    out.push({ path: subject, message: m.text, span: firstLine(doc, span) });
  }
  out.push(...(doc.shape === 'v1' ? v1Problems(doc) : versionProblems(doc)));
  return out.sort((a, b) => a.span.start - b.span.start);
}
