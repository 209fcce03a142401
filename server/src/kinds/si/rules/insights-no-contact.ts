import { defineRule } from '../../../core/rule';
import { repoRefOf, repoWebUrl } from '../../../core/repo-url';
import type { FixInput } from '../../../core/types';
import type { InsightsDocument } from '../document';
import { REPORTING, siExample, SPEC_URL, variant } from './helpers';

/** Adds `policy:` after `reports-accepted`, pointing at GitHub's page for the repository's security policy. */
function addPolicyFix(doc: InsightsDocument): FixInput | undefined {
  const repo = repoRefOf(doc.string(['repository', 'url']) ?? '');
  const accepted = doc.locate([...REPORTING, 'reports-accepted']);
  if (!repo || repo.host !== 'github.com' || !accepted.key || accepted.missingFrom !== undefined) return undefined;
  const line = doc.lines.positionAt(accepted.key.start).line;
  const indent = accepted.key.start - doc.lines.lineStart(line);
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const at = doc.lines.lineEnd(line);
  const url = `${repoWebUrl(repo)}/security/policy`;
  const key = doc.atLeast22 ? 'policy' : 'security-policy';
  return {
    titleId: 'add',
    titleValues: { key, url },
    edits: [{ start: at, end: at, newText: `${eol}${' '.repeat(indent)}${key}: ${url}` }],
    safe: false,
  };
}

export default defineRule({
  meta: {
    id: 'insights-no-contact',
    defaultSeverity: 'error',
    fixable: 'sometimes',
    specUrl: SPEC_URL,
    description:
      '`reports-accepted: true` with neither a `contact` nor a `policy` URL: the file says reports are welcome but not where to send them.',
    rationale:
      'Scanners (OSPS Baseline OSPS-VM-02, CLOMonitor) read `vulnerability-reporting` to find how to report; a file that accepts reports and names no channel fails them and leaves a reporter nowhere to go.',
    howToFix:
      "Add `contact` (a name and an email that reaches the security team) or `policy` (the URL of SECURITY.md or the security policy page). On GitHub the fix adds the repository's security policy page.",
    messages: {
      nowhere: 'reports-accepted is true but neither contact nor {policy} says where to report, expected one of them.',
    },
    fixTitles: {
      add: 'Add {key}: {url}',
    },
    invalid: [
      {
        ...siExample(
          variant('policy: https://github.com/acme/app/blob/main/SECURITY.md', '').replace(
            / {4}contact:\n(?: {6}.*\n){3}/,
            '',
          ),
        ),
        expect: [
          {
            line: 16,
            column: 23,
            message:
              'reports-accepted is true but neither contact nor policy says where to report, expected one of them.',
          },
        ],
        fixed: variant('policy: https://github.com/acme/app/blob/main/SECURITY.md', '')
          .replace(/ {4}contact:\n(?: {6}.*\n){3}/, '')
          .replace(
            'reports-accepted: true\n',
            'reports-accepted: true\n    policy: https://github.com/acme/app/security/policy\n',
          ),
      },
      {
        ...siExample(
          'header:\n  schema-version: 2.0.0\nproject:\n  vulnerability-reporting:\n    reports-accepted: true\n    bug-bounty-available: false\n    comment: Write to us.\n',
        ),
        expect: [
          {
            line: 5,
            column: 23,
            message:
              'reports-accepted is true but neither contact nor security-policy says where to report, expected one of them.',
          },
        ],
      },
    ],
    valid: [siExample(variant('policy: https://github.com/acme/app/blob/main/SECURITY.md', ''))],
  },
  si(doc, context) {
    if (doc.get([...REPORTING, 'reports-accepted']) !== true) return;
    const channels = ['contact', 'policy', 'security-policy'].map((k) => doc.get([...REPORTING, k]));
    if (channels.some((c) => c !== undefined && c !== null && c !== '')) return;
    const span = doc.spanFor([...REPORTING, 'reports-accepted']);
    context.report({
      messageId: 'nowhere',
      values: { policy: doc.atLeast22 ? 'policy' : 'security-policy' },
      start: span.start,
      end: span.end,
      fix: addPolicyFix(doc),
    });
  },
});
