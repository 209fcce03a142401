/**
 * Reading a Security Insights JSON Schema by path: what a field is, which fields a mapping may hold, what values
 * an enum allows. Completion, hover and the schema rule's messages all read the schemas through here: `V2_SCHEMA`
 * (schema.json, 2.0.0 to 2.2.0) and `V1_SCHEMA` (schema-v1.json, 1.0.0), chosen by a file's shape with `schemaOf`.
 */
import schemaJson from './schema.json';
import schemaV1Json from './schema-v1.json';
import type { InsightsPath, InsightsShape } from './document';

export interface JsonSchema {
  $ref?: string;
  type?: string;
  enum?: string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  pattern?: string;
  format?: string;
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  const?: unknown;
}

type RootSchema = JsonSchema & { definitions: Record<string, JsonSchema> };

/** The value a field holds, in words a maintainer reads. */
export type FieldKind =
  | 'mapping'
  | 'list'
  | 'text'
  | 'longtext'
  | 'boolean'
  | 'integer'
  | 'url'
  | 'email'
  | 'phone'
  | 'date'
  | 'datetime'
  | 'version'
  | 'hash'
  | 'pgp'
  | 'choice';

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

/** The definitions whose name says what kind of value they hold (the same names in both schemas). */
export const DEFINITION_KINDS: Readonly<Record<string, FieldKind>> = {
  URL: 'url',
  Email: 'email',
  Phone: 'phone',
  Date: 'date',
  DateTime: 'datetime',
  SchemaVersion: 'version',
  CommitHash: 'hash',
  PgpKey: 'pgp',
  LongText: 'longtext',
};

/** The definition name a `$ref` points to ("#/definitions/URL" → "URL"). */
function refName(schema: JsonSchema): string | undefined {
  return schema.$ref?.slice('#/definitions/'.length);
}

/** One schema, read by path. */
export class InsightsSchema {
  constructor(readonly root: RootSchema) {}

  /** A schema with its `$ref`s followed; the description nearest the field wins. */
  private resolve(schema: JsonSchema): JsonSchema {
    let at = schema;
    let description = schema.description;
    for (let name = refName(at); name !== undefined; name = refName(at)) {
      at = this.root.definitions[name] ?? {};
      description ??= at.description;
    }
    return { ...at, description };
  }

  /** The kind of value a schema holds: the first named definition on its `$ref` chain, else its type. */
  private kindOf(schema: JsonSchema): FieldKind {
    for (let at: JsonSchema | undefined = schema, name = refName(at); name !== undefined; name = refName(at)) {
      if (DEFINITION_KINDS[name]) return DEFINITION_KINDS[name];
      at = this.root.definitions[name] ?? {};
    }
    const resolved = this.resolve(schema);
    if (resolved.enum) return 'choice';
    if (resolved.type === 'array') return 'list';
    if (resolved.type === 'boolean') return 'boolean';
    if (resolved.type === 'integer') return 'integer';
    if (resolved.type === 'object') return 'mapping';
    return 'text';
  }

  /** The schema of the value at a path (list indexes step into items), or undefined for a path the schema lacks. */
  schemaAt(path: InsightsPath): JsonSchema | undefined {
    let at: JsonSchema = this.root;
    for (const segment of path) {
      const resolved = this.resolve(at);
      const next = typeof segment === 'number' ? resolved.items : resolved.properties?.[segment];
      if (!next) return undefined;
      at = next;
    }
    return at;
  }

  /** What the schema says of the field at a path. */
  fieldInfo(path: InsightsPath): FieldInfo | undefined {
    const schema = this.schemaAt(path);
    if (!schema) return undefined;
    const parent = path.length > 0 ? this.schemaAt(path.slice(0, -1)) : undefined;
    const name = String(path[path.length - 1] ?? '');
    const resolved = this.resolve(schema);
    return {
      name,
      description: resolved.description ?? '',
      required:
        typeof path[path.length - 1] === 'string' &&
        (parent ? (this.resolve(parent).required ?? []).includes(name) : false),
      kind: this.kindOf(schema),
      values: resolved.enum,
      itemKind: resolved.items ? this.kindOf(resolved.items) : undefined,
    };
  }

  /** The fields a mapping at `path` may hold, required ones first, in schema order. */
  fieldsOf(path: InsightsPath): FieldInfo[] {
    const schema = this.schemaAt(path);
    const properties = schema ? this.resolve(schema).properties : undefined;
    if (!properties) return [];
    const fields = Object.keys(properties).map((name) => this.fieldInfo([...path, name])!);
    return [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)];
  }

  /** The if/then conditions (`allOf`) of the mapping at a path. */
  conditionsAt(path: InsightsPath): readonly JsonSchema[] {
    const schema = this.schemaAt(path);
    return (schema && this.resolve(schema).allOf) ?? [];
  }
}

export const V2_SCHEMA = new InsightsSchema(schemaJson);
export const V1_SCHEMA = new InsightsSchema(schemaV1Json as unknown as RootSchema);

/** The schema a file of this shape follows. */
export function schemaOf(shape: InsightsShape): InsightsSchema {
  return shape === 'v1' ? V1_SCHEMA : V2_SCHEMA;
}

/** How a kind of value is described in messages: "an http:// or https:// URL", "true or false". */
export const KIND_WORDS: Record<FieldKind, string> = {
  mapping: 'a mapping of fields',
  list: 'a list',
  text: 'text',
  longtext: 'text of at most 560 characters',
  boolean: 'true or false',
  integer: 'a whole number',
  url: 'an http:// or https:// URL',
  email: 'an email address',
  phone: 'a phone number',
  date: 'a date written YYYY-MM-DD',
  datetime: "a date and time with its time zone, such as '2027-01-01T00:00:00.000Z'",
  version: 'a version such as 2.2.0',
  hash: 'a commit hash of 5 to 40 lowercase hexadecimal digits',
  pgp: 'a PGP public key from "-----BEGIN PGP PUBLIC KEY BLOCK-----" to "-----END PGP PUBLIC KEY BLOCK-----"',
  choice: 'one of the listed values',
};
