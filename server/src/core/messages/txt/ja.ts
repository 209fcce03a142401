/** Japanese: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';
import { jaTxtEnvelope } from './envelope/ja';
import { jaTxtExpires } from './expires/ja';
import { jaTxtUri } from './uri/ja';

export const jaTxt: MessageCatalog = {
  ...jaTxtEnvelope,
  ...jaTxtExpires,
  ...jaTxtUri,
  bom: 'ファイルがバイトオーダーマーク（BOM）で始まっています。BOM なしの UTF-8 が必要です。',
  'contact-without-encryption':
    'メールの連絡先に Encryption フィールドがありません。鍵の URL を記した「Encryption:」が必要です。',
  'encryption-inline-key': 'Encryption に鍵そのものが書かれています。鍵を取得できる URI が必要です。',
  'expires-multiple': 'Expires が複数あります。Expires フィールドは 1 つだけにする必要があります。',
  'field-obsolete': 'Signature は RFC 9116 より前に廃止されました。代わりにインラインの OpenPGP 署名が必要です。',
  'missing-final-newline': '最終行に改行がありません。ファイルは改行で終わる必要があります。',
  'not-signed': 'ファイルが署名されていません。OpenPGP のクリアテキスト署名が必要です（RECOMMENDED）。',
  'policy-missing': 'Policy フィールドがありません。セキュリティポリシーの URL を記した「Policy:」が必要です。',
  'signed-without-canonical': 'Canonical なしで署名されています。このファイルの URL を記した「Canonical:」が必要です。',
  'bug-bounty/repeated': 'Bug-Bounty が複数あります。1 つだけにする必要があります。',
  'bug-bounty/notBoolean':
    '「{value}」は True でも False でもありません。「True」か「False」をそのとおりに書く必要があります。',
  'chained-values/chained': '1 つの {field} フィールドに {count} 個の値があります。値ごとに {field} の行が必要です。',
  'expired/expired': 'ファイルは {date} に期限切れになりました。将来の日付が必要です。',
  'expires-missing/missing': 'Expires フィールドがありません。「Expires: {value}」のようなフィールドが必要です。',
  'expires-soon/day': 'ファイルは {days} 日後に期限切れになります。それまでに更新する必要があります。',
  'expires-soon/days': 'ファイルは {days} 日後に期限切れになります。それまでに更新する必要があります。',
  'expires-too-far/tooFar': '{date} は 1 年以上先です。1 年以内の日付が必要です。',
  'file-location/notWellKnown': '「{path}」は .well-known/ の下にありません。.well-known/security.txt が必要です。',
  'size-limits/bytes': 'ファイルは {bytes} バイトです。{max} バイト以下である必要があります。',
  'size-limits/lines': 'ファイルは {lines} 行あります。{max} 行以下である必要があります。',
  'size-limits/field': 'このフィールドは {length} 文字あります。{max} 文字以下である必要があります。',
  'field-unknown/unknown':
    '「{name}」は登録済みの security.txt フィールドではありません。{known} のいずれかが必要です。',
  'field-typo/typo': '「{name}」は登録済みのフィールドではありません。「{intended}」が必要です。',
  'canonical-mismatch/unlisted':
    'ファイルの取得元である {url} を挙げた Canonical フィールドがありません（RFC 9116 §2.5.2）。',
  'canonical-path/notSecurityTxt':
    '「{value}」は security.txt の場所ではありません。/.well-known/security.txt で終わる URL が必要です。',
  'csaf/notMetadata':
    '「{value}」は /provider-metadata.json で終わっていません。CSAF プロバイダーメタデータの URL が必要です。',
  'csaf/notFirst':
    '{host} の /.well-known/csaf/ のエントリが最初の CSAF フィールドではありません。最初に置く必要があります。',
  'served-content-type/none': 'Content-Type がありません。text/plain; charset=utf-8 が必要です（RFC 9116 §3）。',
  'served-content-type/type':
    'Content-Type が「{contentType}」です。text/plain; charset=utf-8 が必要です（RFC 9116 §3）。',
  'served-content-type/charset': 'Content-Type の文字セットが「{charset}」です。utf-8 が必要です（RFC 9116 §3）。',
  'served-html/html':
    '{url} は 200 で HTML ページ（{contentType}）を返しており、security.txt ではありません。text/plain のファイルが必要です。',
  'served-html/htmlNoType':
    '{url} は 200 で HTML ページ（Content-Type なし）を返しており、security.txt ではありません。text/plain のファイルが必要です。',
  'served-locations-differ/differs':
    '{other} は {url} と異なるファイルを返しています。同じファイルか、そこへのリダイレクトが必要です。',
  'served-redirect/otherHost':
    'リダイレクトの行き先が別のホストです：{last}。{from} またはそのサブドメインが必要です。',
  'served-redirect/otherPath':
    'リダイレクトの行き先が {last} です。/.well-known/security.txt か /security.txt が必要です。',
  'served-status/status': '{url} は {status} を返しました。ファイルとともに 200 を返す必要があります。',
  'served-too-large/tooLarge':
    '{url} は {size} を超えています。それ以上は読まず、チェックもしていません。数 KB のファイルが必要です。',
  'served-https/http': 'ファイルが http:// で要求されています（{url}）。https:// が必要です（RFC 9116 §3）。',
  'served-https/redirect':
    'リダイレクトで HTTPS から外れています：{from} が {to} に転送されます。最後まで https:// が必要です（RFC 9116 §3）。',
  'signature-after-expires/afterExpires':
    '署名は {created} に作成されており、署名対象のファイルの Expires（{expires}）より後です。署名する前にファイルを更新する必要があります。',
  'deployed-outdated/older':
    '{url} にデプロイされたコピーの方が古いです。そちらの期限は {there}、このファイルは {here} です。このファイルをデプロイする必要があります。',
  'deployed-outdated/newer':
    '{url} にデプロイされたコピーの方が新しいです。そちらの期限は {there}、このファイルは {here} です。このファイルをそれに合わせて更新する必要があります。',
  'served-tls/expired':
    '{host} の TLS 証明書は期限切れです（{code}）。信頼された認証局が {host} に発行した有効な証明書が必要です。',
  'served-tls/not-yet-valid':
    '{host} の TLS 証明書はまだ有効になっていません（{code}）。信頼された認証局が {host} に発行した有効な証明書が必要です。',
  'served-tls/wrong-host':
    '{host} の TLS 証明書は別のホスト名のものです（{code}）。信頼された認証局が {host} に発行した有効な証明書が必要です。',
  'served-tls/self-signed':
    '{host} の TLS 証明書は自己署名です（{code}）。信頼された認証局が {host} に発行した有効な証明書が必要です。',
  'served-tls/untrusted':
    '{host} の TLS 証明書は信頼された認証局が発行したものではありません（{code}）。信頼された認証局が {host} に発行した有効な証明書が必要です。',
  'served-tls/other':
    '{host} の TLS 証明書は拒否されました（{code}）。信頼された認証局が {host} に発行した有効な証明書が必要です。',
  'served-unreachable/timeout': '{host} から {duration} 以内に応答がありません。ファイルが必要です。',
  'served-unreachable/notFound': '{host} に接続できません（ホストが存在しません）。{url} にファイルが必要です。',
  'served-unreachable/notResolved':
    '{host} に接続できません（名前を解決できませんでした）。{url} にファイルが必要です。',
  'served-unreachable/refused': '{host} に接続できません（接続が拒否されました）。{url} にファイルが必要です。',
  'served-unreachable/reset': '{host} に接続できません（接続がリセットされました）。{url} にファイルが必要です。',
  'served-unreachable/hostUnreachable':
    '{host} に接続できません（ホストに到達できません）。{url} にファイルが必要です。',
  'served-unreachable/networkUnreachable':
    '{host} に接続できません（ネットワークに到達できません）。{url} にファイルが必要です。',
  'served-unreachable/network': '{host} に接続できません（{code}）。{url} にファイルが必要です。',
  'served-unreachable/loop':
    'リダイレクトが {last} に戻ってループしています。最終的にファイルに到達する必要があります。',
  'served-unreachable/tooMany':
    'リダイレクトが {max} 回を超えています（最後は {last}）。{max} 回以内でファイルに到達する必要があります。',
  'deployed-missing/timeout':
    'デプロイされていません：{url} を取得できませんでした（タイムアウト）。そこにこのファイルが必要です。',
  'deployed-missing/network':
    'デプロイされていません：{url} を取得できませんでした（ネットワークエラー）。そこにこのファイルが必要です。',
  'deployed-missing/redirects':
    'デプロイされていません：{url} を取得できませんでした（リダイレクト）。そこにこのファイルが必要です。',
  'deployed-missing/tls':
    'デプロイされていません：{url} を取得できませんでした（{code}）。そこにこのファイルが必要です。',
  'deployed-missing/html': 'デプロイされていません：{url} は HTML ページを返しました。そこにこのファイルが必要です。',
  'deployed-missing/tooLarge':
    'デプロイされていません：{url} は {size} を超える内容を返しました。そこにこのファイルが必要です。',
  'deployed-missing/status': 'デプロイされていません：{url} は {status} を返しました。そこにこのファイルが必要です。',
  'deployed-contacts/both':
    '{url} にデプロイされたコピーは連絡先が異なります：{there} はそちらだけ、{here} はこちらだけにあります。同じ連絡先が必要です。',
  'deployed-contacts/onlyThere':
    '{url} にデプロイされたコピーは連絡先が異なります：{there} はそちらだけにあります。同じ連絡先が必要です。',
  'deployed-contacts/onlyHere':
    '{url} にデプロイされたコピーは連絡先が異なります：{here} はこちらだけにあります。同じ連絡先が必要です。',
  'served-legacy-location/status':
    'ファイルは旧来の場所 {url} にしかありません：{wellKnown} は {status} を返しました。そこにファイルが必要です（RFC 9116 §3）。',
  'served-legacy-location/html':
    'ファイルは旧来の場所 {url} にしかありません：{wellKnown} は HTML ページを返しました。そこにファイルが必要です（RFC 9116 §3）。',
  'served-legacy-location/tooLarge':
    'ファイルは旧来の場所 {url} にしかありません：{wellKnown} は {size} を超える内容を返しました。そこにファイルが必要です（RFC 9116 §3）。',
  'served-legacy-location/timeout':
    'ファイルは旧来の場所 {url} にしかありません：{wellKnown} を取得できませんでした（タイムアウト）。そこにファイルが必要です（RFC 9116 §3）。',
  'served-legacy-location/network':
    'ファイルは旧来の場所 {url} にしかありません：{wellKnown} を取得できませんでした（ネットワークエラー）。そこにファイルが必要です（RFC 9116 §3）。',
  'served-legacy-location/redirects':
    'ファイルは旧来の場所 {url} にしかありません：{wellKnown} を取得できませんでした（リダイレクト）。そこにファイルが必要です（RFC 9116 §3）。',
  'served-legacy-location/tls':
    'ファイルは旧来の場所 {url} にしかありません：{wellKnown} を取得できませんでした（{code}）。そこにファイルが必要です（RFC 9116 §3）。',
  'served-legacy-location/other':
    'ファイルは旧来の場所 {url} にしかありません：{wellKnown}：{answer}。そこにファイルが必要です（RFC 9116 §3）。',
  'signature-bad/named':
    '署名が不正です：{user} の鍵（フィンガープリント {fingerprint}、{source} から取得）で検証すると、署名されたテキストと一致しません。署名後にファイルが変更されています。再署名が必要です。',
  'signature-bad/fingerprint':
    '署名が不正です：フィンガープリント {fingerprint} の鍵（{source} から取得）で検証すると、署名されたテキストと一致しません。署名後にファイルが変更されています。再署名が必要です。',
  'signature-bad/keyId':
    '署名が不正です：鍵 ID {keyIds} の鍵（{source} から取得）で検証すると、署名されたテキストと一致しません。署名後にファイルが変更されています。再署名が必要です。',
  'signature-good/named': '署名は有効です：{user}、フィンガープリント {fingerprint}（鍵は {source} から取得）。',
  'signature-good/namedMade':
    '署名は有効です：{user}、フィンガープリント {fingerprint}（鍵は {source} から取得）、{made} に作成。',
  'signature-good/fingerprint': '署名は有効です：フィンガープリント {fingerprint}（鍵は {source} から取得）。',
  'signature-good/fingerprintMade':
    '署名は有効です：フィンガープリント {fingerprint}（鍵は {source} から取得）、{made} に作成。',
  'signature-good/keyId': '署名は有効です：鍵 ID {keyIds}（鍵は {source} から取得）。',
  'signature-good/keyIdMade': '署名は有効です：鍵 ID {keyIds}（鍵は {source} から取得）、{made} に作成。',
  'signature-key-invalid/namedRevoked':
    '署名鍵（{user}、フィンガープリント {fingerprint}、{source} から取得）は失効しています。有効な鍵でファイルに署名する必要があります。',
  'signature-key-invalid/namedExpired':
    '署名鍵（{user}、フィンガープリント {fingerprint}、{source} から取得）は {expired} に期限切れになりました。有効な鍵でファイルに署名する必要があります。',
  'signature-key-invalid/fingerprintRevoked':
    '署名鍵（フィンガープリント {fingerprint}、{source} から取得）は失効しています。有効な鍵でファイルに署名する必要があります。',
  'signature-key-invalid/fingerprintExpired':
    '署名鍵（フィンガープリント {fingerprint}、{source} から取得）は {expired} に期限切れになりました。有効な鍵でファイルに署名する必要があります。',
  'signature-key-not-found/notAmong':
    '署名を作成した鍵（鍵 ID {keyIds}）は {source} の鍵の中にありません。そこに署名鍵が必要です。',
  'signature-key-not-found/unreadable':
    '署名を作成した鍵（鍵 ID {keyIds}）が見つかりません：{source} には読み取れる OpenPGP 鍵がありません。そこに署名鍵が必要です。',
  'signature-key-not-found/status':
    '署名を作成した鍵（鍵 ID {keyIds}）が見つかりません：{source} は {status} を返しました。そこに署名鍵が必要です。',
  'signature-key-not-found/html':
    '署名を作成した鍵（鍵 ID {keyIds}）が見つかりません：{source} は HTML ページを返しました。そこに署名鍵が必要です。',
  'signature-key-not-found/tooLarge':
    '署名を作成した鍵（鍵 ID {keyIds}）が見つかりません：{source} は {size} を超える内容を返しました。そこに署名鍵が必要です。',
  'signature-key-not-found/timeout':
    '署名を作成した鍵（鍵 ID {keyIds}）が見つかりません：{source} を取得できませんでした（タイムアウト）。そこに署名鍵が必要です。',
  'signature-key-not-found/network':
    '署名を作成した鍵（鍵 ID {keyIds}）が見つかりません：{source} を取得できませんでした（ネットワークエラー）。そこに署名鍵が必要です。',
  'signature-key-not-found/redirects':
    '署名を作成した鍵（鍵 ID {keyIds}）が見つかりません：{source} を取得できませんでした（リダイレクト）。そこに署名鍵が必要です。',
  'signature-key-not-found/tls':
    '署名を作成した鍵（鍵 ID {keyIds}）が見つかりません：{source} を取得できませんでした（{code}）。そこに署名鍵が必要です。',
  'signature-key-not-found/other':
    '署名を作成した鍵（鍵 ID {keyIds}）が見つかりません：{reason}。そこに署名鍵が必要です。',
  'field-syntax/nameChar':
    'フィールド名「{name}」に「{char}」が含まれています。空白やコロンを含まない印字可能な ASCII 文字である必要があります（RFC 5322 field-name）。',
  'field-syntax/nameControl':
    'フィールド名「{name}」に制御文字 {code} が含まれています。空白やコロンを含まない印字可能な ASCII 文字である必要があります（RFC 5322 field-name）。',
  'field-syntax/valueChar':
    '{name} の値にある「{char}」は印字可能な US-ASCII ではありません。RFC 5322 の unstructured テキストが必要です（コメントには任意の Unicode を書けます）。',
  'field-syntax/valueControl':
    '{name} の値にある制御文字 {code} は印字可能な US-ASCII ではありません。RFC 5322 の unstructured テキストが必要です（コメントには任意の Unicode を書けます）。',
  'field-syntax/separator':
    '「{written}」は「{name}: 」ではありません。名前の直後にコロン、その後に空白 1 つが必要です。',
  'field-syntax/commentControl':
    'コメントに制御文字 {code} が含まれています。印字可能な文字、空白、タブである必要があります。',
  'field-syntax/commentAbove':
    'コメントに U+FFFFF を超える {code} が含まれています。印字可能な文字、空白、タブである必要があります。',
  'field-syntax/folded':
    'この行は空白で始まるため {name} フィールドの続きになりますが、その値は折り返せません。{name} の値は 1 行に書く必要があります。',
  'field-syntax/stray':
    'この行は空白で始まっていますが、続きとなる前のフィールドがありません。テキストを行頭から書く必要があります。',
  'field-syntax/empty': 'フィールド「{name}」に値がありません。「{name}: 値」が必要です。',
  'field-syntax/notNfc':
    'この行は Unicode 正規化形式 C ではありません。合成済みの文字が必要です（RFC 5198 Net-Unicode）。',
  'field-syntax/notField':
    'この行はフィールドでもコメントでも空行でもありません。「名前: 値」または「# コメント」が必要です。',
  'preferred-languages/entryEmpty':
    'Preferred-Languages でカンマの間の項目が空です。すべてのカンマの両側に言語タグが必要です。',
  'preferred-languages/separators':
    'Preferred-Languages で「{entry}」はカンマ以外でタグを区切っています。「{tags}」が必要です。',
  'preferred-languages/repeated':
    'Preferred-Languages が複数回あります。カンマ区切りのリストを持つフィールド 1 つが必要です。',
  'preferred-languages/notRegistered':
    'Preferred-Languages では「{language}」は登録済みの言語サブタグではありません。RFC 5646 の言語タグ（「en」や「pt-BR」など）が必要です。',
  'preferred-languages/country':
    'Preferred-Languages では「{language}」は {country} の国コードで、言語ではありません。RFC 5646 の言語タグ（「en」や「pt-BR」など）が必要です。',
  'preferred-languages/countryCorrected':
    'Preferred-Languages では「{language}」は {country} の国コードで、言語ではありません。「{corrected}」が必要です。',
  'preferred-languages/underscore':
    'Preferred-Languages では「{tag}」はサブタグを「_」で区切っています。「{corrected}」が必要です。',
  'preferred-languages/malformed':
    'Preferred-Languages では「{tag}」は正しい形式ではありません（{detail}）。RFC 5646 の言語タグ（「en」や「pt-BR」など）が必要です。',
  'preferred-languages/notWellFormed':
    'Preferred-Languages では「{tag}」は正しい形式の言語タグではありません。RFC 5646 の言語タグ（「en」や「pt-BR」など）が必要です。',
  'preferred-languages/unregisteredExtlang':
    'Preferred-Languages では「{tag}」の「{subtag}」は登録済みの拡張言語サブタグではありません。RFC 5646 の言語タグ（「en」や「pt-BR」など）が必要です。',
  'preferred-languages/unregisteredScript':
    'Preferred-Languages では「{tag}」の「{subtag}」は登録済みの文字体系サブタグではありません。RFC 5646 の言語タグ（「en」や「pt-BR」など）が必要です。',
  'preferred-languages/unregisteredRegion':
    'Preferred-Languages では「{tag}」の「{subtag}」は登録済みの地域サブタグではありません。RFC 5646 の言語タグ（「en」や「pt-BR」など）が必要です。',
  'preferred-languages/unregisteredVariant':
    'Preferred-Languages では「{tag}」の「{subtag}」は登録済みの変種サブタグではありません。RFC 5646 の言語タグ（「en」や「pt-BR」など）が必要です。',
  'preferred-languages/variantTwice':
    'Preferred-Languages では変種「{subtag}」が「{tag}」に 2 回現れます。RFC 5646 の言語タグ（「en」や「pt-BR」など）が必要です。',
  'preferred-languages/extensionTwice':
    'Preferred-Languages では拡張「{subtag}」が「{tag}」に 2 回現れます。RFC 5646 の言語タグ（「en」や「pt-BR」など）が必要です。',
};
