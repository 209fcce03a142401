/**
 * The schema check: the Ajv validator compiled from the schema of the file's shape (schema.json for 2.x,
 * schema-v1.json for 1.0.0), its errors turned into one message per problem that names the field and what was
 * expected, placed on the key or value concerned: one of insights-schema's message ids (schema-messages.ts) with
 * its values, so that the sentence can be said in another language.
 */
import type { ErrorObject } from 'ajv';
import { yaml } from './yaml';
import { pathText, type InsightsDocument, type InsightsPath } from './document';
import { DEFINITION_KINDS, schemaOf, V1_SCHEMA, type FieldInfo, type InsightsSchema } from './schema';
import { firstLine, v1Problems, versionProblems, type SchemaProblem } from './schema-versions';
import { editDistance } from '../../core/text';
import type { MessageValues } from '../../core/message-text';
import { schemaMessageId, type ExpectedKind, type FoundShape } from '../../core/messages/si/schema-sentences';

export type { SchemaProblem } from './schema-versions';

function pointerPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d{1,9}$/.test(s) ? Number(s) : s));
}

/** What a value is, for messages: its shape, and the value itself when it is a text, a number or true/false. */
function found(value: unknown): { shape: FoundShape; found?: string } {
  if (value === null || value === undefined) return { shape: 'none' };
  if (Array.isArray(value)) return { shape: 'list' };
  if (typeof value === 'object') return { shape: 'mapping' };
  if (typeof value === 'string')
    return value === ''
      ? { shape: 'empty' }
      : { shape: 'text', found: value.length > 60 ? `${value.slice(0, 57)}...` : value };
  return typeof value === 'number' || typeof value === 'boolean'
    ? { shape: 'plain', found: String(value) }
    : { shape: 'other' };
}

/** A field the schema does not describe holds text. */
const TEXT: FieldInfo = { name: '', description: '', required: false, kind: 'text' };

/** What a field holds: its kind, or its values when it is a choice. */
function expected(info: FieldInfo): { kind: ExpectedKind; allowed?: string } {
  if (info.kind === 'choice' && info.values) return { kind: 'oneOf', allowed: info.values.join(', ') };
  return { kind: info.kind };
}

/**
 * What a failing `pattern` or `format` checks: the kind of the definition it sits in ("#/definitions/URL/pattern"),
 * else of the field.
 */
function checked(c: Context): { kind: ExpectedKind; allowed?: string } {
  const name = /^#\/definitions\/([A-Za-z]{1,40})\/(?:pattern|format)$/.exec(c.error.schemaPath)?.[1];
  const kind = name === undefined ? undefined : DEFINITION_KINDS[name];
  return kind ? { kind } : expected(c.schema.fieldInfo(c.path) ?? TEXT);
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
  /** One of insights-schema's messages (schema-messages.ts), with its values. */
  id: string;
  values: MessageValues;
  at: 'key' | 'value';
  /** The path the message is about, when it is not the error's own (a child of it). */
  subject?: InsightsPath;
}

/** "`{field}` must be <what the field holds>, <what was found>.", by the kind and the shape. */
function mustBe(c: Context, what: { kind: ExpectedKind; allowed?: string }): Message {
  const { shape, found: value } = found(c.value);
  return {
    id: schemaMessageId.mustBe(what.kind, shape),
    values: {
      field: c.where,
      ...(what.allowed !== undefined && { allowed: what.allowed }),
      ...(value !== undefined && { found: value }),
    },
    at: 'value',
  };
}

/**
 * "when "vulnerability-reporting.accepts-vulnerability-reports" is true": the condition of an if/then that made a
 * field required, read from the schema beside the failing `then`.
 */
function conditionOf(c: Context): { condition: string; conditionValue: string } | undefined {
  const n = /\/allOf\/(\d{1,3})\/then\/required$/.exec(c.error.schemaPath)?.[1];
  const condition = n === undefined ? undefined : c.schema.conditionsAt(c.path)[Number(n)]?.if?.properties;
  const [name, test] = Object.entries(condition ?? {})[0] ?? [];
  return name === undefined
    ? undefined
    : { condition: pathText([...c.path, name]), conditionValue: String(test.const) };
}

