/** Chinese: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';

export const zhTxt: MessageCatalog = {
  bom: '文件以字节顺序标记（BOM）开头，应为不带 BOM 的 UTF-8。',
  'contact-without-encryption': '电子邮件联系方式没有 Encryption 字段，应有“Encryption:”并附上密钥的 URL。',
  'encryption-inline-key': 'Encryption 中包含密钥内容，应为可获取密钥的 URI。',
  'expires-multiple': 'Expires 出现了不止一次，应只有一个 Expires 字段。',
  'field-obsolete': 'Signature 在 RFC 9116 之前已被删除，应改用内嵌的 OpenPGP 签名。',
  'missing-final-newline': '最后一行没有换行符，文件应以换行符结尾。',
  'not-signed': '文件没有签名，应有 OpenPGP 明文签名（RECOMMENDED）。',
  'policy-missing': '没有 Policy 字段，应有“Policy:”并附上安全策略的 URL。',
  'signed-without-canonical': '已签名但没有 Canonical，应有“Canonical:”并附上本文件的 URL。',
  'bug-bounty/repeated': 'Bug-Bounty 出现了不止一次，应只有一个。',
  'bug-bounty/notBoolean': '“{value}”既不是 True 也不是 False，应严格写为“True”或“False”。',
  'chained-values/chained': '一个 {field} 字段中有 {count} 个值，应每个值各写一行 {field}。',
  'expired/expired': '文件已于 {date} 过期，应为将来的日期。',
  'expires-missing/missing': '没有 Expires 字段，应有一个，例如“Expires: {value}”。',
  'expires-soon/day': '文件将在 {days} 天后过期，应在此之前续期。',
  'expires-soon/days': '文件将在 {days} 天后过期，应在此之前续期。',
  'expires-too-far/tooFar': '{date} 距今超过一年，应为一年以内的日期。',
  'file-location/notWellKnown': '“{path}”不在 .well-known/ 下，应为 .well-known/security.txt。',
  'size-limits/bytes': '文件大小为 {bytes} 字节，应不超过 {max} 字节。',
  'size-limits/lines': '文件有 {lines} 行，应不超过 {max} 行。',
  'size-limits/field': '此字段长 {length} 个字符，应不超过 {max} 个。',
};
