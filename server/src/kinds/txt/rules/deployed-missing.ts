import { defineRule } from '../../../core/rule';
import { hasUsableBody } from '../../../core/served';
import { deployedAnchor, deployedExample, describeAnswer } from '../deployed';
import { rfcSection, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'deployed-missing',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('3'),
    description:
      'The live check of a local file (`--compare`, `--online`, the editor command): no copy of it is served at its `Canonical` URL.',
    rationale:
      'A security.txt in the repository helps no researcher until it is served: tools fetch it from the site, and find nothing there.',
    howToFix:
      'Deploy the file to the URL its Canonical field names (/.well-known/security.txt of the site), or correct the Canonical field.',
    invalid: [
      {
        ...deployedExample(VALID_FILE, undefined, { status: 404, statusText: 'Not Found' }),
        expect: [
          {
            line: 4,
            column: 12,
            message:
              'Not deployed: https://acme.org/.well-known/security.txt answered 404 Not Found, expected this file there.',
          },
        ],
      },
      {
        ...deployedExample(VALID_FILE, undefined, { status: undefined, failure: { kind: 'timeout', afterMs: 10000 } }),
        expect: [
          {
            line: 4,
            column: 12,
            message:
              'Not deployed: https://acme.org/.well-known/security.txt could not be fetched (timeout), expected this file there.',
          },
        ],
      },
    ],
    valid: [
      deployedExample(VALID_FILE, VALID_FILE),
      // Another file is deployed there: deployed-outdated and deployed-contacts compare them.
      deployedExample(VALID_FILE, 'Contact: mailto:old@acme.org\nExpires: 2026-12-31T00:00:00Z\n'),
    ],
  },
  txt(doc, context) {
    const deployed = context.env.deployed;
    if (!deployed || (deployed.text !== undefined && hasUsableBody(deployed.served))) return;
    context.report({
      message: `Not deployed: ${deployed.served.url} ${describeAnswer(deployed.served)}, expected this file there.`,
      ...deployedAnchor(doc, deployed.served.url),
    });
  },
});
