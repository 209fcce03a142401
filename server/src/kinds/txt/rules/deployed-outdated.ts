import { defineRule } from '../../../core/rule';
import { readExpires } from '../expires';
import { deployedExample } from '../deployed';
import { SecurityTxtDocument } from '../securitytxt';
import { rfcSection, VALID_FILE } from './helpers';

const OLDER = VALID_FILE.replace('2027-06-30', '2026-12-31');

/** The one Expires value of a file, if it has exactly one that reads as an instant. */
function expiresOf(
  doc: SecurityTxtDocument,
): { value: string; at: number; field: SecurityTxtDocument['fields'][0] } | undefined {
  const fields = doc.fieldsNamed('expires');
  if (fields.length !== 1) return undefined;
  const date = readExpires(fields[0].value).date;
  return date ? { value: fields[0].value, at: date.getTime(), field: fields[0] } : undefined;
}

export default defineRule({
  meta: {
    id: 'deployed-outdated',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('2.5.5'),
    description:
      'The live check of a local file: the copy served at its `Canonical` URL has another `Expires` (an older or newer version of the file).',
    rationale:
      "Researchers read the deployed copy: when its Expires differs from the repository's, the site serves another version of the file, usually one that was never redeployed after an update and expires first.",
    howToFix: 'Deploy the local file again (and sign it again if it is signed), or bring the local file up to date.',
    messages: {
      older: 'The copy deployed at {url} is older: it expires {there}, this file {here}; expected this file deployed.',
      newer:
        'The copy deployed at {url} is newer: it expires {there}, this file {here}; expected this file up to date with it.',
    },
    invalid: [
      {
        ...deployedExample(VALID_FILE, OLDER),
        expect: [
          {
            line: 2,
            column: 10,
            message:
              'The copy deployed at https://acme.org/.well-known/security.txt is older: it expires 2026-12-31T00:00:00Z, this file 2027-06-30T00:00:00Z; expected this file deployed.',
          },
        ],
      },
      {
        ...deployedExample(OLDER, VALID_FILE),
        expect: [
          {
            line: 2,
            column: 10,
            message:
              'The copy deployed at https://acme.org/.well-known/security.txt is newer: it expires 2027-06-30T00:00:00Z, this file 2026-12-31T00:00:00Z; expected this file up to date with it.',
          },
        ],
      },
    ],
    valid: [
      deployedExample(VALID_FILE, VALID_FILE),
      // The same instant written otherwise.
      deployedExample(VALID_FILE, VALID_FILE.replace('2027-06-30T00:00:00Z', '2027-06-30T02:00:00+02:00')),
      // No Expires in the deployed copy: the rules on that copy say so.
      deployedExample(VALID_FILE, 'Contact: mailto:security@acme.org\n'),
    ],
  },
  txt(doc, context) {
    const deployed = context.env.deployed;
    if (deployed?.text === undefined) return;
    const local = expiresOf(doc);
    const there = expiresOf(new SecurityTxtDocument(deployed.text));
    if (!local || !there || local.at === there.at) return;
    const older = there.at < local.at;
    context.report({
      messageId: older ? 'older' : 'newer',
      values: { url: deployed.served.url, there: there.value, here: local.value },
      start: local.field.valueStart,
      end: local.field.valueEnd,
    });
  },
});
