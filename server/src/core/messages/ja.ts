/** Japanese: each rule's message, once (see ./index.ts). */
import type { MessageCatalog } from './types';

export const ja: MessageCatalog = {
  'no-response-timeframe': '応答期限がありません。「報告の受領を 3 営業日以内に確認します」のような約束が必要です。',
  'no-disclosure-timeline': '開示期限がありません。90 日のような協調的開示の期間が必要です。',
  'no-supported-versions':
    'サポートされているバージョンの記載がありません。どのバージョンにセキュリティ修正を提供するかの記載が必要です。',
  'no-safe-harbor': 'セーフハーバーがありません。善意の研究に法的措置を取らないという記載が必要です。',
  'no-scope': '対象範囲がありません。何が対象で何が対象外かの記載が必要です。',
  'no-issuance-date': '発行日がありません。「最終更新日：YYYY-MM-DD」のような行が必要です。',
  'no-title': 'タイトルがありません。「# セキュリティポリシー」のようなレベル 1 の見出しが必要です。',
};
