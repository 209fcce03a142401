import { defineRule, type RuleContext } from '../../../core/rule';
import type { TxtField } from '../securitytxt';
import { checkLanguageTag } from '../standards/bcp47';
import { REGISTRY_DATE } from '../standards/subtags.generated';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

const WSP = (c: string | undefined): boolean => c === ' ' || c === '\t';
/** Separators people use instead of commas. */
const OTHER_SEPARATORS = /[;|/]|[ \t]/;

/** The entries between commas, with their offsets in the value, whitespace around them left out. */
function entries(value: string): Array<{ text: string; start: number }> {
  const found: Array<{ text: string; start: number }> = [];
  let from = 0;
  for (const piece of value.split(',')) {
    let start = 0;
    let end = piece.length;
    while (WSP(piece[start])) start++;
    while (end > start && WSP(piece[end - 1])) end--;
    found.push({ text: piece.slice(start, end), start: from + start });
    from += piece.length + 1;
  }
  return found;
}

function checkEntry(field: TxtField, entry: { text: string; start: number }, context: RuleContext): void {
  const start = field.valueStart + entry.start;
  const end = start + entry.text.length;
  if (entry.text === '') {
    context.report({
      messageId: 'entryEmpty',
      start: Math.max(start - 1, field.valueStart),
      end: start + 1,
    });
    return;
  }
  if (OTHER_SEPARATORS.test(entry.text)) {
    const tags = entry.text.split(/[;|/ \t]+/).filter(Boolean);
    context.report({
      messageId: 'separators',
      values: { entry: entry.text, tags: tags.join(', ') },
      start,
      end,
      fix: {
        titleId: 'write',
        titleValues: { value: tags.join(', ') },
        edits: [{ start, end, newText: tags.join(', ') }],
        safe: true,
      },
    });
    return;
  }
  const miss = checkLanguageTag(entry.text);
  if (!miss) return;
  context.report({
    messageId: miss.id === 'country' && miss.corrected ? 'countryCorrected' : miss.id,
    values: miss.corrected ? { ...miss.values, corrected: miss.corrected } : miss.values,
    start,
    end,
    fix: miss.corrected
      ? {
          titleId: 'write',
          titleValues: { value: miss.corrected },
          edits: [{ start, end, newText: miss.corrected }],
          safe: true,
        }
      : undefined,
  });
}

