import { defineRule } from '../../../core/rule';
import { deployedExample } from '../deployed';
import { SecurityTxtDocument } from '../securitytxt';
import { rfcSection, VALID_FILE } from './helpers';

const contactsOf = (doc: SecurityTxtDocument): string[] => doc.fieldsNamed('contact').map((f) => f.value.trim());

const OTHER_CONTACT = VALID_FILE.replace('mailto:security@acme.org', 'mailto:old-security@acme.org');

export default defineRule({
  meta: {
    id: 'deployed-contacts',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('2.5.3'),
    description: 'The live check of a local file: the copy served at its `Canonical` URL lists other contacts.',
    rationale:
      'Researchers write to the contacts of the deployed copy: a contact changed in the repository and never deployed sends their reports to an old address, or to nobody.',
    howToFix: 'Deploy the local file again (and sign it again if it is signed), or bring the local file up to date.',
    messages: {
      both: 'The copy deployed at {url} has other contacts: {there} only there, {here} only here; expected the same contacts.',
      onlyThere: 'The copy deployed at {url} has other contacts: {there} only there; expected the same contacts.',
      onlyHere: 'The copy deployed at {url} has other contacts: {here} only here; expected the same contacts.',
    },
    invalid: [
      {
        ...deployedExample(VALID_FILE, OTHER_CONTACT),
        expect: [
          {
            line: 1,
            column: 10,
            message:
              'The copy deployed at https://acme.org/.well-known/security.txt has other contacts: mailto:old-security@acme.org only there, mailto:security@acme.org only here; expected the same contacts.',
          },
        ],
      },
      {
        ...deployedExample(VALID_FILE, `Contact: https://acme.org/report\n${VALID_FILE}`),
        expect: [
          {
            line: 1,
            column: 10,
            message:
              'The copy deployed at https://acme.org/.well-known/security.txt has other contacts: https://acme.org/report only there; expected the same contacts.',
          },
        ],
      },
    ],
    valid: [
      deployedExample(VALID_FILE, VALID_FILE),
      // The same contacts in another order.
      deployedExample(
        `Contact: https://acme.org/report\n${VALID_FILE}`,
        `${VALID_FILE}Contact: https://acme.org/report\n`,
      ),
    ],
  },
  txt(doc, context) {
    const deployed = context.env.deployed;
    if (deployed?.text === undefined) return;
    const here = contactsOf(doc);
    const there = contactsOf(new SecurityTxtDocument(deployed.text));
    const onlyThere = there.filter((c) => !here.includes(c));
    const onlyHere = here.filter((c) => !there.includes(c));
    if (onlyThere.length === 0 && onlyHere.length === 0) return;
    const first = doc.fieldsNamed('contact')[0];
    const messageId = onlyThere.length === 0 ? 'onlyHere' : onlyHere.length === 0 ? 'onlyThere' : 'both';
    context.report({
      messageId,
      values: {
        url: deployed.served.url,
        ...(onlyThere.length > 0 && { there: onlyThere.join(', ') }),
        ...(onlyHere.length > 0 && { here: onlyHere.join(', ') }),
      },
      ...(first ? { start: first.valueStart, end: first.valueEnd } : doc.anchor),
    });
  },
});
