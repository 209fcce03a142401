import { defineRule } from '../../engine/rule';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

/** A language tag (RFC 5646, simplified: language, optional script/region/variants). */
const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-[A-Za-z0-9]{5,8})*$/;
/** Country codes written where a language code belongs. */
const WRONG_CODES: Record<string, string> = {
  cz: 'cs',
  jp: 'ja',
  kr: 'ko',
  cn: 'zh',
  gr: 'el',
  dk: 'da',
  se: 'sv',
  ua: 'uk',
  rs: 'sr',
  by: 'be',
  il: 'he',
  vn: 'vi',
  ir: 'fa',
  in: 'id',
  gb: 'en',
  us: 'en',
};

export default defineRule({
  meta: {
    id: 'preferred-languages',
    defaultSeverity: 'error',
    fixable: 'sometimes',
    specUrl: rfcSection('2.5.8'),
    description:
      'Preferred-Languages appears more than once, has an invalid RFC 5646 tag, a separator other than a comma, or a country code for a language (`cz` → `cs`).',
    rationale:
      'RFC 9116 §2.5.8: one field, a comma-separated list of RFC 5646 language tags. `cz`, `jp` or `kr` are country codes; readers look for `cs`, `ja`, `ko`.',
    howToFix: 'Use one field with comma-separated tags such as `en, de, cs`. The quick fix corrects country codes and separators.',
    invalid: [
      {
        ...txtExample(`${VALID_FILE}Preferred-Languages: en, cz\n`),
        expect: [{ line: 5, column: 22, message: 'In Preferred-Languages "cz" is a country code, expected comma-separated RFC 5646 tags such as "en, cs".' }],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\nPreferred-Languages: en, cs\n',
      },
      {
        ...txtExample(`${VALID_FILE}Preferred-Languages: en; de\n`),
        expect: [
          {
            line: 5,
            column: 22,
            message: 'In Preferred-Languages the tags are not separated by commas, expected comma-separated RFC 5646 tags such as "en, de".',
          },
        ],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\nPreferred-Languages: en, de\n',
      },
      {
        ...txtExample(`${VALID_FILE}Preferred-Languages: en\nPreferred-Languages: de\n`),
        expect: [{ line: 6, column: 1, message: 'Preferred-Languages appears more than once, expected one field with a comma-separated list.' }],
      },
    ],
    valid: [txtExample(`${VALID_FILE}Preferred-Languages: en, de, pt-BR\n`)],
  },
  txt(doc, context) {
    const fields = doc.fieldsNamed('preferred-languages');
    for (const extra of fields.slice(1)) {
      context.report({
        message: 'Preferred-Languages appears more than once, expected one field with a comma-separated list.',
        start: extra.lineStart,
        end: extra.lineEnd,
      });
    }
    for (const field of fields) {
      const separatorProblem = /[;|/]|\S\s+\S/.test(field.value.replace(/,\s*/g, ','));
      const tags = field.value.split(/[,;|/\s]+/).filter(Boolean);
      const corrected = tags.map((t) => WRONG_CODES[t.toLowerCase()] ?? t);
      const invalid = tags.filter((t) => !TAG.test(t));
      const wrong = tags.filter((t) => WRONG_CODES[t.toLowerCase()]);
      if (!separatorProblem && invalid.length === 0 && wrong.length === 0) continue;
      const fixable = invalid.every((t) => WRONG_CODES[t.toLowerCase()]);
      const what =
        wrong.length > 0
          ? `"${wrong.join('", "')}" ${wrong.length === 1 ? 'is a country code' : 'are country codes'}`
          : invalid.length > 0
            ? `"${invalid.join('", "')}" ${invalid.length === 1 ? 'is not a language tag' : 'are not language tags'}`
            : 'the tags are not separated by commas';
      context.report({
        message: `In Preferred-Languages ${what}, expected comma-separated RFC 5646 tags such as "${corrected.join(', ')}".`,
        start: field.valueStart,
        end: field.valueEnd,
        fix: fixable
          ? { title: `Write "${corrected.join(', ')}"`, edits: [{ start: field.valueStart, end: field.valueEnd, newText: corrected.join(', ') }], safe: true }
          : undefined,
      });
    }
  },
});
