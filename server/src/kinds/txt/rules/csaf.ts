import { defineRule } from '../../../core/rule';
import { txtExample, VALID_FILE } from './helpers';

const WELL_KNOWN = '/.well-known/csaf/provider-metadata.json';

function parsed(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined; // value-not-uri reports it.
  }
}
const hostOf = (value: string): string | undefined => parsed(value)?.host;

export default defineRule({
  meta: {
    id: 'csaf',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: 'https://docs.oasis-open.org/csaf/csaf/v2.0/os/csaf-v2.0-os.html#7110-requirement-8-securitytxt',
    description:
      "A CSAF value not ending in `/provider-metadata.json`; the file's own `/.well-known/csaf/provider-metadata.json` not the first CSAF entry.",
    rationale:
      "CSAF 2.0 requirement 8 expects CSAF fields to point to provider-metadata.json, and several may be listed (mirrors, other providers). Aggregators take the first one, so the provider's own /.well-known/csaf/ location, on the domain the file's Canonical names, comes first. A well-known URL on another domain may come anywhere.",
    howToFix: 'Point CSAF to …/provider-metadata.json and list your own /.well-known/csaf/ one first.',
    messages: {
      notMetadata: '"{value}" does not end in /provider-metadata.json, expected the CSAF provider metadata URL.',
      notFirst: 'The /.well-known/csaf/ entry of {host} is not the first CSAF field, expected it first.',
    },
    invalid: [
      {
        ...txtExample(`${VALID_FILE}CSAF: https://acme.org/csaf/\n`),
        expect: [
          {
            line: 5,
            column: 7,
            message:
              '"https://acme.org/csaf/" does not end in /provider-metadata.json, expected the CSAF provider metadata URL.',
          },
        ],
      },
      {
        ...txtExample(
          `${VALID_FILE}CSAF: https://mirror.acme.org/provider-metadata.json\nCSAF: https://acme.org/.well-known/csaf/provider-metadata.json\n`,
        ),
        expect: [
          {
            line: 6,
            column: 1,
            message: 'The /.well-known/csaf/ entry of acme.org is not the first CSAF field, expected it first.',
          },
        ],
      },
    ],
    valid: [
      txtExample(`${VALID_FILE}CSAF: https://acme.org/.well-known/csaf/provider-metadata.json\n`),
      txtExample(
        `${VALID_FILE}CSAF: https://acme.org/.well-known/csaf/provider-metadata.json\nCSAF: https://mirror.acme.org/csaf/provider-metadata.json\nCSAF: https://partner.example/.well-known/csaf/provider-metadata.json\n`,
      ),
    ],
  },
  txt(doc, context) {
    const own = new Set(
      doc
        .fieldsNamed('canonical')
        .map((f) => hostOf(f.value))
        .filter((h): h is string => h !== undefined),
    );
    const fields = doc.fieldsNamed('csaf');
    fields.forEach((field, i) => {
      const url = parsed(field.value);
      if (!url?.pathname.endsWith('/provider-metadata.json')) {
        context.report({
          messageId: 'notMetadata',
          values: { value: field.value },
          start: field.valueStart,
          end: field.valueEnd,
        });
      } else if (i > 0 && url.pathname === WELL_KNOWN && (own.size === 0 || own.has(url.host))) {
        context.report({
          messageId: 'notFirst',
          values: { host: url.host },
          start: field.lineStart,
          end: field.lineEnd,
        });
      }
    });
  },
});
