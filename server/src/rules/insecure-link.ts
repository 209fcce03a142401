import { defineRule } from '../core/rule';
import { URI_FIELDS } from '../kinds/txt/securitytxt';

const SENSITIVE =
  /report|form|submit|key|pgp|gpg|polic|security|vulnerab|disclos|bount|advisor|contact|\.asc\b|psirt|cert/i;
const LOCAL_HOST = /^http:\/\/(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(?:[:/?#]|$)/i;

/** The keys of security-insights.yml under which a URL leads to reporting, a policy or a key. */
const SECURITY_KEY = /vulnerability-reporting|polic|pgp|key|security|contact|bug-bounty|advisor|disclosure/i;

export default defineRule({
  meta: {
    id: 'insecure-link',
    defaultSeverity: 'warning',
    severityByKind: { txt: 'error' },
    fixable: true,
    description: 'An `http://` link to a report form, key or policy.',
    rationale:
      'Over plain HTTP anyone on the network can read a report in transit or swap the PGP key a reporter downloads. RFC 9116 §2.5 requires https for web URIs in security.txt.',
    howToFix: 'Use https. The quick fix changes `http://` to `https://`.',
    messages: { insecure: '"{url}" is not encrypted, expected https://.' },
    fixTitles: {
      https: 'Use https://',
    },
    invalid: [
      {
        text: '# Security\n\nUse our [report form](http://acme.org/security/report).\n',
        expect: [
          { line: 3, column: 9, message: '"http://acme.org/security/report" is not encrypted, expected https://.' },
        ],
        fixed: '# Security\n\nUse our [report form](https://acme.org/security/report).\n',
      },
      {
        text: 'Contact: http://acme.org/report\nExpires: 2027-06-30T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [{ line: 1, column: 10, message: '"http://acme.org/report" is not encrypted, expected https://.' }],
        fixed: 'Contact: https://acme.org/report\nExpires: 2027-06-30T00:00:00Z\n',
      },
      {
        text: 'project:\n  vulnerability-reporting:\n    policy: http://acme.org/security\n',
        kind: 'si',
        path: 'security-insights.yml',
        expect: [{ line: 3, column: 13, message: '"http://acme.org/security" is not encrypted, expected https://.' }],
        fixed: 'project:\n  vulnerability-reporting:\n    policy: https://acme.org/security\n',
      },
    ],
    valid: [
      { text: '# Security\n\nUse our [report form](https://acme.org/security/report).\n' },
      { text: 'header:\n  url: https://acme.org/security-insights.yml\n', kind: 'si', path: 'security-insights.yml' },
      // A license text over http:// is no way to report.
      {
        text: 'repository:\n  license:\n    url: http://www.apache.org/licenses/LICENSE-2.0\n',
        kind: 'si',
        path: 'security-insights.yml',
      },
      { text: '# Security\n\nEmail a@acme.org. Our blog: http://blog.acme.org/\n' },
    ],
  },
  md(doc, context) {
    for (const link of doc.links) {
      const url = link.url.trim();
      if (!/^http:\/\//i.test(url) || LOCAL_HOST.test(url)) continue;
      const around = doc.logicalLine(link.start);
      if (
        !SENSITIVE.test(url) &&
        !SENSITIVE.test(link.label) &&
        !SENSITIVE.test(doc.prose.slice(around.start, around.end))
      )
        continue;
      const at = doc.text.indexOf(url.slice(0, 7), link.start);
      const schemeAt = at >= 0 && at < link.end && doc.text.slice(at, at + 7).toLowerCase() === 'http://' ? at : -1;
      context.report({
        messageId: 'insecure',
        values: { url },
        start: link.start,
        end: link.end,
        fix:
          schemeAt >= 0
            ? {
                titleId: 'https',
                edits: [{ start: schemeAt, end: schemeAt + 7, newText: 'https://' }],
                safe: true,
              }
            : undefined,
      });
    }
  },
  txt(doc, context) {
    for (const field of doc.fields) {
      if (!URI_FIELDS.has(field.key) || !/^http:\/\//i.test(field.value)) continue;
      context.report({
        messageId: 'insecure',
        values: { url: field.value },
        start: field.valueStart,
        end: field.valueEnd,
        fix: {
          titleId: 'https',
          edits: [{ start: field.valueStart, end: field.valueStart + 7, newText: 'https://' }],
          safe: true,
        },
      });
    }
  },
  si(doc, context) {
    // The links a reporter or a tool follows to report: where reports go, the policy, keys, advisories; not a
    // license text or a homepage (as in SECURITY.md, where only report forms, keys and policies count).
    for (const scalar of doc.scalars()) {
      const value = scalar.value.trim();
      if (!/^http:\/\//i.test(value) || LOCAL_HOST.test(value)) continue;
      if (!scalar.path.some((key) => typeof key === 'string' && SECURITY_KEY.test(key))) continue;
      const at = doc.text.slice(scalar.span.start, scalar.span.end).search(/http:\/\//i);
      context.report({
        messageId: 'insecure',
        values: { url: value },
        start: scalar.span.start,
        end: scalar.span.end,
        fix:
          at >= 0
            ? {
                titleId: 'https',
                edits: [{ start: scalar.span.start + at, end: scalar.span.start + at + 7, newText: 'https://' }],
                safe: true,
              }
            : undefined,
      });
    }
  },
});
