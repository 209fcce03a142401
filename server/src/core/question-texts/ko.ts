/** Korean: the wizard's and `init`'s questions, keyed by their English text (see ./index.ts). */
import type { QuestionTexts } from './types';

export const ko: QuestionTexts = {
  'Which language should the policy be written in?': '정책을 어떤 언어로 작성할까요?',
  'Where should the policy go? GitHub shows it from any of these.':
    '정책을 어디에 둘까요? GitHub는 다음 위치 어디에서든 정책을 표시합니다.',
  'How should reporters reach you privately? (pick one or more)':
    '신고자가 어떻게 비공개로 연락할 수 있습니까? (하나 이상 선택)',
  'Pick at least one way to report.': '신고 방법을 하나 이상 선택하십시오.',
  'GitHub repository (owner/repo) with private vulnerability reporting enabled':
    '비공개 취약점 보고를 사용하는 GitHub 저장소(owner/repo)',
  'Email address for reports': '신고를 받을 이메일 주소',
  'Web form for reports': '신고용 웹 양식',
  'OpenPGP key URL for encrypted reports (optional: leave empty for none)':
    '암호화된 신고에 쓸 OpenPGP 키 URL(선택 사항: 없으면 비워 두십시오)',
  'Acknowledge a report within…': '신고 접수 확인까지의 기간…',
  'Coordinated disclosure: publish within…': '조정된 공개: 공개까지의 기간…',
  'Supported versions: "<" or "!" marks unsupported ones; empty means the latest release only':
    '지원되는 버전: "<" 또는 "!"로 지원하지 않는 버전을 표시합니다. 비워 두면 최신 릴리스만 지원',
  'Supported versions: "<" or "!" marks unsupported ones (from {0}); empty means the latest release only':
    '지원되는 버전: "<" 또는 "!"로 지원하지 않는 버전을 표시합니다 ({0} 기준). 비워 두면 최신 릴리스만 지원',
  'Optional sections': '선택 섹션',
  'Contacts from the policy (the security.txt should name the same)':
    '정책의 연락처 (security.txt에도 같은 연락처를 적어야 합니다)',
  'Contacts from {0} (the security.txt should name the same)':
    '{0}의 연락처 (security.txt에도 같은 연락처를 적어야 합니다)',
  'Pick at least one contact.': '연락처를 하나 이상 선택하십시오.',
  'An email or https:// URL for reports': '신고용 이메일 주소 또는 https:// URL',
  '{0} names no contact: an email or https:// URL for reports':
    '{0}에 연락처가 없습니다: 신고용 이메일 주소 또는 https:// URL',
  'OpenPGP key URL (Encryption; optional)': 'OpenPGP 키 URL (Encryption, 선택 사항)',
  'The web site that will serve the file, for Canonical (optional)':
    '이 파일을 제공할 웹 사이트, Canonical용 (선택 사항)',
  'Policy: the URL of your security policy (optional)': 'Policy: 보안 정책의 URL (선택 사항)',
  'Preferred languages for reports (RFC 5646 tags, comma-separated)':
    '신고에 사용할 선호 언어 (RFC 5646 태그, 쉼표로 구분)',
  'Project name': '프로젝트 이름',
  'Repository URL (repository.url; the git remote by default)': '저장소 URL (repository.url, 기본값은 git 원격 저장소)',
  'Who administers the project (a person or a team)': '프로젝트 관리자 (개인 또는 팀)',
  'Security contact email (optional; SECURITY.md names it by default)':
    '보안 연락 이메일 (선택 사항, 기본값은 SECURITY.md에 적힌 주소)',
  'Security policy URL (optional; your SECURITY.md by default)': '보안 정책 URL (선택 사항, 기본값은 SECURITY.md)',
  'License (SPDX expression)': '라이선스 (SPDX 표현식)',
  'Repository status (repostatus.org)': '저장소 상태 (repostatus.org)',
  'repository root': '저장소 루트',
  'next to other GitHub files': '다른 GitHub 파일과 같은 위치',
  'with the documentation': '문서와 같은 위치',
  'GitHub private vulnerability reporting': 'GitHub 비공개 취약점 보고',
  'enable it in the repository settings': '저장소 설정에서 사용하도록 설정하십시오',
  'Reports arrive as draft security advisories.': '신고는 보안 권고 초안으로 도착합니다.',
  Email: '이메일',
  'a monitored address such as security@…': 'security@…처럼 확인하는 주소',
  'Web form': '웹 양식',
  'an https:// page for reports': '신고용 https:// 페이지',
  '1 business day': '1영업일',
  '{0} business days': '{0}영업일',
  recommended: '권장',
  '{0} days': '{0}일',
  'the common default': '일반적인 기본값',
  'No fixed window': '정해진 기간 없음',
  'agree on a date with each reporter': '신고자마다 날짜를 협의',
  Scope: '적용 범위',
  'what is in and out of scope': '범위에 포함되는 것과 포함되지 않는 것',
  'Safe Harbor': '세이프 하버',
  'no legal action against good-faith research': '선의의 연구에 법적 조치를 취하지 않음',
  // The answers' validation messages (core/answers.ts and each kind's answers.ts and questions.ts).
  'Enter an email address, e.g. security@your-project.org.':
    '이메일 주소를 입력하십시오(예: security@your-project.org).',
  'Enter the address without "mailto:".': '"mailto:" 없이 주소를 입력하십시오.',
  '"{0}" is not an email address, expected e.g. security@your-project.org.':
    '"{0}"은(는) 이메일 주소가 아닙니다. security@your-project.org와 같은 주소여야 합니다.',
  '"{0}" cannot receive reports, expected a monitored mailbox.':
    '"{0}"(으)로는 신고를 받을 수 없습니다. 확인하는 메일함이어야 합니다.',
  'Enter a URL starting with https://.': 'https://로 시작하는 URL을 입력하십시오.',
  '"{0}" is not a URL, expected one starting with https://.':
    '"{0}"은(는) URL이 아닙니다. https://로 시작하는 URL이어야 합니다.',
  '"{0}" is not https, expected a URL starting with https://.':
    '"{0}"은(는) https가 아닙니다. https://로 시작하는 URL이어야 합니다.',
  '"{0}" has no domain name, expected e.g. https://your-project.org/...':
    '"{0}"에는 도메인 이름이 없습니다. https://your-project.org/...와 같은 URL이어야 합니다.',
  '"{0}" is not a GitHub repository, expected owner/repo.':
    '"{0}"은(는) GitHub 저장소가 아닙니다. owner/repo 형식이어야 합니다.',
  '{0} is not a number of business days from 1 to {1}.': '{0}은(는) 1~{1}영업일 범위의 값이 아닙니다.',
  '{0} is not a disclosure window from {1} to {2} days.': '{0}은(는) {1}~{2}일 범위의 공개 기간이 아닙니다.',
  '"{0}" is not a version, expected e.g. "3.x, < 3.0".':
    '"{0}"은(는) 버전이 아닙니다. "3.x, < 3.0"과 같은 형식이어야 합니다.',
  'No version is supported, expected at least one, e.g. "3.x, < 3.0".':
    '지원되는 버전이 없습니다. "3.x, < 3.0"처럼 하나 이상 있어야 합니다.',
  'Enter at least one language tag, e.g. en.': '언어 태그를 하나 이상 입력하십시오(예: en).',
  '"{0}" is not a registered language subtag, expected e.g. en, de or pt-BR.':
    '"{0}"은(는) 등록된 언어 하위 태그가 아닙니다. en, de, pt-BR과 같은 언어 태그여야 합니다.',
  '"{0}" is the country code of {1}, not a language, expected e.g. en, de or pt-BR.':
    '"{0}"은(는) {1}의 국가 코드이며 언어가 아닙니다. en, de, pt-BR과 같은 언어 태그여야 합니다.',
  '"{0}" is the country code of {1}, not a language, expected "{2}".':
    '"{0}"은(는) {1}의 국가 코드이며 언어가 아닙니다. "{2}"여야 합니다.',
  '"{0}" separates its subtags with "_", expected "{1}".':
    '"{0}"은(는) 하위 태그를 "_"로 구분합니다. "{1}"여야 합니다.',
  '"{0}" is not well-formed ({1}), expected e.g. en, de or pt-BR.':
    '"{0}"은(는) 올바른 형식이 아닙니다({1}). en, de, pt-BR과 같은 언어 태그여야 합니다.',
  '"{0}" is not a well-formed language tag, expected e.g. en, de or pt-BR.':
    '"{0}"은(는) 올바른 형식의 언어 태그가 아닙니다. en, de, pt-BR과 같은 언어 태그여야 합니다.',
  '"{0}" in "{1}" is not a registered extended language subtag, expected e.g. en, de or pt-BR.':
    '"{1}"의 "{0}"은(는) 등록된 확장 언어 하위 태그가 아닙니다. en, de, pt-BR과 같은 언어 태그여야 합니다.',
  '"{0}" in "{1}" is not a registered script subtag, expected e.g. en, de or pt-BR.':
    '"{1}"의 "{0}"은(는) 등록된 문자 체계 하위 태그가 아닙니다. en, de, pt-BR과 같은 언어 태그여야 합니다.',
  '"{0}" in "{1}" is not a registered region subtag, expected e.g. en, de or pt-BR.':
    '"{1}"의 "{0}"은(는) 등록된 지역 하위 태그가 아닙니다. en, de, pt-BR과 같은 언어 태그여야 합니다.',
  '"{0}" in "{1}" is not a registered variant subtag, expected e.g. en, de or pt-BR.':
    '"{1}"의 "{0}"은(는) 등록된 변형 하위 태그가 아닙니다. en, de, pt-BR과 같은 언어 태그여야 합니다.',
  'The variant "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    '변형 "{0}"이(가) "{1}"에 두 번 나옵니다. en, de, pt-BR과 같은 언어 태그여야 합니다.',
  'The extension "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    '확장 "{0}"이(가) "{1}"에 두 번 나옵니다. en, de, pt-BR과 같은 언어 태그여야 합니다.',
  'Enter the project name.': '프로젝트 이름을 입력하십시오.',
  'Enter a name.': '이름을 입력하십시오.',
  'Enter an SPDX license expression such as MIT or Apache-2.0 OR MIT.':
    'SPDX 라이선스 표현식을 입력하십시오(예: MIT, Apache-2.0 OR MIT).',
};
