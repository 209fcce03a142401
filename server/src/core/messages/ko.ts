/** Korean: each rule's message, once (see ./index.ts). */
import type { MessageCatalog } from './types';

export const ko: MessageCatalog = {
  'no-response-timeframe': '응답 기한이 없습니다. "신고 접수를 3영업일 이내에 확인합니다" 같은 약속이 필요합니다.',
  'no-disclosure-timeline': '공개 일정이 없습니다. 90일 같은 조정된 공개 기간이 필요합니다.',
  'no-supported-versions': '지원되는 버전이 없습니다. 어떤 버전이 보안 수정을 받는지 밝혀야 합니다.',
  'no-safe-harbor': '세이프 하버가 없습니다. 선의의 연구에 법적 조치를 취하지 않는다는 문구가 필요합니다.',
  'no-scope': '적용 범위가 없습니다. 무엇이 범위에 포함되고 무엇이 제외되는지 밝혀야 합니다.',
  'no-issuance-date': '발행일이 없습니다. "최종 업데이트: YYYY-MM-DD" 같은 줄이 필요합니다.',
  'no-title': '제목이 없습니다. "# 보안 정책" 같은 1수준 제목이 필요합니다.',
  'email-without-encryption':
    '이메일이 유일한 채널입니다. 암호화된 대안(OpenPGP 키, HTTPS 양식 또는 GitHub 비공개 취약점 보고)이 필요합니다.',
  'no-private-channel':
    '공개 채널만 있습니다. 비공개 채널(이메일, 웹 양식 또는 GitHub 비공개 취약점 보고)이 필요합니다.',
  'not-a-policy': '이 파일은 취약점 신고 방법을 전혀 언급하지 않습니다. 보안 정책이 필요합니다.',
  'public-issue-reporting':
    '신고자에게 취약점을 공개 이슈로 알리라고 안내합니다. 비공개 채널과 "공개 이슈를 열지 마십시오"라는 문구가 필요합니다.',
  'unverifiable-key': '키가 키 서버에 있다고만 되어 있습니다. 확인할 수 있는 지문이나 URL이 필요합니다.',
  'response-timeframe-long/long': '첫 응답이 {days}일 이내로 약속되어 있습니다. {limit}일 이내여야 합니다.',
  'stale-date/old': '"{date}"은(는) {months}개월이 넘었습니다. 최근 1년 이내의 날짜가 필요합니다.',
  'empty-section/empty': '"{heading}" 섹션이 비어 있습니다. 다음 제목 앞에 내용이 필요합니다.',
  'security-md-missing/none':
    '루트, .github/, docs/ 어디에도 SECURITY.md가 없습니다. 신고자에게 비공개로 연락하는 방법을 알려 주는 정책이 필요합니다. GitHub에서는 조직의 기본 정책이 적용될 수 있습니다. 조직의 .github 저장소 로컬 사본을 --org-defaults PATH로 지정하세요(또는 .security-policy.json의 "orgDefaults").',
  'security-md-missing/elsewhere':
    'GitHub가 보여 주는 위치(루트, .github/, docs/)에 SECURITY.md가 없습니다. {file}은(는) 표시되지 않습니다. 그곳으로 옮겨야 합니다. GitHub에서는 조직의 기본 정책이 적용될 수 있습니다. 조직의 .github 저장소 로컬 사본을 --org-defaults PATH로 지정하세요(또는 .security-policy.json의 "orgDefaults").',
  'policy-location/elsewhere':
    'GitHub는 "{path}"을(를) 표시하지 않습니다. 루트, .github/, docs/ 중 한 곳에 SECURITY.md가 필요합니다.',
  'policy-location/inherited':
    'GitHub는 "{path}" 대신 조직의 기본 정책({inherited})을 표시합니다. 루트, .github/, docs/ 중 한 곳에 SECURITY.md가 필요합니다.',
  'policy-duplicate/duplicate':
    '{others}에도 다른 정책이 있으며 GitHub는 "{shown}"을(를) 표시합니다. SECURITY.md는 하나만 있어야 합니다.',
  'scorecard-shadowed/shadowed':
    'OpenSSF Scorecard가 이 정책 대신 {files}을(를) 평가할 수 있습니다. security.md라는 이름의 다른 파일이 없어야 합니다.',
  'supported-versions-table/cells': '이 행의 셀은 {cells}개입니다. 머리글과 같은 {columns}개여야 합니다.',
  'supported-versions-table/shortcode':
    '단축 코드 "{shortcode}"은(는) GitHub에서 표시되지 않습니다. ✅ 같은 이모지나 :white_check_mark: 같은 단축 코드가 필요합니다.',
  'supported-versions-table/ended': '지원 "{support}"이(가) 이미 종료되었습니다. 현재 유효한 날짜가 필요합니다.',
  'supported-versions-table/conflict':
    '버전 {version}은(는) 지원됨으로 표시되어 있지만 "{other}"에서는 지원되지 않음으로 표시됩니다. 버전마다 상태는 하나여야 합니다.',
  'supported-versions-table/none': '지원됨으로 표시된 버전이 없습니다. ✅가 있는 행이 하나 이상 필요합니다.',
  'template-unedited/instructions':
    'GitHub 템플릿의 안내 문구가 아직 남아 있습니다. 프로젝트 자체의 내용이 필요합니다.',
  'template-unedited/sampleTable':
    'GitHub의 예시 버전 표(5.1.x, 5.0.x, 4.0.x, < 4.0)가 아직 남아 있습니다. 프로젝트 자체의 버전이 필요합니다.',
  'mojibake/misdecoded':
    '잘못 디코딩된 텍스트 "{found}"입니다. "{replacement}"여야 합니다(UTF-8을 Windows-1252/1254로 읽음).',
  'merge-conflict-marker/marker': '병합 충돌 표시 "{marker}"가 있습니다. 충돌을 해결해야 합니다.',
  'not-utf8/binary': '파일에 NUL 바이트가 있어 바이너리로 보입니다. UTF-8 텍스트여야 합니다.',
  'not-utf8/invalid': '여기에 잘못된 UTF-8이 있습니다(U+FFFD로 표시됨). UTF-8 텍스트여야 합니다.',
  'no-contact/noChannel':
    '취약점을 신고할 방법이 없습니다. 이메일 주소, 신고 URL 또는 GitHub 비공개 취약점 보고가 필요합니다.',
  'no-contact/noContactField':
    'Contact 필드가 없습니다. mailto:, tel:, https:// URI가 있는 "Contact:"가 하나 이상 필요합니다.',
  'insecure-link/insecure': '"{url}"은(는) 암호화되지 않았습니다. https://여야 합니다.',
  'undeliverable-contact/noreply':
    '"{address}"은(는) 신고를 받을 수 없는 noreply 주소입니다. 누군가 확인하는 메일함이 필요합니다.',
  'undeliverable-contact/invalid':
    '"{address}"은(는) 올바른 이메일 주소가 아닙니다. name@domain.tld 형식이어야 합니다.',
  'undeliverable-contact/invalidMailto':
    '"{address}"은(는) 올바른 이메일 주소가 아닙니다. mailto:name@domain.tld 형식이어야 합니다.',
  'undeliverable-contact/cloudflare':
    '주소 대신 Cloudflare가 가린 "[email protected]"이 복사되었습니다. 실제 주소가 필요합니다.',
  'undeliverable-contact/mailtoInvalid':
    'mailto 링크 "{url}"에 올바른 주소가 없습니다. mailto:name@domain.tld여야 합니다.',
  'undeliverable-contact/noMailto': '"{url}"(으)로 가는 링크에 "mailto:"가 없습니다. mailto:{url}이어야 합니다.',
  'broken-link/empty': '빈 링크입니다. URL, 파일 또는 #제목이 필요합니다.',
  'broken-link/anchor': '앵커 "{anchor}"을(를) 만드는 제목이 없습니다. 문서의 제목 중 하나여야 합니다.',
  'broken-link/host': '"{url}"의 호스트 "{host}" 형식이 잘못되었습니다. "{domain}" 같은 도메인 이름이어야 합니다.',
  'broken-link/file': '파일 "{path}"이(가) 없습니다. 이 정책을 기준으로 한 상대 경로여야 합니다.',
  'broken-link/notInRepository': '"{path}"은(는) 이 저장소에 없습니다. 존재하는 파일의 경로여야 합니다.',
  'placeholder/unfilled': '채워지지 않은 자리 표시자 "{value}"입니다. 실제 값이 필요합니다.',
  'placeholder/exampleDomain': '"{address}"은(는) 예시용으로 예약된 도메인을 사용합니다. 실제 주소가 필요합니다.',
  'placeholder/reservedLink': '예약된 도메인 "{host}"(으)로 가는 링크입니다. 실제 주소가 필요합니다.',
  'placeholder/sample': '"{value}"은(는) Security Insights 템플릿의 예시 값입니다. 이 프로젝트 자체의 값이 필요합니다.',
  'placeholder/reservedDomain': '"{value}"은(는) 예약된 도메인 "{domain}"을(를) 사용합니다. 실제 주소가 필요합니다.',
  'check-limits':
    '이 단락에는 정책에 있을 법한 것보다 많은 대괄호, 백틱 또는 인용 기호가 있어 일반 텍스트로 읽습니다(안의 링크와 코드는 링크와 코드로 인식되지 않습니다).',
  'insights-missing':
    '저장소에 security-insights.yml이 없습니다. OSPS Baseline 증거로 루트나 .github/에 하나 있어야 합니다.',
  'contact-mismatch/txt':
    'security.txt에는 {contacts}, SECURITY.md에는 {policy}가 적혀 있습니다. 같은 연락처여야 합니다.',
  'contact-mismatch/txtInherited':
    'security.txt에는 {contacts}, SECURITY.md({inherited}에서 상속)에는 {policy}가 적혀 있습니다. 같은 연락처여야 합니다.',
  'contact-mismatch/siPolicy':
    'security-insights.yml에는 "{mine}", SECURITY.md에는 {emails}가 적혀 있습니다. 같은 연락처여야 합니다.',
  'contact-mismatch/siInherited':
    'security-insights.yml에는 "{mine}", SECURITY.md({inherited}에서 상속)에는 {emails}가 적혀 있습니다. 같은 연락처여야 합니다.',
  'contact-mismatch/siSecurityTxt':
    'security-insights.yml에는 "{mine}", security.txt에는 {emails}가 적혀 있습니다. 같은 연락처여야 합니다.',
  'disable-unknown-rule/suggestion':
    '비활성화 주석에 알 수 없는 규칙 "{id}"이(가) 있습니다. "{suggestion}"을(를) 의도하셨나요?',
  'disable-unknown-rule/unknown':
    '비활성화 주석에 알 수 없는 규칙 "{id}"이(가) 있습니다. 이 주석은 아무것도 끄지 않습니다.',
  'disable-unused/none': '사용되지 않는 비활성화 주석: 아무 결과도 억제하지 않았습니다.',
  'disable-unused/one': '사용되지 않는 비활성화 주석: 여기에는 억제할 "{id}" 결과가 없습니다.',
  'disable-unused/many': '사용되지 않는 비활성화 주석: 여기에는 억제할 {ids} 결과가 없습니다.',
};
