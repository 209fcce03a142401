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
  'email-without-encryption':
    'メールが唯一の報告手段です。暗号化できる別の手段（OpenPGP 鍵、HTTPS フォーム、GitHub のプライベート脆弱性報告）が必要です。',
  'no-private-channel':
    '公開の報告手段しかありません。非公開の手段（メール、Web フォーム、GitHub のプライベート脆弱性報告）が必要です。',
  'not-a-policy': 'このファイルには脆弱性の報告方法が書かれていません。セキュリティポリシーが必要です。',
  'public-issue-reporting':
    '脆弱性を公開の Issue で報告するよう案内されています。非公開の報告手段と「公開の Issue を作成しないでください」という記載が必要です。',
  'unverifiable-key': '鍵は鍵サーバーにあるとだけ書かれています。検証のためのフィンガープリントまたは URL が必要です。',
  'response-timeframe-long/long': '最初の応答は {days} 日以内と約束されています。{limit} 日以内が必要です。',
  'stale-date/old': '「{date}」は {months} か月以上前です。直近 1 年以内の日付が必要です。',
  'empty-section/empty': 'セクション「{heading}」が空です。次の見出しの前に内容が必要です。',
  'security-md-missing/none':
    'ルート、.github/、docs/ のいずれにも SECURITY.md がありません。非公開で連絡する方法を報告者に伝えるポリシーが必要です。GitHub では組織のデフォルトポリシーが適用される場合があります。その .github リポジトリのローカルコピーを --org-defaults PATH で指定してください（または .security-policy.json の "orgDefaults"）。',
  'security-md-missing/elsewhere':
    'GitHub が表示する場所（ルート、.github/、docs/）に SECURITY.md がありません。{file} は表示されません。そこへ移動する必要があります。GitHub では組織のデフォルトポリシーが適用される場合があります。その .github リポジトリのローカルコピーを --org-defaults PATH で指定してください（または .security-policy.json の "orgDefaults"）。',
  'policy-location/elsewhere':
    'GitHub は「{path}」を表示しません。ルート、.github/、docs/ のいずれかに SECURITY.md が必要です。',
  'policy-location/inherited':
    'GitHub は「{path}」を表示せず、代わりに組織のデフォルトポリシー（{inherited}）を表示します。ルート、.github/、docs/ のいずれかに SECURITY.md が必要です。',
  'policy-duplicate/duplicate':
    '{others} にも別のポリシーがあり、GitHub は「{shown}」を表示します。SECURITY.md は 1 つだけにする必要があります。',
  'scorecard-shadowed/shadowed':
    'OpenSSF Scorecard がこのポリシーではなく {files} を評価する可能性があります。security.md という名前のファイルは他にあってはなりません。',
  'supported-versions-table/cells': 'この行のセルは {cells} 個です。ヘッダーと同じ {columns} 個が必要です。',
  'supported-versions-table/shortcode':
    'ショートコード「{shortcode}」は GitHub で表示されません。✅ のような絵文字か :white_check_mark: のようなショートコードが必要です。',
  'supported-versions-table/ended': 'サポート「{support}」はすでに終了しています。現在有効な日付が必要です。',
  'supported-versions-table/conflict':
    'バージョン {version} はサポート対象とされていますが、「{other}」ではサポート対象外とされています。バージョンごとに状態は 1 つである必要があります。',
  'supported-versions-table/none':
    'サポート対象とされたバージョンがありません。✅ の付いた行が少なくとも 1 つ必要です。',
  'template-unedited/instructions': 'GitHub のテンプレートの説明文が残っています。プロジェクト独自の文章が必要です。',
  'template-unedited/sampleTable':
    'GitHub のサンプルのバージョン表（5.1.x、5.0.x、4.0.x、< 4.0）が残っています。プロジェクト独自のバージョンが必要です。',
  'mojibake/misdecoded':
    'テキスト「{found}」が文字化けしています。「{replacement}」が必要です（UTF-8 が Windows-1252/1254 として読まれています）。',
  'merge-conflict-marker/marker': 'マージ競合のマーカー「{marker}」があります。競合を解決する必要があります。',
  'not-utf8/binary': 'ファイルに NUL バイトが含まれており、バイナリのようです。UTF-8 のテキストが必要です。',
  'not-utf8/invalid': 'ここに不正な UTF-8 があります（U+FFFD として表示）。UTF-8 のテキストが必要です。',
  'no-contact/noChannel':
    '脆弱性を報告する手段がありません。メールアドレス、報告用 URL、または GitHub のプライベート脆弱性報告が必要です。',
  'no-contact/noContactField':
    'Contact フィールドがありません。mailto:、tel:、https:// のいずれかの URI を記した「Contact:」が少なくとも 1 つ必要です。',
  'insecure-link/insecure': '「{url}」は暗号化されていません。https:// が必要です。',
  'undeliverable-contact/noreply':
    '「{address}」は報告を受け取れない noreply アドレスです。誰かが確認しているメールボックスが必要です。',
  'undeliverable-contact/invalid':
    '「{address}」は有効なメールアドレスではありません。name@domain.tld の形式が必要です。',
  'undeliverable-contact/invalidMailto':
    '「{address}」は有効なメールアドレスではありません。mailto:name@domain.tld の形式が必要です。',
  'undeliverable-contact/cloudflare':
    'アドレスの代わりに Cloudflare が難読化した「[email protected]」がコピーされています。実際のアドレスが必要です。',
  'undeliverable-contact/mailtoInvalid':
    'mailto リンク「{url}」に有効なアドレスがありません。mailto:name@domain.tld が必要です。',
  'undeliverable-contact/noMailto': '「{url}」へのリンクに「mailto:」がありません。mailto:{url} が必要です。',
  'broken-link/empty': 'リンクが空です。URL、ファイル、または #見出し が必要です。',
  'broken-link/anchor': 'アンカー「{anchor}」になる見出しがありません。文書内のいずれかの見出しが必要です。',
  'broken-link/host': '「{url}」のホスト「{host}」の形式が正しくありません。「{domain}」のようなドメイン名が必要です。',
  'broken-link/file': 'ファイル「{path}」は存在しません。このポリシーからの相対パスが必要です。',
  'broken-link/notInRepository': '「{path}」はこのリポジトリにありません。存在するファイルのパスが必要です。',
  'placeholder/unfilled': 'プレースホルダー「{value}」が埋められていません。実際の値が必要です。',
  'placeholder/exampleDomain': '「{address}」は予約済みの例示用ドメインを使っています。実際のアドレスが必要です。',
  'placeholder/reservedLink': '予約済みドメイン「{host}」へのリンクです。実際のアドレスが必要です。',
  'placeholder/sample':
    '「{value}」は Security Insights のテンプレートの例の値です。このプロジェクト自身の値が必要です。',
  'placeholder/reservedDomain': '「{value}」は予約済みドメイン「{domain}」を使っています。実際のアドレスが必要です。',
  'check-limits':
    'この段落には、ポリシーにしては多すぎる角かっこ、バッククォート、引用記号があるため、プレーンテキストとして読み取ります（中のリンクやコードはリンクやコードとして扱われません）。',
  'insights-missing':
    'リポジトリに security-insights.yml がありません。OSPS Baseline の証拠として、ルートか .github/ に 1 つ必要です。',
  'contact-mismatch/txt':
    'security.txt には {contacts}、SECURITY.md には {policy} と書かれています。同じ連絡先が必要です。',
  'contact-mismatch/txtInherited':
    'security.txt には {contacts}、SECURITY.md（{inherited} から継承） には {policy} と書かれています。同じ連絡先が必要です。',
  'contact-mismatch/siPolicy':
    'security-insights.yml には「{mine}」、SECURITY.md には {emails} と書かれています。同じ連絡先が必要です。',
  'contact-mismatch/siInherited':
    'security-insights.yml には「{mine}」、SECURITY.md（{inherited} から継承） には {emails} と書かれています。同じ連絡先が必要です。',
  'contact-mismatch/siSecurityTxt':
    'security-insights.yml には「{mine}」、security.txt には {emails} と書かれています。同じ連絡先が必要です。',
  'disable-unknown-rule/suggestion': '無効化コメントのルール「{id}」は存在しません。「{suggestion}」のことですか？',
  'disable-unknown-rule/unknown': '無効化コメントのルール「{id}」は存在しません。このコメントは何も無効にしません。',
  'disable-unused/none': '使われていない無効化コメントです。抑制した指摘はありません。',
  'disable-unused/one': '使われていない無効化コメントです。ここには抑制する「{id}」の指摘がありません。',
  'disable-unused/many': '使われていない無効化コメントです。ここには抑制する {ids} の指摘がありません。',
};
