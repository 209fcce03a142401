import { defineRule } from '../../../core/rule';
import { kilobytes, servedExample, wholeAnswer } from '../served';
import { rfcSection } from './helpers';

export default defineRule({
  meta: {
    id: 'served-too-large',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('5.4'),
    description: 'The live check: the answer is longer than 100 KB; it is read no further and not checked.',
    rationale:
      'RFC 9116 §5.4 warns that tools must guard against large files; a real security.txt is a few hundred bytes. An answer this long is not the file a researcher expects, and their tool may stop reading it.',
    howToFix: 'Serve only the security.txt fields at this URL (well under 32 KB).',
    messages: {
      tooLarge: '{url} is longer than {size}: read no further and not checked, expected a file of a few KB.',
    },
    invalid: [
      {
        ...servedExample({ tooLargeAt: 102400 }),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'https://acme.org/.well-known/security.txt is longer than 100 KB: read no further and not checked, expected a file of a few KB.',
          },
        ],
      },
      {
        ...servedExample({ url: 'https://acme.org/security.txt', tooLargeAt: 102400 }),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'https://acme.org/security.txt is longer than 100 KB: read no further and not checked, expected a file of a few KB.',
          },
        ],
      },
    ],
    valid: [servedExample({}, 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n')],
  },
  txt(doc, context) {
    const served = context.env.served;
    if (served?.tooLargeAt === undefined) return;
    context.report({
      messageId: 'tooLarge',
      values: { url: served.url, size: kilobytes(served.tooLargeAt) },
      ...wholeAnswer(doc),
    });
  },
});