export default defineRule({
  meta: {
    id: 'preferred-languages',
    defaultSeverity: 'error',
    fixable: 'sometimes',
    specUrl: rfcSection('2.5.8'),
    description:
      'Preferred-Languages more than once, an empty entry, a separator other than a comma, or a tag that is not valid BCP 47 by the IANA registry (`cz`, `CZ-Czechia` → `cs`).',
    rationale:
      'RFC 9116 §2.5.8 and the `lang-values` rule of §4: one field, language tags separated by commas with optional whitespace around them. Tags are valid when every subtag is in the IANA Language Subtag Registry (RFC 5646 §2.2.9; the copy of ' +
      REGISTRY_DATE +
      ' is built in); `cz`, `jp` or `CZ-Czechia` are countries, and readers look for `cs` and `ja`. A tag that is valid but deprecated (`iw`) or an unlikely language that happens to be a country code too (`kr` is Kanuri, `se` Northern Sami) is valid and not reported.',
    howToFix:
      'Use one field with comma-separated tags such as `en, de, cs`. The quick fix corrects separators, "_" in tags, and the country codes whose language is certain.',
    // One sentence per reason (the cases of checkLanguageTag in ../standards/bcp47.ts).
    messages: {
      entryEmpty:
        'In Preferred-Languages an entry between commas is empty, expected a language tag on each side of every comma.',
      separators:
        'In Preferred-Languages "{entry}" separates tags with something other than a comma, expected "{tags}".',
      repeated: 'Preferred-Languages appears more than once, expected one field with a comma-separated list.',
      notRegistered:
        'In Preferred-Languages "{language}" is not a registered language subtag, expected an RFC 5646 language tag such as "en" or "pt-BR".',
      country:
        'In Preferred-Languages "{language}" is the country code of {country}, not a language, expected an RFC 5646 language tag such as "en" or "pt-BR".',
      countryCorrected:
        'In Preferred-Languages "{language}" is the country code of {country}, not a language, expected "{corrected}".',
      underscore: 'In Preferred-Languages "{tag}" separates its subtags with "_", expected "{corrected}".',
      malformed:
        'In Preferred-Languages "{tag}" is not well-formed ({detail}), expected an RFC 5646 language tag such as "en" or "pt-BR".',
      notWellFormed:
        'In Preferred-Languages "{tag}" is not a well-formed language tag, expected an RFC 5646 language tag such as "en" or "pt-BR".',
      unregisteredExtlang:
        'In Preferred-Languages "{subtag}" in "{tag}" is not a registered extended language subtag, expected an RFC 5646 language tag such as "en" or "pt-BR".',
      unregisteredScript:
        'In Preferred-Languages "{subtag}" in "{tag}" is not a registered script subtag, expected an RFC 5646 language tag such as "en" or "pt-BR".',
      unregisteredRegion:
        'In Preferred-Languages "{subtag}" in "{tag}" is not a registered region subtag, expected an RFC 5646 language tag such as "en" or "pt-BR".',
      unregisteredVariant:
        'In Preferred-Languages "{subtag}" in "{tag}" is not a registered variant subtag, expected an RFC 5646 language tag such as "en" or "pt-BR".',
      variantTwice:
        'In Preferred-Languages the variant "{subtag}" appears twice in "{tag}", expected an RFC 5646 language tag such as "en" or "pt-BR".',
      extensionTwice:
        'In Preferred-Languages the extension "{subtag}" appears twice in "{tag}", expected an RFC 5646 language tag such as "en" or "pt-BR".',
    },
    fixTitles: {
      write: 'Write "{value}"',
    },
    invalid: [
      {
        ...txtExample(`${VALID_FILE}Preferred-Languages: en, cz\n`),
        expect: [
          {
            line: 5,
            column: 26,
            message: 'In Preferred-Languages "cz" is the country code of Czechia, not a language, expected "cs".',
          },
        ],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\nPreferred-Languages: en, cs\n',
      },
      {
        ...txtExample(`${VALID_FILE}Preferred-Languages: CZ-Czechia\n`),
        expect: [
          {
            line: 5,
            column: 22,
            message: 'In Preferred-Languages "CZ" is the country code of Czechia, not a language, expected "cs".',
          },
        ],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\nPreferred-Languages: cs\n',
      },
      {
        ...txtExample(`${VALID_FILE}Preferred-Languages: en; de\n`),
        expect: [
          {
            line: 5,
            column: 22,
            message:
              'In Preferred-Languages "en; de" separates tags with something other than a comma, expected "en, de".',
          },
        ],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\nPreferred-Languages: en, de\n',
      },
      {
        ...txtExample(`${VALID_FILE}Preferred-Languages: en_US, english, en,\n`),
        expect: [
          {
            line: 5,
            column: 22,
            message: 'In Preferred-Languages "en_US" separates its subtags with "_", expected "en-US".',
          },
          {
            line: 5,
            column: 29,
            message:
              'In Preferred-Languages "english" is not a registered language subtag, expected an RFC 5646 language tag such as "en" or "pt-BR".',
          },
          {
            line: 5,
            column: 40,
            message:
              'In Preferred-Languages an entry between commas is empty, expected a language tag on each side of every comma.',
          },
        ],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\nPreferred-Languages: en-US, english, en,\n',
      },
      {
        ...txtExample(`${VALID_FILE}Preferred-Languages: en\nPreferred-Languages: de\n`),
        expect: [
          {
            line: 6,
            column: 1,
            message: 'Preferred-Languages appears more than once, expected one field with a comma-separated list.',
          },
        ],
      },
    ],
    valid: [
      txtExample(`${VALID_FILE}Preferred-Languages: en, de, pt-BR\n`),
      txtExample(`${VALID_FILE}Preferred-Languages: en ,de,\tzh-Hant-TW , sl-rozaj-biske, i-klingon, x-private, qaa\n`),
    ],
  },
  txt(doc, context) {
    const fields = doc.fieldsNamed('preferred-languages');
    for (const extra of fields.slice(1)) {
      context.report({
        messageId: 'repeated',
        start: extra.lineStart,
        end: extra.lineEnd,
      });
    }
    for (const field of fields) {
      if (field.value === '') continue;
      for (const entry of entries(field.value)) checkEntry(field, entry, context);
    }
  },
});
