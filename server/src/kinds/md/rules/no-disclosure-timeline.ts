import { defineRule } from '../../../core/rule';
import { lineInsertionPoint, sectionAnchor, insertBlockIn, fixTextsFor } from './helpers';

const EMBARGO =
  /embargo|coordinated vulnerability disclosure policy|disclosure deadline|sperrfrist|período de embargo|délai de divulgation|эмбарго|禁运期|解禁|엠바고/iu;

export default defineRule({
  meta: {
    id: 'no-disclosure-timeline',
    defaultSeverity: 'info',
    fixable: true,
    description: 'No coordinated-disclosure window or embargo (e.g. "we publish within 90 days").',
    rationale:
      'Reporters need to know when they may publish. A stated window (90 days is the common default) prevents both premature disclosure and indefinite silence. CISA BOD 20-01 and disclose.io recommend it.',
    howToFix:
      'State your disclosure window. The quick fix inserts a 90-day coordinated-disclosure sentence for you to adjust.',
    fixTitles: {
      add: 'Add a 90-day disclosure timeline',
    },
    invalid: [
      {
        text: '# Security\n\nEmail security@acme.org. We acknowledge within 2 days and will coordinate public disclosure after a fix is available.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'No disclosure timeline, expected a coordinated-disclosure window such as 90 days.',
          },
        ],
        fixed:
          '# Security\n\nEmail security@acme.org. We acknowledge within 2 days and will coordinate public disclosure after a fix is available.\n\nWe follow coordinated disclosure: we aim to publish a fix and an advisory within 90 days of your report, and we agree the disclosure date with you.\n',
      },
      {
        text: '# Security\n\nReport to security@acme.org. We reply within 48 hours.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'No disclosure timeline, expected a coordinated-disclosure window such as 90 days.',
          },
        ],
        fixed:
          '# Security\n\nReport to security@acme.org. We reply within 48 hours.\n\nWe follow coordinated disclosure: we aim to publish a fix and an advisory within 90 days of your report, and we agree the disclosure date with you.\n',
      },
      // French: the sentence inserted is French.
      {
        text: '# Politique de sécurité\n\n## Signaler une vulnérabilité\n\nÉcrivez-nous à security@acme.fr. Nous vous adressons un accusé de réception sous 48 heures.\n',
        expect: [
          {
            line: 3,
            column: 1,
            message: 'No disclosure timeline, expected a coordinated-disclosure window such as 90 days.',
          },
        ],
        fixed:
          "# Politique de sécurité\n\n## Signaler une vulnérabilité\n\nÉcrivez-nous à security@acme.fr. Nous vous adressons un accusé de réception sous 48 heures.\n\nNous nous engageons à publier un correctif et un avis de sécurité dans un délai de 90 jours à compter de votre signalement, à une date convenue avec vous. Sauf si vous préférez rester anonyme, nous vous remercions nommément dans l'avis.\n",
      },
    ],
    valid: [
      { text: '# Security\n\nEmail security@acme.org. We disclose publicly within 90 days of the report.\n' },
      { text: '# Security\n\nEmail security@acme.org. Reports are under embargo until a fix ships.\n' },
    ],
  },
  md(doc, context) {
    if (doc.disclosureTimeframes.length > 0 || doc.mentions(EMBARGO)) return;
    const at = lineInsertionPoint(doc, 'disclosure', 'response', 'reporting');
    context.report({
      message: 'No disclosure timeline, expected a coordinated-disclosure window such as 90 days.',
      ...sectionAnchor(doc, 'disclosure', 'reporting'),
      fix: {
        titleId: 'add',
        edits: [insertBlockIn(doc, at, [fixTextsFor(doc).disclosure])],
        safe: false,
      },
    });
  },
});
