/**
 * The sentences of insights-schema that say what a field must be and what was found instead. Each pair of a kind of
 * value (the schema's: "a list", "true or false", "an email address", …) and a shape of what was found ("a list",
 * "no value", a text, a number, …) is a sentence of its own, so that no English word is passed as a value: every
 * language, English included (kinds/si/schema-messages.ts), gives its words for the kinds and the shapes and its
 * frames, and `schemaSentences` writes out every sentence under the same message ids.
 */

/** The kinds of value a Security Insights field holds (kinds/si/schema.ts's FieldKind). */
export const SCHEMA_KINDS = [
  'mapping',
  'list',
  'text',
  'longtext',
  'boolean',
  'integer',
  'url',
  'email',
  'phone',
  'date',
  'datetime',
  'version',
  'hash',
  'pgp',
  'choice',
] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/** A kind, or "one of {allowed}": a choice with its values. */
export type ExpectedKind = SchemaKind | 'oneOf';
const EXPECTED_KINDS: readonly ExpectedKind[] = [...SCHEMA_KINDS, 'oneOf'];

/**
 * What was found: no value (`~` or nothing), a list, a mapping, an empty string, a text (`{found}`, in quotes), a
 * number or true/false (`{found}` as it is), or a value of another type.
 */
export const FOUND_SHAPES = ['none', 'list', 'mapping', 'empty', 'text', 'plain', 'other'] as const;
export type FoundShape = (typeof FOUND_SHAPES)[number];

/** A language's words for the kinds and shapes, and its frames for the sentences made of them. */
export interface SchemaWords {
  /** What a field must be, as `mustBe`, `required` and `requiredWhen` take it; `oneOf` names `{allowed}`. */
  kinds: Readonly<Record<ExpectedKind, string>>;
  /** What was found instead, as `mustBe`, `enumValue` and `notDate` take it; `text` and `plain` name `{found}`. */
  found: Readonly<Record<FoundShape, string>>;
  /** What was found, as `v1Version` takes it (in English, `found` without "found "). */
  value: Readonly<Record<FoundShape, string>>;
  /** `"{field}" must be <kind>, <found>.` */
  mustBe: (kind: string, found: string) => string;
  /** `"{field}" must be one of {allowed}; <found>.` (a value outside an enum) */
  enumValue: (found: string) => string;
  /** `"{field}" is not a real calendar date, <found>.` */
  notDate: (found: string) => string;
  /** `schema-version <value> does not match the fields of this file, which are Security Insights v1; expected {allowed}.` */
  v1Version: (value: string) => string;
  /** `Missing required field "{field}", <kind>.`, or without the kind when the schema does not say. */
  required: (kind?: string) => string;
  /** `Missing field "{field}", <kind>, required when "{condition}" is {conditionValue}.`, the kind as in `required`. */
  requiredWhen: (kind?: string) => string;
}

const cap = (word: string): string => word[0].toUpperCase() + word.slice(1);

/** The message ids of the composed sentences, by what they are made of. */
export const schemaMessageId = {
  mustBe: (kind: ExpectedKind, found: FoundShape): string => `${kind}Found${cap(found)}`,
  enumValue: (found: FoundShape): string => `enumFound${cap(found)}`,
  notDate: (found: FoundShape): string => `notDateFound${cap(found)}`,
  v1Version: (found: FoundShape): string => `v1Version${cap(found)}`,
  required: (kind?: ExpectedKind): string => (kind ? `required${cap(kind)}` : 'required'),
  requiredWhen: (kind?: ExpectedKind): string => (kind ? `requiredWhen${cap(kind)}` : 'requiredWhen'),
};

/** Every composed sentence of a language, by message id. */
export function schemaSentences(words: SchemaWords): Record<string, string> {
  const out: Record<string, string> = {
    [schemaMessageId.required()]: words.required(),
    [schemaMessageId.requiredWhen()]: words.requiredWhen(),
  };
  for (const kind of EXPECTED_KINDS) {
    out[schemaMessageId.required(kind)] = words.required(words.kinds[kind]);
    out[schemaMessageId.requiredWhen(kind)] = words.requiredWhen(words.kinds[kind]);
    for (const found of FOUND_SHAPES)
      out[schemaMessageId.mustBe(kind, found)] = words.mustBe(words.kinds[kind], words.found[found]);
  }
  for (const found of FOUND_SHAPES) {
    out[schemaMessageId.enumValue(found)] = words.enumValue(words.found[found]);
    out[schemaMessageId.notDate(found)] = words.notDate(words.found[found]);
    out[schemaMessageId.v1Version(found)] = words.v1Version(words.value[found]);
  }
  return out;
}

/** A catalog's entries for a rule's sentences: `<rule id>/<message id>`. */
export function ruleEntries(ruleId: string, sentences: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(sentences).map(([id, sentence]) => [`${ruleId}/${id}`, sentence]));
}

const LATIN_END = /[A-Za-z0-9}]$/;
const LATIN_START = /^[A-Za-z0-9{]/;
/** Kana and ideographs: not the punctuation (「」、。) or full-width forms, which take no space. */
const OWN_SCRIPT = /[\u3040-\u9fff]/;

/**
 * Chinese and Japanese words joined as those catalogs write them: a space where Latin letters, digits or a
 * placeholder meet kana or ideographs, none between the language's own characters or next to its punctuation.
 */
export function cjk(...parts: string[]): string {
  return parts.reduce((text, part) => {
    if (text === '' || part === '') return text + part;
    const space =
      (LATIN_END.test(text) && OWN_SCRIPT.test(part[0])) ||
      (OWN_SCRIPT.test(text[text.length - 1]) && LATIN_START.test(part));
    return text + (space ? ' ' : '') + part;
  });
}
