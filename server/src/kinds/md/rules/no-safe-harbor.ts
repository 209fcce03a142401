import { defineRule } from '../../../core/rule';
import { NO_LEGAL_ACTION, SAFE_HARBOR_WORDS } from '../lexicon';
import { documentAnchor, insertBlockIn, fixTextsFor } from './helpers';

export default defineRule({
  meta: {
    id: 'no-safe-harbor',
    defaultSeverity: 'hint',
    profiles: { cisa: 'warning' },
    fixable: true,
    description: 'No safe-harbor or good-faith authorization language.',
    rationale:
      'Researchers risk legal threats for reporting. A safe-harbor statement (CISA BOD 20-01; disclose.io) tells them good-faith research is welcome and will not be prosecuted.',
    howToFix:
      'Add a "Safe Harbor" section. The quick fix inserts a short good-faith statement modelled on disclose.io for your review.',
    fixTitles: {
      add: 'Add a "Safe Harbor" section',
    },
    invalid: [
      {
        text: '# Security\n\nEmail a@acme.org.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'No safe harbor, expected a statement that good-faith research will not be pursued legally.',
          },
        ],
        fixed:
          '# Security\n\nEmail a@acme.org.\n\n## Safe Harbor\n\nWe will not pursue legal action against anyone who researches and reports a vulnerability in good faith: who reports it to us privately, avoids privacy violations, data destruction and service disruption, and gives us reasonable time to fix it before it is made public.\n',
      },
      {
        text: '# Security Policy\n\n## Reporting a Vulnerability\n\nUse https://github.com/acme/app/security/advisories/new.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'No safe harbor, expected a statement that good-faith research will not be pursued legally.',
          },
        ],
        fixed:
          '# Security Policy\n\n## Reporting a Vulnerability\n\nUse https://github.com/acme/app/security/advisories/new.\n\n## Safe Harbor\n\nWe will not pursue legal action against anyone who researches and reports a vulnerability in good faith: who reports it to us privately, avoids privacy violations, data destruction and service disruption, and gives us reasonable time to fix it before it is made public.\n',
      },
      // Japanese: the section inserted is Japanese.
      {
        text: '# セキュリティポリシー\n\n## 脆弱性の報告\n\n脆弱性は security@acme.jp までメールでご報告ください。\n',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'No safe harbor, expected a statement that good-faith research will not be pursued legally.',
          },
        ],
        fixed:
          '# セキュリティポリシー\n\n## 脆弱性の報告\n\n脆弱性は security@acme.jp までメールでご報告ください。\n\n## セーフハーバー\n\n本ポリシーに従って行われた善意のセキュリティ研究は、許可されたものとみなします。プライバシーの侵害、データの破壊、サービスの妨害を避け、開示の前に問題を修正するための合理的な時間をいただける限り、私たちはそれを理由に法的措置を取ることも、第三者の法的措置を支援することもありません。\n',
      },
    ],
    valid: [{ text: '# Security\n\nEmail a@acme.org. We will not pursue legal action against good-faith research.\n' }],
  },
  md(doc, context) {
    if (doc.sectionsOf('safeHarbor').length > 0 || doc.mentions(SAFE_HARBOR_WORDS) || doc.mentions(NO_LEGAL_ACTION))
      return;
    context.report({
      message: 'No safe harbor, expected a statement that good-faith research will not be pursued legally.',
      ...documentAnchor(doc),
      fix: {
        titleId: 'add',
        edits: [insertBlockIn(doc, doc.text.length, fixTextsFor(doc).safeHarborSection)],
        safe: false,
      },
    });
  },
});
