/** Japanese: the wizard's and `init`'s questions, keyed by their English text (see ./index.ts). */
import type { QuestionTexts } from './types';

export const ja: QuestionTexts = {
  'Which language should the policy be written in?': 'ポリシーを何語で書きますか?',
  'Where should the policy go? GitHub shows it from any of these.':
    'ポリシーをどこに置きますか? GitHub はこれらのどの場所からでも表示します。',
  'How should reporters reach you privately? (pick one or more)':
    '報告者はどのように非公開で連絡できますか?(複数選択可)',
  'Pick at least one way to report.': '報告方法を少なくとも 1 つ選んでください。',
  'GitHub repository (owner/repo) with private vulnerability reporting enabled':
    'プライベート脆弱性報告を有効にした GitHub リポジトリ (owner/repo)',
  'Email address for reports': '報告を受け付けるメールアドレス',
  'Web form for reports': '報告用の Web フォーム',
  'OpenPGP key URL for encrypted reports (optional: leave empty for none)':
    '暗号化した報告用の OpenPGP 鍵の URL (任意: なければ空欄)',
  'Acknowledge a report within…': '報告の受領確認までの期間…',
  'Coordinated disclosure: publish within…': '協調的開示: 公開までの期間…',
  'Supported versions: "<" or "!" marks unsupported ones; empty means the latest release only':
    'サポートされているバージョン: "<" または "!" でサポート外を示します。空欄なら最新リリースのみ',
  'Supported versions: "<" or "!" marks unsupported ones (from {0}); empty means the latest release only':
    'サポートされているバージョン: "<" または "!" でサポート外を示します ({0} より)。空欄なら最新リリースのみ',
  'Optional sections': '任意のセクション',
  'Contacts from the policy (the security.txt should name the same)':
    'ポリシーの連絡先 (security.txt にも同じものを記載してください)',
  'Contacts from {0} (the security.txt should name the same)':
    '{0} の連絡先 (security.txt にも同じものを記載してください)',
  'Pick at least one contact.': '連絡先を少なくとも 1 つ選んでください。',
  'An email or https:// URL for reports': '報告用のメールアドレスまたは https:// URL',
  '{0} names no contact: an email or https:// URL for reports':
    '{0} には連絡先がありません: 報告用のメールアドレスまたは https:// URL',
  'OpenPGP key URL (Encryption; optional)': 'OpenPGP 鍵の URL (Encryption、任意)',
  'The web site that will serve the file, for Canonical (optional)':
    'このファイルを配信する Web サイト、Canonical 用 (任意)',
  'Policy: the URL of your security policy (optional)': 'Policy: セキュリティポリシーの URL (任意)',
  'Preferred languages for reports (RFC 5646 tags, comma-separated)': '報告に使える言語 (RFC 5646 タグ、カンマ区切り)',
  'Project name': 'プロジェクト名',
  'Repository URL (repository.url; the git remote by default)':
    'リポジトリの URL (repository.url、既定は git のリモート)',
  'Who administers the project (a person or a team)': 'プロジェクトの管理者 (個人またはチーム)',
  'Security contact email (optional; SECURITY.md names it by default)':
    'セキュリティ窓口のメールアドレス (任意、既定は SECURITY.md に記載のもの)',
  'Security policy URL (optional; your SECURITY.md by default)':
    'セキュリティポリシーの URL (任意、既定は SECURITY.md)',
  'License (SPDX expression)': 'ライセンス (SPDX 式)',
  'Repository status (repostatus.org)': 'リポジトリの状態 (repostatus.org)',
  'repository root': 'リポジトリのルート',
  'next to other GitHub files': 'ほかの GitHub 用ファイルと同じ場所',
  'with the documentation': 'ドキュメントと同じ場所',
  'GitHub private vulnerability reporting': 'GitHub のプライベート脆弱性報告',
  'enable it in the repository settings': 'リポジトリの設定で有効にしてください',
  'Reports arrive as draft security advisories.': '報告はセキュリティアドバイザリの下書きとして届きます。',
  Email: 'メール',
  'a monitored address such as security@…': 'security@… のような、確認されているアドレス',
  'Web form': 'Web フォーム',
  'an https:// page for reports': '報告用の https:// ページ',
  '1 business day': '1 営業日',
  '{0} business days': '{0} 営業日',
  recommended: '推奨',
  '{0} days': '{0} 日',
  'the common default': '一般的な既定値',
  'No fixed window': '期間を定めない',
  'agree on a date with each reporter': '報告者ごとに日付を相談する',
  Scope: '対象範囲',
  'what is in and out of scope': '対象とするもの・しないもの',
  'Safe Harbor': 'セーフハーバー',
  'no legal action against good-faith research': '善意の研究に対して法的措置を取らない',
  // The answers' validation messages (core/answers.ts and each kind's answers.ts and questions.ts).
  'Enter an email address, e.g. security@your-project.org.':
    'メールアドレスを入力してください (例: security@your-project.org)。',
  'Enter the address without "mailto:".': '"mailto:" を付けずにアドレスを入力してください。',
  '"{0}" is not an email address, expected e.g. security@your-project.org.':
    '"{0}" はメールアドレスではありません。security@your-project.org のようなアドレスが必要です。',
  '"{0}" cannot receive reports, expected a monitored mailbox.':
    '"{0}" では報告を受け取れません。確認されているメールボックスが必要です。',
  'Enter a URL starting with https://.': 'https:// で始まる URL を入力してください。',
  '"{0}" is not a URL, expected one starting with https://.':
    '"{0}" は URL ではありません。https:// で始まる URL が必要です。',
  '"{0}" is not https, expected a URL starting with https://.':
    '"{0}" は https ではありません。https:// で始まる URL が必要です。',
  '"{0}" has no domain name, expected e.g. https://your-project.org/...':
    '"{0}" にはドメイン名がありません。https://your-project.org/... のような URL が必要です。',
  '"{0}" is not a GitHub repository, expected owner/repo.':
    '"{0}" は GitHub リポジトリではありません。owner/repo の形式が必要です。',
  '{0} is not a number of business days from 1 to {1}.': '{0} は 1 から {1} までの営業日数ではありません。',
  '{0} is not a disclosure window from {1} to {2} days.': '{0} は {1} から {2} 日までの開示期間ではありません。',
  '"{0}" is not a version, expected e.g. "3.x, < 3.0".':
    '"{0}" はバージョンではありません。"3.x, < 3.0" のような指定が必要です。',
  'No version is supported, expected at least one, e.g. "3.x, < 3.0".':
    'サポートされているバージョンがありません。"3.x, < 3.0" のように少なくとも 1 つ必要です。',
  'Enter at least one language tag, e.g. en.': '言語タグを少なくとも 1 つ入力してください (例: en)。',
  '"{0}" is not a registered language subtag, expected e.g. en, de or pt-BR.':
    '"{0}" は登録済みの言語サブタグではありません。en、de、pt-BR のような言語タグが必要です。',
  '"{0}" is the country code of {1}, not a language, expected e.g. en, de or pt-BR.':
    '"{0}" は {1} の国コードで、言語ではありません。en、de、pt-BR のような言語タグが必要です。',
  '"{0}" is the country code of {1}, not a language, expected "{2}".':
    '"{0}" は {1} の国コードで、言語ではありません。"{2}" が必要です。',
  '"{0}" separates its subtags with "_", expected "{1}".':
    '"{0}" はサブタグを "_" で区切っています。"{1}" が必要です。',
  '"{0}" is not well-formed ({1}), expected e.g. en, de or pt-BR.':
    '"{0}" は正しい形式ではありません（{1}）。en、de、pt-BR のような言語タグが必要です。',
  '"{0}" is not a well-formed language tag, expected e.g. en, de or pt-BR.':
    '"{0}" は正しい形式の言語タグではありません。en、de、pt-BR のような言語タグが必要です。',
  '"{0}" in "{1}" is not a registered extended language subtag, expected e.g. en, de or pt-BR.':
    '"{1}" の "{0}" は登録済みの拡張言語サブタグではありません。en、de、pt-BR のような言語タグが必要です。',
  '"{0}" in "{1}" is not a registered script subtag, expected e.g. en, de or pt-BR.':
    '"{1}" の "{0}" は登録済みの文字体系サブタグではありません。en、de、pt-BR のような言語タグが必要です。',
  '"{0}" in "{1}" is not a registered region subtag, expected e.g. en, de or pt-BR.':
    '"{1}" の "{0}" は登録済みの地域サブタグではありません。en、de、pt-BR のような言語タグが必要です。',
  '"{0}" in "{1}" is not a registered variant subtag, expected e.g. en, de or pt-BR.':
    '"{1}" の "{0}" は登録済みの変種サブタグではありません。en、de、pt-BR のような言語タグが必要です。',
  'The variant "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    '変種 "{0}" が "{1}" に 2 回現れます。en、de、pt-BR のような言語タグが必要です。',
  'The extension "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    '拡張 "{0}" が "{1}" に 2 回現れます。en、de、pt-BR のような言語タグが必要です。',
  'Enter the project name.': 'プロジェクト名を入力してください。',
  'Enter a name.': '名前を入力してください。',
  'Enter an SPDX license expression such as MIT or Apache-2.0 OR MIT.':
    'SPDX ライセンス式を入力してください (例: MIT、Apache-2.0 OR MIT)。',
};
