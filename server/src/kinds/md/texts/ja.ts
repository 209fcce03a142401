/** Japanese, in the polite です/ます form. */
import type { PolicyTexts } from './types';

export const ja: PolicyTexts = {
  title: 'セキュリティポリシー',
  headings: {
    supported: 'サポートされているバージョン',
    reporting: '脆弱性の報告',
    response: '対応期間',
    disclosure: '開示方針',
    scope: '対象範囲',
    safeHarbor: 'セーフハーバー',
  },
  versionColumn: 'バージョン',
  supportedColumn: 'サポート',
  latestOnly: 'セキュリティ修正は最新版のみに提供されます。報告の前に最新版へ更新してください。',
  noPublicIssues: 'セキュリティ上の脆弱性は、公開の Issue、ディスカッション、プルリクエストでは報告しないでください。',
  reportPrivately: '代わりに、以下のいずれかの方法で非公開でご報告ください：',
  viaGithub: (url) =>
    `GitHub のプライベート脆弱性報告：このリポジトリの **Security** タブから[脆弱性を報告](${url})してください。`,
  viaEmail: (email) => `メール：[${email}](mailto:${email}) までお送りください。`,
  viaEncryptedEmail: (email, key) =>
    `メール：[${email}](mailto:${email}) まで、OpenPGP 公開鍵 <${key}> で暗号化してお送りください。`,
  viaForm: (url) => `[脆弱性報告フォーム](${url})からご報告ください。`,
  privateReporting:
    '脆弱性を非公開で報告するには、GitHub のプライベート脆弱性報告をご利用ください。このリポジトリの **Security** タブを開き、**Report a vulnerability** を選択してください。',
  keyOnly: (key) => `送信内容を暗号化する場合は、OpenPGP 公開鍵 <${key}> をお使いください。`,
  include: '報告には、脆弱性の説明、再現手順、影響を受けるバージョン、想定される影響を含めてください。',
  acknowledge: (days) =>
    `報告を受け取ってから${days}営業日以内に受領のご連絡をし、修正がリリースされるまで進捗をお知らせします。`,
  disclosure: (days) =>
    days === null
      ? '開示日は報告者とご相談のうえ決定し、修正の準備ができ次第セキュリティアドバイザリを公開します。'
      : `協調的開示の方針に従い、報告から${days}日以内に修正とセキュリティアドバイザリを公開します。公開日はご相談のうえ決定します。ご希望がない限り、アドバイザリに発見者としてお名前を記載します。`,
  inScope: '対象範囲：このリポジトリのコードと、そこから公開されるリリース。',
  outOfScope:
    '対象外：サードパーティの依存関係の脆弱性（それぞれのメンテナーにご報告ください）、大量のトラフィックによるサービス拒否、ソーシャルエンジニアリング、実際の影響が示されていない自動スキャナーの検出結果。',
  safeHarbor:
    '本ポリシーに従って行われた善意のセキュリティ研究は、許可されたものとみなします。プライバシーの侵害、データの破壊、サービスの妨害を避け、開示の前に問題を修正するための合理的な時間をいただける限り、私たちはそれを理由に法的措置を取ることも、第三者の法的措置を支援することもありません。',
  lastUpdated: (date) => `最終更新日：${date}`,
};
