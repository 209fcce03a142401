import { defineRule } from '../../../core/rule';
import { readExpires } from '../expires';
import { signatureExample } from '../deployed';
import { formatUtc } from '../standards/rfc3339';
import { rfcSection, signed, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'signature-after-expires',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('2.5.5'),
    description: 'The signature was made after the `Expires` of the text it signs.',
    rationale:
      'A file signed after its own expiry was re-signed without being renewed: the signature vouches for a file that researchers are told to ignore.',
    howToFix: 'Update Expires, then sign the file again.',
    messages: {
      afterExpires:
        'The signature was made {created}, after the Expires of the file it signs ({expires}), expected the file renewed before it is signed.',
    },
    invalid: [
      {
        ...signatureExample(signed(VALID_FILE), { created: new Date('2027-07-01T08:00:00Z') }),
        today: '2027-07-02',
        expect: [
          {
            line: 5,
            column: 10,
            message:
              'The signature was made 2027-07-01T08:00:00Z, after the Expires of the file it signs (2027-06-30T00:00:00Z), expected the file renewed before it is signed.',
          },
        ],
      },
      {
        // Whatever the verdict: the date is read from the signature itself.
        ...signatureExample(signed(VALID_FILE.replace('2027-06-30T00:00:00Z', '2026-10-31T23:00:00-02:00')), {
          verdict: 'bad',
        }),
        expect: [
          {
            line: 5,
            column: 10,
            message:
              'The signature was made 2026-11-01T10:00:00Z, after the Expires of the file it signs (2026-10-31T23:00:00-02:00), expected the file renewed before it is signed.',
          },
        ],
      },
    ],
    valid: [signatureExample(signed(VALID_FILE))],
  },
  txt(doc, context) {
    const check = context.env.signature;
    if (!doc.signed || !check?.created) return;
    const fields = doc.fieldsNamed('expires');
    const expires = fields.length === 1 ? readExpires(fields[0].value).latest : undefined;
    if (!expires || check.created.getTime() <= expires.getTime()) return;
    context.report({
      messageId: 'afterExpires',
      values: { created: formatUtc(check.created), expires: fields[0].value },
      start: fields[0].valueStart,
      end: fields[0].valueEnd,
    });
  },
});
