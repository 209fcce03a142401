/**
 * The sentences of rule `field-syntax` (./rules/field-syntax.ts), one per shape: a character is named either as
 * itself (`"é"`) or, a control character, by its code point (`control character U+0007`).
 */
import { codePointName, isControlCharacter } from '../../core/text';

/** The titles of field-syntax's fixes (core/messages/fixes translates them). */
export const FIELD_SYNTAX_FIX_TITLES = {
  nameValue: 'Write "Name: value"',
  unindent: 'Start the line at its text',
  join: 'Join it to the line above',
  compose: 'Compose the characters (NFC)',
};

export const FIELD_SYNTAX_MESSAGES = {
  nameChar:
    'The field name "{name}" holds "{char}", expected printable ASCII without spaces or colons (RFC 5322 field-name).',
  nameControl:
    'The field name "{name}" holds control character {code}, expected printable ASCII without spaces or colons (RFC 5322 field-name).',
  separator: '"{written}" is not "{name}: ", expected the colon right after the name and one space after it.',
  valueChar:
    '"{char}" in the value of {name} is not printable US-ASCII, expected RFC 5322 unstructured text (a comment may hold any Unicode).',
  valueControl:
    'control character {code} in the value of {name} is not printable US-ASCII, expected RFC 5322 unstructured text (a comment may hold any Unicode).',
  commentControl: 'A comment holds control character {code} expected printable characters, spaces and tabs.',
  commentAbove: 'A comment holds {code}, above U+FFFFF, expected printable characters, spaces and tabs.',
  folded:
    "This line starts with whitespace, so it continues the {name} field, whose value cannot be folded, expected {name}'s value on one line.",
  stray:
    'This line starts with whitespace but no field comes before it to continue, expected its text at the start of the line.',
  empty: 'The field "{name}" has no value, expected "{name}: value".',
  notNfc: 'This line is not in Unicode Normalization Form C, expected composed characters (RFC 5198 Net-Unicode).',
  notField: 'This line is not a field, a comment or blank, expected "Name: value" or "# comment".',
};

/** The message id and values naming character `c` in a sentence of `prefix` (`name` → nameChar or nameControl). */
export function characterShape(
  prefix: 'name' | 'value',
  c: string,
): { messageId: string; values: { char: string } | { code: string } } {
  return isControlCharacter(c)
    ? { messageId: `${prefix}Control`, values: { code: codePointName(c) } }
    : { messageId: `${prefix}Char`, values: { char: c } };
}
