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
};
