import { defineRule } from '../../../core/rule';
import { isoDate } from '../../../core/dates';
import { documentAnchor, insertBlockIn, fixTextsFor } from './helpers';

export default defineRule({
  meta: {
    id: 'no-issuance-date',
    defaultSeverity: 'hint',
    profiles: { cisa: 'warning' },
    fixable: true,
    description: 'No "Last updated" or issuance date.',
    rationale:
      'A date lets readers judge whether the policy is current and lets you notice when it needs review (CISA BOD 20-01 asks for an issuance date).',
    howToFix: 'Add a line such as "Last updated: 2026-01-15". The quick fix adds today\'s date.',
    fixTitles: {
      add: 'Add "Last updated" with today\'s date',
    },
    invalid: [
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        expect: [
          { line: 1, column: 1, message: 'No issuance date, expected a line such as "Last updated: YYYY-MM-DD".' },
        ],
        fixed: '# Security\n\nEmail a@acme.org.\n\n*Last updated: 2026-11-22*\n',
      },
      {
        text: '# Security Policy\n\n## Reporting a Vulnerability\n\nUse https://github.com/acme/app/security/advisories/new.\n',
        expect: [
          { line: 1, column: 1, message: 'No issuance date, expected a line such as "Last updated: YYYY-MM-DD".' },
        ],
        fixed:
          '# Security Policy\n\n## Reporting a Vulnerability\n\nUse https://github.com/acme/app/security/advisories/new.\n\n*Last updated: 2026-11-22*\n',
      },
      // Portuguese: the date is labelled in Portuguese.
      {
        text: '# Política de segurança\n\nPor favor, relate vulnerabilidades para security@acme.com.br e não em issues públicos.\n',
        expect: [
          { line: 1, column: 1, message: 'No issuance date, expected a line such as "Last updated: YYYY-MM-DD".' },
        ],
        fixed:
          '# Política de segurança\n\nPor favor, relate vulnerabilidades para security@acme.com.br e não em issues públicos.\n\n*Última atualização: 2026-11-22*\n',
      },
    ],
    valid: [{ text: '# Security\n\nEmail a@acme.org.\n\nLast updated: 2026-01-15\n' }],
  },
  md(doc, context) {
    if (doc.dates.length > 0) return;
    const line = fixTextsFor(doc).issuance(isoDate(context.env.today));
    context.report({
      message: 'No issuance date, expected a line such as "Last updated: YYYY-MM-DD".',
      ...documentAnchor(doc),
      fix: {
        titleId: 'add',
        edits: [insertBlockIn(doc, doc.text.length, [line])],
        safe: false,
      },
    });
  },
});