function required(c: Context): Message {
  const missing = String((c.error.params as { missingProperty: string }).missingProperty);
  const info = c.schema.fieldInfo([...c.path, missing]);
  const what = info ? expected(info) : undefined;
  const condition = conditionOf(c);
  return {
    id: condition ? schemaMessageId.requiredWhen(what?.kind) : schemaMessageId.required(what?.kind),
    values: {
      field: pathText([...c.path, missing]),
      ...(what?.allowed !== undefined && { allowed: what.allowed }),
      ...condition,
    },
    at: 'key',
  };
}

function unknownField(c: Context): Message {
  const extra = String((c.error.params as { additionalProperty: string }).additionalProperty);
  const allowed = c.schema.fieldsOf(c.path).map((f) => f.name);
  const near = allowed.find((name) => editDistance(extra.toLowerCase(), name, 3) <= (name.length > 6 ? 3 : 1));
  const top = c.where === '';
  return {
    id: `${near ? 'unknownNear' : 'unknown'}${top ? 'Top' : ''}`,
    values: {
      name: extra,
      ...(!top && { where: c.where }),
      ...(near ? { near } : { allowed: allowed.join(', ') }),
    },
    at: 'key',
    subject: [...c.path, extra],
  };
}

function enumValue(c: Context): Message {
  const allowed = (c.error.params as { allowedValues: string[] }).allowedValues.join(', ');
  const { shape, found: value } = found(c.value);
  const v1Version = c.schema === V1_SCHEMA && c.where === 'header.schema-version';
  return {
    id: v1Version ? schemaMessageId.v1Version(shape) : schemaMessageId.enumValue(shape),
    values: { ...(!v1Version && { field: c.where }), allowed, ...(value !== undefined && { found: value }) },
    at: 'value',
  };
}

function duplicate(c: Context): Message {
  const { i, j } = c.error.params as { i: number; j: number };
  return {
    id: 'duplicate',
    values: { field: c.where, first: Math.min(i, j), second: Math.max(i, j) },
    at: 'value',
    subject: [...c.path, Math.max(i, j)],
  };
}

const MESSAGES: Record<string, (c: Context) => Message | undefined> = {
  required,
  additionalProperties: unknownField,
  type: (c) => mustBe(c, expected(c.schema.fieldInfo(c.path) ?? TEXT)),
  enum: enumValue,
  pattern: (c) =>
    c.error.schemaPath === '#/definitions/LongText/pattern'
      ? { id: 'longText', values: { field: c.where, length: [...String(c.value)].length }, at: 'value' }
      : mustBe(c, checked(c)),
  format: (c) => {
    if ((c.error.params as { format: string }).format !== 'date') return mustBe(c, checked(c));
    const { shape, found: value } = found(c.value);
    return {
      id: schemaMessageId.notDate(shape),
      values: { field: c.where, ...(value !== undefined && { found: value }) },
      at: 'value',
    };
  },
  minItems: (c) => ({ id: 'empty', values: { field: c.where }, at: 'value' }),
  uniqueItems: duplicate,
  // The `then` that failed reports its own error (a required field); the `if` adds nothing.
  if: () => undefined,
};

function message(c: Context): Message | undefined {
  const make = MESSAGES[c.error.keyword];
  if (make) return make(c);
  // Ajv's own words: no keyword of the two schemas comes here today.
  return { id: 'other', values: { field: c.where, problem: c.error.message ?? c.error.keyword }, at: 'value' };
}

/** The validator compiled from the schema of a file's shape. */
function validatorOf(doc: InsightsDocument): ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } {
  return doc.shape === 'v1' ? yaml().validateV1 : yaml().validateV2;
}

/** Every schema problem of a file, at most one per field, in document order. */
export function schemaProblems(doc: InsightsDocument): SchemaProblem[] {
  if (doc.root === 'not-a-mapping') {
    return [
      {
        path: [],
        messageId: yaml().isSeq(doc.yaml.contents) ? 'notMappingList' : 'notMappingValue',
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
    out.push({ path: subject, messageId: m.id, values: m.values, span: firstLine(doc, span) });
  }
  out.push(...(doc.shape === 'v1' ? v1Problems(doc) : versionProblems(doc)));
  return out.sort((a, b) => a.span.start - b.span.start);
}
