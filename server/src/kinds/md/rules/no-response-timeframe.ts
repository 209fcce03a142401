import { defineRule } from '../../../core/rule';
import { lineInsertionPoint, sectionAnchor, insertBlockIn, fixTextsFor } from './helpers';

export default defineRule({
  meta: {
    id: 'no-response-timeframe',
    defaultSeverity: 'warning',
    profiles: { 'osps-l2': 'error' },
    fixable: true,
    description: 'The policy promises no time for a first response ("we acknowledge within 3 business days").',
    rationale:
      'Without a timeframe a reporter cannot tell a slow project from an abandoned one, and may disclose early. OSPS Baseline OSPS-VM-01.01 asks for "a clear timeframe for response"; CISA BOD 20-01 requires one; the OpenSSF Best Practices badge expects ≤ 14 days.',
    howToFix:
      'State when you acknowledge a report, e.g. "We will acknowledge your report within 3 business days." The quick fix inserts that sentence for you to adjust.',
    fixTitles: {
      add: 'Add a response timeframe',
    },
    invalid: [
      {
        text: '# Security\n\n## Reporting\n\nEmail security@acme.org and we will get back to you.\n',
        expect: [
          {
            line: 3,
            column: 1,
            message:
              'No response timeframe, expected a commitment such as "we acknowledge reports within 3 business days".',
          },
        ],
        fixed:
          '# Security\n\n## Reporting\n\nEmail security@acme.org and we will get back to you.\n\nWe will acknowledge your report within 3 business days and keep you informed of our progress.\n',
      },
      {
        text: '# Security Policy\n\nPlease report vulnerabilities through https://github.com/acme/app/security/advisories/new. We take every report seriously.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'No response timeframe, expected a commitment such as "we acknowledge reports within 3 business days".',
          },
        ],
        fixed:
          '# Security Policy\n\nPlease report vulnerabilities through https://github.com/acme/app/security/advisories/new. We take every report seriously.\n\nWe will acknowledge your report within 3 business days and keep you informed of our progress.\n',
      },
      // German: the sentence inserted is German.
      {
        text: '# Sicherheitsrichtlinie\n\n## Sicherheitslücken melden\n\nBitte melden Sie Sicherheitslücken per E-Mail an security@acme.de und nicht über öffentliche Issues.\n',
        expect: [
          {
            line: 3,
            column: 1,
            message:
              'No response timeframe, expected a commitment such as "we acknowledge reports within 3 business days".',
          },
        ],
        fixed:
          '# Sicherheitsrichtlinie\n\n## Sicherheitslücken melden\n\nBitte melden Sie Sicherheitslücken per E-Mail an security@acme.de und nicht über öffentliche Issues.\n\nWir bestätigen den Eingang Ihrer Meldung innerhalb von 3 Werktagen und halten Sie danach über unsere Fortschritte auf dem Laufenden, bis die Lücke behoben ist.\n',
      },
    ],
    valid: [
      // Turkish, which the lexicon does not read: its promise ("48 saat içinde") cannot be seen, so nothing is said.
      {
        text: '# Güvenlik Politikası\n\nBir güvenlik açığı bulursanız lütfen bunu security@acme.org adresine bildirin. Raporları 48 saat içinde onaylamayı ve ilerleme güncellemeleri sağlamayı hedefliyoruz. Bu proje için her rapor çok önemlidir ve bir ekip tarafından incelenir.\n',
      },
      { text: '# Security\n\nEmail security@acme.org. We acknowledge reports within 48 hours.\n' },
      // Commitments as people write them: a vague count, other verbs, other languages.
      { text: '# Security\n\nEmail security@acme.org. We typically acknowledge reports within a few business days.\n' },
      { text: '# Security\n\nEmail security@acme.org. We will action the vulnerability within 72 hours.\n' },
      // Numbers in words, in each language the lexicon reads.
      { text: '# Security\n\nEmail security@acme.org. We reply within two business days.\n' },
      { text: '# Sicherheit\n\nSchreiben Sie an security@acme.org. Wir antworten innerhalb von zwei Werktagen.\n' },
      { text: '# Безопасность\n\nПишите на security@acme.org. Мы ответим в течение двух рабочих дней.\n' },
      { text: '# 安全\n\n请发送邮件至 security@acme.org。我们会在两个工作日内回复。\n' },
      { text: '# セキュリティ\n\nsecurity@acme.org までご連絡ください。二営業日以内に返信します。\n' },
      { text: '# 보안\n\nsecurity@acme.org 로 연락하세요. 이틀 이내에 답변합니다.\n' },
      { text: '# Sicurezza\n\nScrivi a security@acme.org. Rispondiamo entro due giorni lavorativi.\n' },
      {
        text: '# Sécurité\n\nÉcrivez à security@acme.org. Nous examinerons votre signalement dans les plus brefs délais, généralement sous 24 heures.\n',
      },
      {
        text: '# Sicurezza\n\nScrivi a security@acme.org.\n\n- **Aggiornamenti**: Ti informeremo entro **7 giorni lavorativi**.\n',
      },
      { text: '# Sicherheit\n\nSchreiben Sie an security@acme.org. Wir antworten innerhalb von 48 Stunden.\n' },
      { text: '# Seguridad\n\nEscriba a security@acme.org. Responderemos en un plazo de 48 horas.\n' },
      { text: '# セキュリティ\n\nsecurity@acme.org までご連絡ください。48時間以内に返信します。\n' },
      { text: '# 보안\n\nsecurity@acme.org로 보내 주세요. 48시간 이내에 회신합니다.\n' },
      { text: '# Безопасность\n\nПишите на security@acme.org. Мы ответим в течение 48 часов.\n' },
      // Numbers and units in words: "une semaine", "cuatro días hábiles", "um mês", "quinze dias".
      { text: '# Sécurité\n\nÉcrivez à security@acme.org. Nous répondrons dans une semaine.\n' },
      { text: '# Seguridad\n\nEscriba a security@acme.org. Responderemos en cuatro días hábiles.\n' },
      { text: '# Segurança\n\nEscreva para security@acme.org. Daremos uma resposta em até um mês.\n' },
      { text: '# Segurança\n\nEscreva para security@acme.org. Responderemos em quinze dias.\n' },
    ],
  },
  md(doc, context) {
    // A promise in a language the lexicon does not read cannot be seen: say nothing rather than something wrong.
    if (doc.responseTimeframes.length > 0 || !doc.language.read) return;
    const at = lineInsertionPoint(doc, 'response', 'reporting');
    context.report({
      message: 'No response timeframe, expected a commitment such as "we acknowledge reports within 3 business days".',
      ...sectionAnchor(doc, 'response', 'reporting'),
      fix: {
        titleId: 'add',
        edits: [insertBlockIn(doc, at, [fixTextsFor(doc).response])],
        safe: false,
      },
    });
  },
});
