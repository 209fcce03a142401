/** Korean. */
import type { Words } from './types';

export const ko: Words = {
  headings: {
    reporting: ['보고', '신고', '취약점', '연락'],
    supportedVersions: ['지원되는 버전', '지원 버전'],
    response: ['응답', '대응', '처리 절차'],
    disclosure: ['공개'],
    scope: ['범위'],
    safeHarbor: ['세이프하버', '세이프 하버', '선의', '면책'],
  },
  reporting: ['보고', '신고', '취약점'],
  policy: ['취약점', '보안 문제'],
  vulnerability: ['취약점', '보안 문제'],
  response: ['응답', '회신', '확인', '답변'],
  disclosure: ['공개'],
  negation: ['하지 마', '하지마', '마십시오', '금지'],
  trackerNouns: ['이슈'],
  trackerBefore: [],
  trackerAfter: ['생성', '등록', '열', '이용', '통해'],
  githubPrivate: ['비공개 취약점 보고'],
  supportedVersions: ['지원되는 버전', '지원 버전', '최신 버전만'],
  scope: ['범위 내', '범위 외', '적용 범위'],
  safeHarbor: ['세이프하버', '세이프 하버', '선의'],
  noLegalAction: ['법적 조치를 취하지'],
  resourceHeadings: ['참고', '리소스'],
  publicKey: ['공개 키'],
  keyServer: ['키 서버'],
  template: ['이 섹션을 사용하여', '프로젝트의 어떤 버전이'],
};
