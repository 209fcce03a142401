import { defineRule } from '../core/rule';
import {
  UNUSED_DIRECTIVE_FIX_TITLES,
  UNUSED_DIRECTIVE_MESSAGES,
  UNUSED_DIRECTIVE_RULE_ID,
} from '../core/directive-findings';

/**
 * Disable comments that suppressed nothing. Only the runner sees what each comment suppressed, so it adds these
 * findings itself (core/runner.ts, with this rule's severity); the checks below only make the rule run on each kind.
 */
export default defineRule({
  meta: {
    id: UNUSED_DIRECTIVE_RULE_ID,
    defaultSeverity: 'info',
    fixable: true,
    description:
      'A disable comment suppressed nothing: the finding it was written for is gone, or it names a rule that reports nothing there.',
    rationale:
      'Disable comments outlive the problems they silenced; one left behind hides the next real finding on that line or passage. eslint (`--report-unused-disable-directives`) and ruff (RUF100) report them. Comments naming a rule that is turned off, or that did not run, are not reported.',
    howToFix:
      'Remove the comment, or the ids in it that suppress nothing (the fix does either). To keep such comments quiet, set this rule to "off" in `.security-policy.json`.',
    messages: UNUSED_DIRECTIVE_MESSAGES,
    fixTitles: UNUSED_DIRECTIVE_FIX_TITLES,
    invalid: [
      {
        text: '# Security\n\nEmail security@acme.org. <!-- security-policy-disable-line undeliverable-contact -->\n',
        expect: [
          {
            line: 3,
            column: 26,
            message: 'Unused disable comment: no "undeliverable-contact" finding to suppress here.',
          },
        ],
        fixed: '# Security\n\nEmail security@acme.org.\n',
      },
      {
        text: '# security-policy-disable-next-line insecure-link no-contact\nContact: http://acme.org/security\nExpires: 2027-01-01T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [{ line: 1, column: 51, message: 'Unused disable comment: no "no-contact" finding to suppress here.' }],
        fixed:
          '# security-policy-disable-next-line insecure-link\nContact: http://acme.org/security\nExpires: 2027-01-01T00:00:00Z\n',
      },
      {
        text: '# Security\n\nEmail security@acme.org.\n\n<!-- security-policy-disable-next-line -->\nWe reply within 3 business days.\n',
        expect: [{ line: 5, column: 1, message: 'Unused disable comment: it suppressed no finding.' }],
        fixed: '# Security\n\nEmail security@acme.org.\n\nWe reply within 3 business days.\n',
      },
      // On the last line without a line break, the comment goes with the break before it.
      {
        text: '# Security\n\nEmail security@acme.org.\n\n<!-- security-policy-disable-next-line -->',
        expect: [{ line: 5, column: 1, message: 'Unused disable comment: it suppressed no finding.' }],
        fixed: '# Security\n\nEmail security@acme.org.\n',
      },
    ],
    valid: [
      {
        text: '# Security\n\nMail a@users.noreply.github.com. <!-- security-policy-disable-line undeliverable-contact -->\n',
      },
      // A rule off under the configuration may be on elsewhere (strict profile, the editor's settings).
      {
        text: '# Security\n\nEmail security@acme.org. <!-- security-policy-disable-line insights-missing -->\n',
      },
    ],
  },
  md() {},
  txt() {},
  si() {},
});
