/**
 * The comments the security.txt generator writes, in the language of the policy beside it. Two lines per
 * language, kept together as one small table (the field names stay as RFC 9116 writes them).
 */
import type { Language } from '../../core/timeframe-words';

export const SECURITY_TXT_COMMENTS: Readonly<Record<Language, readonly [string, string]>> = {
  en: ['How to report security vulnerabilities to us (RFC 9116).', 'Renew this file before the date in Expires.'],
  de: ['So melden Sie uns Sicherheitslücken (RFC 9116).', 'Erneuern Sie diese Datei vor dem Datum in Expires.'],
  es: [
    'Cómo reportarnos vulnerabilidades de seguridad (RFC 9116).',
    'Renueve este archivo antes de la fecha indicada en Expires.',
  ],
  fr: [
    'Comment nous signaler une vulnérabilité de sécurité (RFC 9116).',
    'Renouvelez ce fichier avant la date indiquée dans Expires.',
  ],
  pt: [
    'Como nos relatar vulnerabilidades de segurança (RFC 9116).',
    'Renove este arquivo antes da data indicada em Expires.',
  ],
  it: [
    'Come segnalarci vulnerabilità di sicurezza (RFC 9116).',
    'Rinnova questo file prima della data indicata in Expires.',
  ],
  ru: ['Как сообщить нам об уязвимостях (RFC 9116).', 'Обновите этот файл до даты, указанной в Expires.'],
  zh: ['如何向我们报告安全漏洞（RFC 9116）。', '请在 Expires 所示日期之前更新此文件。'],
  ja: ['セキュリティ上の脆弱性の報告先です（RFC 9116）。', 'Expires の日付より前にこのファイルを更新してください。'],
  ko: ['보안 취약점을 신고하는 방법입니다 (RFC 9116).', 'Expires에 적힌 날짜 전에 이 파일을 갱신하십시오.'],
};
