import { defineRule } from '../../../core/rule';
import { REPORTING, siExample, SPEC_URL, variant } from './helpers';

export default defineRule({
  meta: {
    id: 'insights-bug-bounty',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: SPEC_URL,
    description: '`bug-bounty-available: true` with no `bug-bounty-program` URL saying where the program is.',
    rationale:
      'A researcher who reads that a bounty exists needs its rules and scope before reporting; without the URL they cannot find them.',
    howToFix:
      "Add `bug-bounty-program` with the program's page (HackerOne, Bugcrowd, Intigriti or your own), or set `bug-bounty-available: false`.",
    invalid: [
      {
        ...siExample(variant('bug-bounty-available: false', 'bug-bounty-available: true')),
        expect: [
          {
            line: 17,
            column: 27,
            message:
              'bug-bounty-available is true but no bug-bounty-program says where the program is, expected its URL.',
          },
        ],
      },
      {
        ...siExample(variant('bug-bounty-available: false', "bug-bounty-available: true\nbug-bounty-program: ''")),
        expect: [
          {
            line: 17,
            column: 27,
            message:
              'bug-bounty-available is true but no bug-bounty-program says where the program is, expected its URL.',
          },
        ],
      },
    ],
    valid: [
      siExample(
        variant(
          'bug-bounty-available: false',
          'bug-bounty-available: true\nbug-bounty-program: https://hackerone.com/acme',
        ),
      ),
    ],
  },
  si(doc, context) {
    if (doc.get([...REPORTING, 'bug-bounty-available']) !== true) return;
    const program = doc.get([...REPORTING, 'bug-bounty-program']);
    if (typeof program === 'string' && program.trim() !== '') return;
    const span = doc.spanFor([...REPORTING, 'bug-bounty-available']);
    context.report({
      message: 'bug-bounty-available is true but no bug-bounty-program says where the program is, expected its URL.',
      start: span.start,
      end: span.end,
    });
  },
});
