import { defineRule } from '../../../core/rule';
import { KEY_SERVER_WORDS, PGP_WORDS } from '../lexicon';

export default defineRule({
  meta: {
    id: 'unverifiable-key',
    defaultSeverity: 'info',
    fixable: false,
    description: 'A PGP key is mentioned ("available on key servers") with no fingerprint, URL or inline key.',
    rationale:
      "Anyone can upload a key with your name to a key server. Without a fingerprint or a URL on your own domain a reporter cannot tell your key from an impostor's, and many key servers no longer serve search results at all.",
    howToFix: 'Publish the key at a URL you control (or inline) and give its full fingerprint.',
    invalid: [
      {
        text: '# Security\n\nOur GPG key is available on key servers.\n',
        expect: [
          {
            line: 3,
            column: 29,
            message: 'The key is said to be on key servers, expected a fingerprint or a URL to verify it.',
          },
        ],
      },
      {
        text: '# Sicherheit\n\nE-Mail an security@acme.org. Unseren PGP-Schlüssel senden wir auf Anfrage.\n',
        expect: [
          {
            line: 3,
            column: 63,
            message: 'The key is said to be on key servers, expected a fingerprint or a URL to verify it.',
          },
        ],
      },
    ],
    valid: [
      {
        text: '# Security\n\nOur GPG key is available on key servers, fingerprint 1234 5678 9ABC DEF0 1234 5678 9ABC DEF0 1234 5678.\n',
      },
    ],
  },
  md(doc, context) {
    if (!doc.mentions(PGP_WORDS)) return;
    if (doc.hasVerifiableKey) return;
    for (const m of doc.matchAll(KEY_SERVER_WORDS)) {
      context.report({
        message: 'The key is said to be on key servers, expected a fingerprint or a URL to verify it.',
        start: m.index,
        end: m.end,
      });
    }
  },
});
