/**
 * insights-schema's sentences in English, by message id (its `meta.messages`): those composed of a kind of value and
 * what was found instead (core/messages/si/schema-sentences.ts), and the rest, each once. schema-problems.ts and
 * schema-versions.ts report them by id with their values (field paths, allowed values, what was found), which
 * core/messages puts in the same sentence of another language.
 */
import { schemaSentences, type FoundShape } from '../../core/messages/si/schema-sentences';
import { KIND_WORDS } from './schema';

/** What was found, in words: a text in quotes, a number or true/false as it is. */
const FOUND: Readonly<Record<FoundShape, string>> = {
  none: 'no value',
  list: 'a list',
  mapping: 'a mapping',
  empty: 'an empty string',
  text: '"{found}"',
  plain: '{found}',
  other: 'a value of another type',
};

export const SCHEMA_MESSAGES: Readonly<Record<string, string>> = {
  ...schemaSentences({
    kinds: { ...KIND_WORDS, oneOf: 'one of {allowed}' },
    found: Object.fromEntries(Object.entries(FOUND).map(([shape, words]) => [shape, `found ${words}`])) as Record<
      FoundShape,
      string
    >,
    value: FOUND,
    mustBe: (kind, found) => `"{field}" must be ${kind}, ${found}.`,
    enumValue: (found) => `"{field}" must be one of {allowed}; ${found}.`,
    notDate: (found) => `"{field}" is not a real calendar date, ${found}.`,
    v1Version: (value) =>
      `schema-version ${value} does not match the fields of this file, which are Security Insights v1; expected {allowed}.`,
    required: (kind) => `Missing required field "{field}"${kind ? `, ${kind}` : ''}.`,
    requiredWhen: (kind) =>
      `Missing field "{field}"${kind ? `, ${kind}` : ''}, required when "{condition}" is {conditionValue}.`,
  }),
  longText: '"{field}" must be at most 560 characters, found {length}.',
  unknownNear: 'Unknown field "{name}" in {where}, did you mean "{near}"?',
  unknownNearTop: 'Unknown field "{name}" in the top level, did you mean "{near}"?',
  unknown: 'Unknown field "{name}" in {where}, expected one of: {allowed}.',
  unknownTop: 'Unknown field "{name}" in the top level, expected one of: {allowed}.',
  duplicate: '"{field}" lists the same entry twice, at [{first}] and [{second}]; keep one.',
  empty: '"{field}" needs at least one entry, found an empty list.',
  // Ajv's own words for a check the sentences above do not cover (none of the two schemas has one today).
  other: '"{field}" does not match the schema: {problem}.',
  notMappingList: 'The file must be a mapping of fields such as "header", found a list.',
  notMappingValue: 'The file must be a mapping of fields such as "header", found a single value.',
  projectMissing: `Missing required field "project", ${KIND_WORDS.mapping} (from 2.1.0, unless "header.project-si-source" names the file that describes the project).`,
  introduced:
    '"{field}" exists from Security Insights {introduced}, but this file declares {declared}: declare {introduced} or leave the field out.',
  expiresAfterReview:
    '"header.expiration-date" must be at most one year after "header.last-reviewed" ({reviewed}), found "{expires}".',
  v2Version:
    'schema-version "{version}" does not match the fields of this file, which are Security Insights 2.x; expected 2.0.0, 2.1.0 or 2.2.0.',
};
