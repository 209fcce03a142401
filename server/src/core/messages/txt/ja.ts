/** Japanese: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';

export const jaTxt: MessageCatalog = {
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
};
