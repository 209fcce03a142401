import { defineRule, type RuleContext } from '../core/rule';
import { knownRuleIds, type FileKind } from '../core/kind';
import type { AnyDocument } from '../core/documents';
import {
  UNKNOWN_DIRECTIVE_FIX_TITLES,
  UNKNOWN_DIRECTIVE_MESSAGES,
  UNKNOWN_DIRECTIVE_RULE_ID,
  unknownDirectiveIds,
} from '../core/directive-findings';

function check(kind: FileKind): (doc: AnyDocument, context: RuleContext) => void {
  return (doc, context) => {
    for (const finding of unknownDirectiveIds(kind, doc, knownRuleIds)) context.report(finding);
  };
}

export default defineRule({
  meta: {
    id: UNKNOWN_DIRECTIVE_RULE_ID,
    defaultSeverity: 'warning',
    fixable: true,
    description: 'A disable comment names a rule that does not exist, so it switches nothing off.',
    rationale:
      'A mistyped rule id in `security-policy-disable-line no-contacts` is silently ignored: the finding it was meant to silence stays, or worse, a later reader believes a check is off when it is on. eslint reports such comments for the same reason.',
    howToFix:
      'Correct the id (the message suggests the nearest rule; `security-policy rules` lists them all), or remove it. The fix removes the unknown id, or the comment when it names nothing else.',
    messages: UNKNOWN_DIRECTIVE_MESSAGES,
    fixTitles: UNKNOWN_DIRECTIVE_FIX_TITLES,
    invalid: [
      {
        text: '# Security\n\nMail a@users.noreply.github.com. <!-- security-policy-disable-line undeliverable-contacts -->\n',
        expect: [
          {
            line: 3,
            column: 68,
            message:
              'Unknown rule "undeliverable-contacts" in a disable comment; did you mean "undeliverable-contact"?',
          },
        ],
        fixed: '# Security\n\nMail a@users.noreply.github.com.\n',
      },
      {
        text: '# security-policy-disable-next-line expires-son foo\nExpires: 2020-01-01T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 1,
            column: 37,
            message: 'Unknown rule "expires-son" in a disable comment; did you mean "expires-soon"?',
          },
          {
            line: 1,
            column: 49,
            message: 'Unknown rule "foo" in a disable comment: it switches nothing off.',
          },
        ],
        fixed: 'Expires: 2020-01-01T00:00:00Z\n',
      },
      {
        text: '# security-policy-disable placeholder, schema-insights\nheader:\n  schema-version: 2.0.0\n',
        kind: 'si',
        path: 'security-insights.yml',
        expect: [
          {
            line: 1,
            column: 40,
            message: 'Unknown rule "schema-insights" in a disable comment; did you mean "insights-schema"?',
          },
        ],
        fixed: '# security-policy-disable placeholder\nheader:\n  schema-version: 2.0.0\n',
      },
    ],
    valid: [
      {
        text: '# Security\n\nMail a@users.noreply.github.com. <!-- security-policy-disable-line undeliverable-contact -->\n',
      },
      { text: '# Security\n\n<!-- a comment naming no-such-rule, not a directive -->\n\nEmail security@acme.org.\n' },
    ],
  },
  md: check('md'),
  txt: check('txt'),
  si: check('si'),
});
