/**
 * Reading the Security Insights JSON Schema by path: what a field is, which fields a mapping may hold, what values
 * an enum allows. Completion, hover and the schema rule's messages all read the schema through here.
 */
import schemaJson from './schema.json';
import type { InsightsPath } from './document';

interface JsonSchema {
  $ref?: string;
  type?: string;
  enum?: string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  pattern?: string;
}

const ROOT = schemaJson as JsonSchema & { definitions: Record<string, JsonSchema> };

/** The value a field holds, in words a maintainer reads. */
export type FieldKind = 'mapping' | 'list' | 'text' | 'boolean' | 'url' | 'email' | 'date' | 'version' | 'choice';

export interface FieldInfo {
  name: string;
  description: string;
  required: boolean;
  kind: FieldKind;
  /** The allowed values of a choice. */
  values?: readonly string[];
  /** For a list: what each entry is. */
  itemKind?: FieldKind;
}

const DEFINITION_KINDS: Record<string, FieldKind> = {
  URL: 'url',
  Email: 'email',
  Date: 'date',
  SchemaVersion: 'version',
};

/** The definition name a `$ref` points to ("#/definitions/URL" → "URL"). */
function refName(schema: JsonSchema): string | undefined {
  return schema.$ref?.slice('#/definitions/'.length);
}

function resolve(schema: JsonSchema): JsonSchema {
  const name = refName(schema);
  return name
    ? { ...ROOT.definitions[name], description: schema.description ?? ROOT.definitions[name].description }
    : schema;
}

/** The schema of the value at a path (list indexes step into items), or undefined for a path the schema lacks. */
export function schemaAt(path: InsightsPath): JsonSchema | undefined {
  let at: JsonSchema = ROOT;
  for (const segment of path) {
    const resolved = resolve(at);
    const next = typeof segment === 'number' ? resolved.items : resolved.properties?.[segment];
    if (!next) return undefined;
    at = next;
  }
  return at;
}

function kindOf(schema: JsonSchema): FieldKind {
  const name = refName(schema);
  if (name && DEFINITION_KINDS[name]) return DEFINITION_KINDS[name];
  const resolved = resolve(schema);
  if (resolved.enum) return 'choice';
  if (resolved.type === 'array') return 'list';
  if (resolved.type === 'boolean') return 'boolean';
  if (resolved.type === 'object') return 'mapping';
  return 'text';
}

/** What the schema says of the field at a path. */
export function fieldInfo(path: InsightsPath): FieldInfo | undefined {
  const schema = schemaAt(path);
  if (!schema) return undefined;
  const parent = path.length > 0 ? schemaAt(path.slice(0, -1)) : undefined;
  const name = String(path[path.length - 1] ?? '');
  const resolved = resolve(schema);
  return {
    name,
    description: resolved.description ?? '',
    required:
      typeof path[path.length - 1] === 'string' && (parent ? (resolve(parent).required ?? []).includes(name) : false),
    kind: kindOf(schema),
    values: resolved.enum,
    itemKind: resolved.items ? kindOf(resolved.items) : undefined,
  };
}

/** The fields a mapping at `path` may hold, required ones first, in schema order. */
export function fieldsOf(path: InsightsPath): FieldInfo[] {
  const schema = schemaAt(path);
  const properties = schema ? resolve(schema).properties : undefined;
  if (!properties) return [];
  const fields = Object.keys(properties).map((name) => fieldInfo([...path, name])!);
  return [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)];
}

/** How a kind of value is described in messages: "an http:// or https:// URL", "true or false". */
export const KIND_WORDS: Record<FieldKind, string> = {
  mapping: 'a mapping of fields',
  list: 'a list',
  text: 'text',
  boolean: 'true or false',
  url: 'an http:// or https:// URL',
  email: 'an email address',
  date: 'a date written YYYY-MM-DD',
  version: 'a version such as 2.2.0',
  choice: 'one of the listed values',
};
