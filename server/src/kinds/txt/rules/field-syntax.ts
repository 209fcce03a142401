import { defineRule, type RuleContext } from '../../../core/rule';
import { isUnstructuredField, type SecurityTxtDocument, type TxtField, type TxtLine } from '../securitytxt';
import { codePointName, isControlCharacter } from '../../../core/text';
import { characterShape, FIELD_SYNTAX_FIX_TITLES, FIELD_SYNTAX_MESSAGES } from '../field-syntax-messages';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

/** RFC 9116 §4 `comment` text: anything but a control character, up to U+FFFFF. */
const isCommentCharacter = (c: string): boolean => !isControlCharacter(c) && (c.codePointAt(0) ?? 0) <= 0xfffff;
/** RFC 5322 `ftext`: printable US-ASCII but the colon. */
const isFtext = (c: string): boolean => c > ' ' && c <= '~' && c !== ':';

/** The first character of `text` that `allowed` refuses, with its offset. */
function firstRefused(text: string, allowed: (c: string) => boolean): { char: string; at: number } | undefined {
  let at = 0;
  for (const char of text) {
    if (!allowed(char)) return { char, at };
    at += char.length;
  }
  return undefined;
}

function checkName(field: TxtField, context: RuleContext): void {
  const bad = firstRefused(field.name, isFtext);
  if (!bad) return;
  const shape = characterShape('name', bad.char);
  context.report({
    messageId: shape.messageId,
    values: { name: field.name, ...shape.values },
    start: field.nameStart + bad.at,
    end: field.nameStart + bad.at + bad.char.length,
  });
}

function checkSeparator(doc: SecurityTxtDocument, field: TxtField, context: RuleContext): void {
  const separator = doc.text.slice(field.separatorStart, field.separatorEnd);
  // More whitespace after "name: " is folding whitespace (FWS) of RFC 5322 `unstructured`, which the grammar's
  // ext-field lets any field name have: accepted, and the value starts after it.
  if (separator.startsWith(': ')) return;
  context.report({
    messageId: 'separator',
    values: { written: `${field.name}${separator}`, name: field.name },
    start: field.separatorStart,
    end: field.separatorEnd,
    fix: {
      titleId: 'nameValue',
      edits: [{ start: field.separatorStart, end: field.separatorEnd, newText: ': ' }],
      safe: true,
    },
  });
}

