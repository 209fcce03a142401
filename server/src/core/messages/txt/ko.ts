/** Korean: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';

export const koTxt: MessageCatalog = {
  bom: '파일이 바이트 순서 표시(BOM)로 시작합니다. BOM 없는 UTF-8이어야 합니다.',
  'contact-without-encryption': '이메일 연락처에 Encryption 필드가 없습니다. 키 URL이 있는 "Encryption:"이 필요합니다.',
  'encryption-inline-key': 'Encryption에 키 자체가 들어 있습니다. 키를 가져올 수 있는 URI가 필요합니다.',
  'expires-multiple': 'Expires가 두 번 이상 나옵니다. Expires 필드는 하나만 있어야 합니다.',
  'field-obsolete': 'Signature는 RFC 9116 이전에 폐지되었습니다. 대신 인라인 OpenPGP 서명이 필요합니다.',
  'missing-final-newline': '마지막 줄에 줄바꿈이 없습니다. 파일은 줄바꿈으로 끝나야 합니다.',
  'not-signed': '파일이 서명되지 않았습니다. OpenPGP 평문 서명이 필요합니다(RECOMMENDED).',
  'policy-missing': 'Policy 필드가 없습니다. 보안 정책 URL이 있는 "Policy:"가 필요합니다.',
  'signed-without-canonical': 'Canonical 없이 서명되었습니다. 이 파일의 URL이 있는 "Canonical:"이 필요합니다.',
};
