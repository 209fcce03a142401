import { defineRule } from '../../../core/rule';
import { finalUrl, hasUsableBody } from '../../../core/served';
import { servedExample } from '../served';
import { addFieldFix, rfcSection, VALID_FILE } from './helpers';

/** A URL written the one way WHATWG's parser writes it (case of scheme and host, default port), or as given. */
function normalised(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

const OTHER_CANONICAL = VALID_FILE.replace('https://acme.org/.well-known/', 'https://www.acme.org/.well-known/');

export default defineRule({
  meta: {
    id: 'canonical-mismatch',
    defaultSeverity: 'warning',
    fixable: 'sometimes',
    specUrl: rfcSection('2.5.2'),
    description: 'The live check: the file has `Canonical` fields, and none is the URL it was fetched from.',
    rationale:
      'RFC 9116 §2.5.2: when Canonical does not list the URL a file was retrieved from, researchers are told not to trust it, since it may be a copy served by someone else.',
    howToFix: 'Add the URL the file is served from as a Canonical field (and sign the file again if it is signed).',
    messages: {
      unlisted: 'No Canonical field lists {url}, where the file was fetched from (RFC 9116 §2.5.2).',
    },
    fixTitles: {
      add: 'Add Canonical: {url}',
    },
    invalid: [
      {
        ...servedExample({}, OTHER_CANONICAL),
        expect: [
          {
            line: 4,
            column: 12,
            message:
              'No Canonical field lists https://acme.org/.well-known/security.txt, where the file was fetched from (RFC 9116 §2.5.2).',
          },
        ],
        fixed: `${OTHER_CANONICAL}Canonical: https://acme.org/.well-known/security.txt\n`,
      },
      {
        ...servedExample({ redirects: ['https://www.acme.org/security.txt'] }, VALID_FILE),
        expect: [
          {
            line: 4,
            column: 12,
            message:
              'No Canonical field lists https://www.acme.org/security.txt, where the file was fetched from (RFC 9116 §2.5.2).',
          },
        ],
        fixed: `${VALID_FILE}Canonical: https://www.acme.org/security.txt\n`,
      },
    ],
    valid: [
      servedExample({}, VALID_FILE),
      servedExample({}, VALID_FILE.replace('https://acme.org/', 'HTTPS://ACME.ORG:443/')),
      // No Canonical at all: nothing to compare (signed-without-canonical speaks for signed files).
      servedExample({}, 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n'),
    ],
  },
  txt(doc, context) {
    const served = context.env.served;
    if (!served || !hasUsableBody(served)) return;
    const canonical = doc.fieldsNamed('canonical');
    if (canonical.length === 0) return;
    const url = finalUrl(served);
    if (canonical.some((f) => normalised(f.value) === normalised(url))) return;
    context.report({
      messageId: 'unlisted',
      values: { url },
      start: canonical[0].valueStart,
      end: canonical[0].valueEnd,
      fix: addFieldFix(doc, `Canonical: ${url}`, 'add', { url }),
    });
  },
});
