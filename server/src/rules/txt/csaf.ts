import { defineRule } from '../../engine/rule';
import { txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'csaf',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: 'https://docs.oasis-open.org/csaf/csaf/v2.0/os/csaf-v2.0-os.html#7110-requirement-8-securitytxt',
    description: 'A CSAF value not ending in `/provider-metadata.json`; a well-known CSAF URL that is not the first CSAF entry.',
    rationale:
      'CSAF 2.0 requirement 8 expects CSAF fields to point to provider-metadata.json; aggregators take the first one, so the canonical /.well-known/csaf/ location must come first.',
    howToFix: 'Point CSAF to …/provider-metadata.json and list the /.well-known/csaf/ one first.',
    invalid: [
      {
        ...txtExample(`${VALID_FILE}CSAF: https://acme.org/csaf/\n`),
        expect: [{ line: 5, column: 7, message: '"https://acme.org/csaf/" does not end in /provider-metadata.json, expected the CSAF provider metadata URL.' }],
      },
      {
        ...txtExample(`${VALID_FILE}CSAF: https://mirror.acme.org/provider-metadata.json\nCSAF: https://acme.org/.well-known/csaf/provider-metadata.json\n`),
        expect: [{ line: 6, column: 1, message: 'The /.well-known/csaf/ entry is not the first CSAF field, expected it first.' }],
      },
    ],
    valid: [txtExample(`${VALID_FILE}CSAF: https://acme.org/.well-known/csaf/provider-metadata.json\n`)],
  },
  txt(doc, context) {
    const fields = doc.fieldsNamed('csaf');
    fields.forEach((field, i) => {
      if (!/\/provider-metadata\.json$/.test(field.value)) {
        context.report({
          message: `"${field.value}" does not end in /provider-metadata.json, expected the CSAF provider metadata URL.`,
          start: field.valueStart,
          end: field.valueEnd,
        });
      } else if (i > 0 && /\/\.well-known\/csaf\/provider-metadata\.json$/.test(field.value)) {
        context.report({ message: 'The /.well-known/csaf/ entry is not the first CSAF field, expected it first.', start: field.lineStart, end: field.lineEnd });
      }
    });
  },
});
