/** Japanese. */
import type { Words } from './types';

export const ja: Words = {
  headings: {
    reporting: ['報告', '脆弱性', '連絡'],
    supportedVersions: [
      'サポートされているバージョン',
      'サポート対象のバージョン',
      'サポート対象バージョン',
      '対応バージョン',
    ],
    response: ['対応', '応答'],
    disclosure: ['開示', '公開'],
    scope: ['範囲', '対象'],
    safeHarbor: ['セーフハーバー', '法的'],
  },
  reporting: ['報告', '脆弱性'],
  policy: ['脆弱性', 'セキュリティ問題', 'セキュリティ上の問題'],
  vulnerability: ['脆弱性', 'セキュリティ問題', 'セキュリティ上の問題'],
  response: ['返信', '回答', '応答', '確認', '連絡'],
  disclosure: ['公開', '開示'],
  negation: ['しないで', 'しないでください', 'ないでください', '禁止'],
  trackerNouns: ['イシュー'],
  trackerBefore: [],
  trackerAfter: ['を作成', 'を開', 'を立て', '報告', '連絡'],
  githubPrivate: ['プライベート脆弱性報告', '非公開の脆弱性報告'],
  supportedVersions: [
    'サポートされているバージョン',
    'サポート対象のバージョン',
    'サポート対象バージョン',
    '最新版のみ',
    '最新バージョンのみ',
  ],
  scope: ['対象範囲', '対象外'],
  safeHarbor: ['セーフハーバー', '善意の'],
  noLegalAction: [],
  resourceHeadings: ['リソース', '参考資料'],
  publicKey: ['公開鍵'],
  keyServer: ['鍵サーバー'],
  template: ['このセクションを使用して', 'プロジェクトのどのバージョンが'],
};
