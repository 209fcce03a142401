import { defineRule } from '../../../core/rule';
import { mediaTypeOf, servedExample, wholeAnswer } from '../served';
import { rfcSection, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'served-content-type',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: rfcSection('3'),
    description:
      'The live check: the file is served with a Content-Type other than `text/plain`, or a charset other than `utf-8`.',
    rationale:
      'RFC 9116 §3: the file MUST be served as text/plain with the charset utf-8. A charset left out is accepted, as internet.nl does, since UTF-8 is then read anyway by the tools researchers use.',
    howToFix:
      'Make the web server send `Content-Type: text/plain; charset=utf-8` for security.txt (nginx: `default_type text/plain; charset utf-8;` in its location).',
    messages: {
      none: 'No Content-Type, expected text/plain; charset=utf-8 (RFC 9116 §3).',
      type: 'Content-Type is "{contentType}", expected text/plain; charset=utf-8 (RFC 9116 §3).',
      charset: 'Content-Type has the charset "{charset}", expected utf-8 (RFC 9116 §3).',
    },
    invalid: [
      {
        ...servedExample({ contentType: 'application/octet-stream' }, VALID_FILE),
        expect: [
          {
            line: 1,
            column: 1,
            message: 'Content-Type is "application/octet-stream", expected text/plain; charset=utf-8 (RFC 9116 §3).',
          },
        ],
      },
      {
        ...servedExample({ contentType: 'text/plain; charset=ISO-8859-1' }, VALID_FILE),
        expect: [
          { line: 1, column: 1, message: 'Content-Type has the charset "iso-8859-1", expected utf-8 (RFC 9116 §3).' },
        ],
      },
      {
        ...servedExample({ contentType: undefined }, VALID_FILE),
        expect: [{ line: 1, column: 1, message: 'No Content-Type, expected text/plain; charset=utf-8 (RFC 9116 §3).' }],
      },
    ],
    valid: [
      servedExample({}, VALID_FILE),
      servedExample({ contentType: 'text/plain' }, VALID_FILE),
      servedExample({ contentType: 'Text/Plain; Charset="UTF-8"' }, VALID_FILE),
    ],
  },
  txt(doc, context) {
    const served = context.env.served;
    if (!served || served.status !== 200 || served.failure || served.html) return;
    const report = (messageId: string, values?: Record<string, string>): void =>
      context.report({ messageId, values, ...wholeAnswer(doc) });
    if (served.contentType === undefined || served.contentType.trim() === '') return report('none');
    const { type, charset } = mediaTypeOf(served.contentType);
    if (type !== 'text/plain') report('type', { contentType: served.contentType });
    else if (charset !== undefined && charset !== 'utf-8') report('charset', { charset });
  },
});
