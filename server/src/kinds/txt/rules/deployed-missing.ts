import { defineRule } from '../../../core/rule';
import { hasUsableBody, type ServedFile } from '../../../core/served';
import { deployedAnchor, deployedExample } from '../deployed';
import { kilobytes } from '../served';
import { rfcSection, VALID_FILE } from './helpers';

/** One sentence per answer (the cases of describeAnswer in ../deployed.ts, each said whole). */
const MESSAGES = {
  timeout: 'Not deployed: {url} could not be fetched (timeout), expected this file there.',
  network: 'Not deployed: {url} could not be fetched (network), expected this file there.',
  redirects: 'Not deployed: {url} could not be fetched (redirects), expected this file there.',
  tls: 'Not deployed: {url} could not be fetched ({code}), expected this file there.',
  html: 'Not deployed: {url} answered with an HTML page, expected this file there.',
  tooLarge: 'Not deployed: {url} answered with more than {size}, expected this file there.',
  status: 'Not deployed: {url} answered {status}, expected this file there.',
};

function answered(served: ServedFile): { messageId: string; values: Record<string, string> } {
  const url = served.url;
  const failure = served.failure;
  if (failure)
    return { messageId: failure.kind, values: failure.kind === 'tls' ? { url, code: failure.code } : { url } };
  if (served.html) return { messageId: 'html', values: { url } };
  if (served.tooLargeAt !== undefined)
    return { messageId: 'tooLarge', values: { url, size: kilobytes(served.tooLargeAt) } };
  return {
    messageId: 'status',
    values: { url, status: `${served.status}${served.statusText ? ` ${served.statusText}` : ''}` },
  };
}

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
    messages: MESSAGES,
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
      ...answered(deployed.served),
      ...deployedAnchor(doc, deployed.served.url),
    });
  },
});