/** RFC 5322 `unstructured` (the value of a field RFC 9116 does not define): printable US-ASCII and whitespace. */
function checkUnstructured(doc: SecurityTxtDocument, field: TxtField, context: RuleContext): void {
  if (!isUnstructuredField(field.key)) return;
  const raw = doc.text.slice(field.valueStart, field.valueEnd);
  const bad = firstRefused(raw, (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || (c > ' ' && c <= '~'));
  if (!bad) return;
  const shape = characterShape('value', bad.char);
  context.report({
    messageId: shape.messageId,
    values: { name: field.name, ...shape.values },
    start: field.valueStart + bad.at,
    end: field.valueStart + bad.at + bad.char.length,
  });
}

/** RFC 9116 §4 `comment`: "#" then whitespace, printable ASCII, or U+0080 to U+FFFFF. */
function checkComment(doc: SecurityTxtDocument, line: TxtLine, context: RuleContext): void {
  const text = doc.text.slice(line.contentStart, line.end);
  const bad = firstRefused(text, isCommentCharacter);
  if (!bad) return;
  const start = line.contentStart + bad.at;
  context.report({
    messageId: isControlCharacter(bad.char) ? 'commentControl' : 'commentAbove',
    values: { code: codePointName(bad.char) },
    start,
    end: start + bad.char.length,
  });
}

/** Whether the text, moved to the start of its line, is a comment or a `name: value` field this rule accepts. */
function validOnceUnindented(text: string): boolean {
  if (text !== text.normalize('NFC')) return false;
  if (text.startsWith('#')) return firstRefused(text, isCommentCharacter) === undefined;
  const colon = text.indexOf(': ');
  const printable = (c: string) => c === '\t' || (c >= ' ' && c <= '~');
  return (
    colon > 0 &&
    firstRefused(text.slice(0, colon), isFtext) === undefined &&
    firstRefused(text, printable) === undefined &&
    text.slice(colon + 2).trim() !== ''
  );
}

function checkLineStart(doc: SecurityTxtDocument, line: TxtLine, context: RuleContext): void {
  const text = doc.text.slice(line.contentStart, line.end);
  const indent = text.length - text.trimStart().length;
  const unindent = {
    titleId: 'unindent',
    edits: [{ start: line.contentStart, end: line.contentStart + indent, newText: '' }],
  };
  if (line.kind === 'continuation' && line.continues) {
    const name = line.continues.name;
    // A value that cannot hold whitespace (a URI, a date, a tag) was most likely wrapped: join it back.
    const breakStart = doc.text[line.start - 2] === '\r' ? line.start - 2 : line.start - 1;
    context.report({
      messageId: 'folded',
      values: { name },
      start: line.start,
      end: line.end,
      fix: {
        titleId: 'join',
        edits: [{ start: breakStart, end: line.contentStart + indent, newText: '' }],
        safe: false,
      },
    });
    return;
  }
  context.report({
    messageId: 'stray',
    start: line.start,
    end: line.end,
    fix: validOnceUnindented(text.slice(indent)) ? { ...unindent, safe: true } : undefined,
  });
}

function checkField(doc: SecurityTxtDocument, field: TxtField, context: RuleContext): void {
  checkName(field, context);
  if (field.value === '') {
    context.report({
      messageId: 'empty',
      values: { name: field.name },
      start: field.lineStart,
      end: field.lineEnd,
    });
    return;
  }
  checkSeparator(doc, field, context);
  checkUnstructured(doc, field, context);
}

/** RFC 9116 §4 wants the file in Net-Unicode form (RFC 5198), whose text is in Normalization Form C. */
function checkNormalization(doc: SecurityTxtDocument, line: TxtLine, context: RuleContext): void {
  const text = doc.text.slice(line.start, line.end);
  if (text.normalize('NFC') === text) return;
  context.report({
    messageId: 'notNfc',
    start: line.start,
    end: line.end,
    fix: {
      titleId: 'compose',
      edits: [{ start: line.start, end: line.end, newText: text.normalize('NFC') }],
      safe: true,
    },
  });
}

export default defineRule({
  meta: {
    id: 'field-syntax',
    defaultSeverity: 'error',
    fixable: 'sometimes',
    specUrl: rfcSection('4'),
    description:
      'A line the grammar of RFC 9116 §4 refuses: not a field, comment or blank; the spacing around the colon; a bad field name; an empty value; non-ASCII in an extension value; a fold where none can be; a control character in a comment; text not in NFC.',
    rationale:
      'RFC 9116 §2 and §4 define each line as `name: value`, a comment or blank, with the field name of RFC 5322 §3.6.8, one space after the colon, and, for fields RFC 9116 does not define, RFC 5322 `unstructured` text, which may fold: a line starting with whitespace continues the field above it. Parsers drop lines that do not match, and with them the contact they carry. The grammar lets an extension field be empty, but §2 says a field MUST have a value, so an empty one is reported. More whitespace after `name: ` is accepted for every field: it is the folding whitespace (FWS) that RFC 5322 `unstructured` may start with, and the `ext-field` of the grammar matches any field name. §4 also asks for Net-Unicode (RFC 5198), whose text is NFC.',
    howToFix:
      'Write `Name: value` at the start of the line. Quick fixes normalise the spacing around the colon, compose characters (NFC) and move a stray indented line to the start.',
    messages: FIELD_SYNTAX_MESSAGES,
    fixTitles: FIELD_SYNTAX_FIX_TITLES,
    invalid: [
      {
        ...txtExample('Contact : mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n'),
        expect: [
          {
            line: 1,
            column: 8,
            message: '"Contact : " is not "Contact: ", expected the colon right after the name and one space after it.',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        ...txtExample('Contact:mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n'),
        expect: [
          {
            line: 1,
            column: 8,
            message: '"Contact:" is not "Contact: ", expected the colon right after the name and one space after it.',
          },
        ],
        fixed: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        ...txtExample(`${VALID_FILE}this line is not a field\n`),
        expect: [
          {
            line: 5,
            column: 1,
            message: 'This line is not a field, a comment or blank, expected "Name: value" or "# comment".',
          },
        ],
      },
      {
        ...txtExample(`  # Our team\n${VALID_FILE}`),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'This line starts with whitespace but no field comes before it to continue, expected its text at the start of the line.',
          },
        ],
        fixed: `# Our team\n${VALID_FILE}`,
      },
      {
        ...txtExample(`${VALID_FILE}Hiring: https://acme.org/\n  jobs\n`),
        expect: [
          {
            line: 6,
            column: 1,
            message:
              "This line starts with whitespace, so it continues the Hiring field, whose value cannot be folded, expected Hiring's value on one line.",
          },
        ],
        fixed: `${VALID_FILE}Hiring: https://acme.org/jobs\n`,
      },
      {
        ...txtExample(`${VALID_FILE}X-Owner: José\nDépartement: Sécurité\n`),
        expect: [
          {
            line: 5,
            column: 13,
            message:
              '"é" in the value of X-Owner is not printable US-ASCII, expected RFC 5322 unstructured text (a comment may hold any Unicode).',
          },
          {
            line: 6,
            column: 2,
            message:
              'The field name "Département" holds "é", expected printable ASCII without spaces or colons (RFC 5322 field-name).',
          },
          {
            line: 6,
            column: 15,
            message:
              '"é" in the value of Département is not printable US-ASCII, expected RFC 5322 unstructured text (a comment may hold any Unicode).',
          },
        ],
      },
      {
        ...txtExample(`# Caf\u0065\u0301 \u0007\n${VALID_FILE}X-Note: \n`),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'This line is not in Unicode Normalization Form C, expected composed characters (RFC 5198 Net-Unicode).',
          },
          {
            line: 1,
            column: 9,
            message: 'A comment holds control character U+0007 expected printable characters, spaces and tabs.',
          },
          { line: 6, column: 1, message: 'The field "X-Note" has no value, expected "X-Note: value".' },
        ],
        fixed: `# Caf\u00e9 \u0007\n${VALID_FILE}X-Note: \n`,
      },
    ],
    valid: [
      txtExample(
        `# A comment: ünïcödé is fine here\n\n${VALID_FILE}X-Note:   folded\n   over two lines\n  \t \nCONTACT: mailto:second@acme.org\n`,
      ),
      txtExample(VALID_FILE.replace(/\n/g, '  \r\n')),
    ],
  },
  txt(doc, context) {
    for (const line of doc.body) {
      checkNormalization(doc, line, context);
      if (line.kind === 'comment') checkComment(doc, line, context);
      else if (line.kind === 'field' && line.field) checkField(doc, line.field, context);
      else if (line.kind === 'continuation' && line.continues && !isUnstructuredField(line.continues.key))
        checkLineStart(doc, line, context);
      else if (line.kind === 'invalid') {
        const text = doc.text.slice(line.contentStart, line.end);
        if (text[0] === ' ' || text[0] === '\t') checkLineStart(doc, line, context);
        else
          context.report({
            messageId: 'notField',
            start: line.start,
            end: line.end,
          });
      }
    }
  },
});
