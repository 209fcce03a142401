import { defineRule } from '../core/rule';
import { decodeUriSafe } from '../core/text';

const NOREPLY = /(?:^|[.@+-])(?:no-?reply|do-?not-?reply|donotreply)(?:[.@+-]|$)|users\.noreply\.github\.com$/i;
const CLOUDFLARE = /\[email(?:&#160;|\u00a0| )protected\]/gi;
const BARE_EMAIL_URL = /^[^\s@:/]{1,64}@[^\s@/:]{1,253}\.[A-Za-z]{2,63}$/;
const VALID_EMAIL = /^[^\s@]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,63}$/;

export default defineRule({
  meta: {
    id: 'undeliverable-contact',
    defaultSeverity: 'error',
    fixable: 'sometimes',
    description:
      'A contact that cannot work: a noreply address, a Cloudflare-obfuscated `[email protected]`, an email link without `mailto:`, a malformed address.',
    rationale:
      "GitHub's `users.noreply.github.com` addresses and `noreply@` mailboxes discard mail; `[email protected]` is what Cloudflare's email obfuscation leaves when a page is copied; a Markdown link `[mail](a@b.org)` without `mailto:` opens a broken relative URL. Each silently loses the report.",
    howToFix: 'Use a monitored address. The quick fix adds `mailto:` to email links that lack it.',
    messages: {
      noreply: '"{address}" is a noreply address that cannot receive reports, expected a monitored mailbox.',
      invalid: '"{address}" is not a valid email address, expected name@domain.tld.',
      invalidMailto: '"{address}" is not a valid email address, expected mailto:name@domain.tld.',
      cloudflare:
        'Cloudflare-obfuscated "[email protected]" was copied instead of the address, expected the real address.',
      mailtoInvalid: 'The mailto link "{url}" has no valid address, expected mailto:name@domain.tld.',
      noMailto: 'The link to "{url}" has no "mailto:", expected mailto:{url}.',
    },
    fixTitles: {
      mailto: 'Add "mailto:" to {url}',
    },
    invalid: [
      {
        text: '# Security\n\nEmail 2153483+someone@users.noreply.github.com.\n',
        expect: [
          {
            line: 3,
            column: 7,
            message:
              '"2153483+someone@users.noreply.github.com" is a noreply address that cannot receive reports, expected a monitored mailbox.',
          },
        ],
      },
      {
        text: '# Security\n\nWrite to [our team](security@acme.org).\n',
        expect: [
          {
            line: 3,
            column: 10,
            message: 'The link to "security@acme.org" has no "mailto:", expected mailto:security@acme.org.',
          },
        ],
        fixed: '# Security\n\nWrite to [our team](mailto:security@acme.org).\n',
      },
      {
        text: '# Security\n\nEmail [email protected] to report.\n',
        expect: [
          {
            line: 3,
            column: 7,
            message:
              'Cloudflare-obfuscated "[email protected]" was copied instead of the address, expected the real address.',
          },
        ],
      },
      {
        text: '# Security\n\nEmail security@acme to report.\n',
        expect: [
          { line: 3, column: 7, message: '"security@acme" is not a valid email address, expected name@domain.tld.' },
        ],
      },
      {
        text: 'Contact: mailto:noreply@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 1,
            column: 10,
            message:
              '"noreply@acme.org" is a noreply address that cannot receive reports, expected a monitored mailbox.',
          },
        ],
      },
    ],
    valid: [{ text: '# Security\n\nWrite to [our team](mailto:security@acme.org).\n' }],
  },
  md(doc, context) {
    for (const email of doc.emails) {
      if (NOREPLY.test(email.address)) {
        context.report({
          messageId: 'noreply',
          values: { address: email.address },
          start: email.start,
          end: email.end,
        });
      } else if (!VALID_EMAIL.test(email.address)) {
        context.report({
          messageId: 'invalid',
          values: { address: email.address },
          start: email.start,
          end: email.end,
        });
      }
    }
    CLOUDFLARE.lastIndex = 0;
    for (let m = CLOUDFLARE.exec(doc.masked); m; m = CLOUDFLARE.exec(doc.masked)) {
      context.report({
        messageId: 'cloudflare',
        start: m.index,
        end: m.index + m[0].length,
      });
    }
    for (const link of doc.links) {
      if (link.kind !== 'link' && link.kind !== 'definition') continue;
      const url = link.url;
      const mailto = /^mailto:(.*)$/i.exec(url);
      if (mailto) {
        const address = decodeUriSafe(mailto[1].split('?')[0]);
        if (!VALID_EMAIL.test(address)) {
          context.report({
            messageId: 'mailtoInvalid',
            values: { url },
            start: link.start,
            end: link.end,
          });
        }
        continue;
      }
      if (!BARE_EMAIL_URL.test(url)) continue;
      const urlAt = doc.text.lastIndexOf(url, link.end);
      const edits = [{ start: urlAt, end: urlAt, newText: 'mailto:' }];
      const fix = urlAt >= link.start ? { titleId: 'mailto', titleValues: { url }, edits, safe: true } : undefined;
      context.report({
        messageId: 'noMailto',
        values: { url },
        start: link.start,
        end: link.end,
        fix,
      });
    }
  },
  txt(doc, context) {
    for (const field of doc.fieldsNamed('contact')) {
      const mailto = /^mailto:([^?\s]{1,320})/i.exec(field.value);
      if (!mailto) continue;
      const address = decodeUriSafe(mailto[1]);
      if (NOREPLY.test(address)) {
        context.report({
          messageId: 'noreply',
          values: { address },
          start: field.valueStart,
          end: field.valueEnd,
        });
      } else if (!VALID_EMAIL.test(address)) {
        context.report({
          messageId: 'invalidMailto',
          values: { address },
          start: field.valueStart,
          end: field.valueEnd,
        });
      }
    }
  },
});
