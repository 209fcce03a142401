/** Korean, in the formal 합니다 style. */
import type { PolicyTexts } from './types';

export const ko: PolicyTexts = {
  title: '보안 정책',
  headings: {
    supported: '지원되는 버전',
    reporting: '취약점 신고',
    response: '응답 기간',
    disclosure: '공개 정책',
    scope: '적용 범위',
    safeHarbor: '세이프 하버',
  },
  versionColumn: '버전',
  supportedColumn: '지원',
  latestOnly: '보안 수정은 최신 버전만을 대상으로 제공됩니다. 신고하기 전에 최신 버전으로 업데이트해 주십시오.',
  noPublicIssues: '보안 취약점을 공개 이슈, 토론 또는 풀 리퀘스트로 신고하지 마십시오.',
  reportPrivately: '대신 다음 방법 중 하나를 이용해 비공개로 신고해 주십시오.',
  viaGithub: (url) => `GitHub 비공개 취약점 보고: 이 저장소의 **Security** 탭에서 [취약점을 보고](${url})해 주십시오.`,
  viaEmail: (email) => `이메일: [${email}](mailto:${email}) 주소로 보내 주십시오.`,
  viaEncryptedEmail: (email, key) =>
    `이메일: [${email}](mailto:${email}) 주소로 보내 주십시오. 보내실 내용은 저희 OpenPGP 키(<${key}>)로 암호화해 주십시오.`,
  viaForm: (url) => `[취약점 신고 양식](${url})을 통해 신고해 주십시오.`,
  privateReporting:
    '취약점을 비공개로 신고하려면 GitHub 비공개 취약점 보고를 이용해 주십시오. 이 저장소의 **Security** 탭을 열고 **Report a vulnerability**를 선택하십시오.',
  keyOnly: (key) => `보내실 내용은 저희 OpenPGP 키(<${key}>)로 암호화해 주십시오.`,
  include: '신고 시 취약점 설명, 재현 절차, 영향을 받는 버전, 예상되는 영향을 포함해 주십시오.',
  acknowledge: (days) =>
    `신고를 받은 후 ${days}영업일 이내에 접수를 확인해 드리고, 수정 사항이 릴리스될 때까지 진행 상황을 알려 드립니다.`,
  disclosure: (days) =>
    days === null
      ? '공개 날짜는 신고자와 협의하여 정하며, 수정 사항이 준비되는 대로 보안 권고를 공개합니다.'
      : `조정된 공개 원칙에 따라 신고일로부터 ${days}일 이내에 수정 사항과 보안 권고를 공개하며, 공개 날짜는 신고자와 협의합니다. 신고자가 원하지 않는 경우를 제외하고 보안 권고에 신고자의 이름을 올려 감사를 표합니다.`,
  inScope: '범위 내: 이 저장소의 코드와 이 저장소에서 배포되는 릴리스.',
  outOfScope:
    '범위 외: 서드파티 의존성의 취약점(해당 메인테이너에게 신고해 주십시오), 대량 트래픽을 이용한 서비스 거부 공격, 사회공학 기법, 실제 영향이 입증되지 않은 자동화 스캐너 결과.',
  safeHarbor:
    '본 정책에 따라 선의로 수행된 보안 연구는 허가된 것으로 간주합니다. 개인정보 침해, 데이터 파괴, 서비스 중단을 피하고 공개 전에 문제를 수정할 합리적인 시간을 주신다면, 저희는 이를 이유로 귀하에게 법적 조치를 취하지 않으며 제3자의 법적 조치도 지원하지 않습니다.',
  lastUpdated: (date) => `최종 업데이트: ${date}`,
};
