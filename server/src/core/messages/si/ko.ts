/**
 * Korean: the security-insights.yml rules' messages, once each (see ../index.ts); field names and values stay as
 * the file writes them. insights-schema's sentences of a kind and what was found are composed from the words below
 * (./schema-sentences.ts), each kind with the subject particle its last syllable takes.
 */
import type { MessageCatalog } from '../types';
import { ruleEntries, schemaSentences } from './schema-sentences';

/** A word with its subject particle: 이 after a final consonant, 가 after a vowel, 이(가) after Latin or a digit. */
function subject(word: string): string {
  const code = word.charCodeAt(word.length - 1);
  if (code < 0xac00 || code > 0xd7a3) return `${word}이(가)`;
  return `${word}${(code - 0xac00) % 28 === 0 ? '가' : '이'}`;
}

export const koSi: MessageCatalog = {
  'insights-bug-bounty':
    'bug-bounty-available이 true이지만 프로그램 위치를 알려 주는 bug-bounty-program이 없습니다. 그 URL이 필요합니다.',
  'insights-v1':
    '이 파일은 Security Insights v1 파일이어서 버전 2를 읽는 도구가 무시합니다. 2.x 구조(header.url, project, repository)가 필요합니다.',
  'insights-future-date/future': '{field} 값 {date}은(는) 오늘({today})보다 뒤입니다. 이미 지난 날짜가 필요합니다.',
  'insights-no-contact/nowhere':
    'reports-accepted가 true이지만 contact도 {policy}도 신고할 곳을 알려 주지 않습니다. 둘 중 하나가 필요합니다.',
  'insights-renamed-key/renamed':
    '"security-policy"는 Security Insights 2.2.0에서 "policy"로 이름이 바뀌었습니다. {version} 파일에서는 "policy"가 필요합니다.',
  'insights-renamed-key/notYet':
    '"policy"는 Security Insights 2.2.0의 이름입니다. {version} 파일에서는 "security-policy"가 필요합니다.',
  'insights-repository-url/other':
    'repository.url은 "{declared}"이지만 git 원격 저장소는 "{remote}"입니다. 같은 저장소여야 합니다.',
  'insights-stale/old': '{field} 값 {date}은(는) 1년도 더 지났습니다. 최근 12개월 이내의 검토가 필요합니다.',
  ...ruleEntries('insights-syntax', {
    tabIndent: 'YAML: 들여쓰기에는 탭을 쓸 수 없습니다.',
    nestedCompact: 'YAML: 간결한 매핑 안에는 중첩된 매핑을 쓸 수 없습니다.',
    multilineKey: 'YAML: 암시적 키는 한 줄에 있어야 합니다.',
    keyWithoutValue: 'YAML: 매핑의 암시적 키 뒤에는 값이 와야 합니다.',
    mappingColumn: 'YAML: 매핑의 모든 항목은 같은 열에서 시작해야 합니다.',
    sequenceColumn: 'YAML: 시퀀스의 모든 항목은 같은 열에서 시작해야 합니다.',
    sequenceAsKey: 'YAML: 블록 시퀀스는 암시적 키로 쓸 수 없습니다.',
    sequenceItem: 'YAML: - 표시가 없는 시퀀스 항목입니다.',
    commentSpace: 'YAML: 주석은 다른 요소와 공백으로 구분해야 합니다.',
    blockInFlow: 'YAML: 플로 컬렉션 안에는 블록 컬렉션을 쓸 수 없습니다.',
    missingQuote: 'YAML: 닫는 따옴표 {quote}이(가) 없습니다.',
    reservedStart: 'YAML: 일반 값은 예약 문자 {char}(으)로 시작할 수 없습니다.',
    parser: 'YAML: "{problem}"(YAML 파서의 메시지).',
    duplicateKey: 'YAML: 매핑의 키는 고유해야 합니다.',
    complexKey: 'YAML: 매핑이나 리스트인 키입니다. 일반 키(텍스트로 읽힘)가 필요합니다.',
    aliases:
      'YAML: 별칭이 {max}개가 넘는 사본으로 펼쳐지므로("billion laughs" 공격의 패턴) 파일을 데이터로 읽을 수 없습니다.',
    tooDeep: 'YAML: 여기서 값이 {max}단계보다 깊게 중첩되어 파일을 검사하지 않습니다(실제 파일은 열 단계 미만입니다).',
    tooLarge: 'YAML: 파일이 {size}KB로 security-insights.yml에 적절한 {max}KB보다 커서 검사하지 않습니다.',
  }),
  ...ruleEntries('insights-schema', {
    ...schemaSentences({
      kinds: {
        mapping: '필드의 매핑',
        list: '리스트',
        text: '텍스트',
        longtext: '560자 이하의 텍스트',
        boolean: 'true 또는 false',
        integer: '정수',
        url: 'http:// 또는 https:// URL',
        email: '이메일 주소',
        phone: '전화번호',
        date: 'YYYY-MM-DD 형식의 날짜',
        datetime: "'2027-01-01T00:00:00.000Z' 같은 시간대가 있는 날짜와 시간",
        version: '2.2.0 같은 버전',
        hash: '소문자 16진수 5~40자리의 커밋 해시',
        pgp: '"-----BEGIN PGP PUBLIC KEY BLOCK-----"부터 "-----END PGP PUBLIC KEY BLOCK-----"까지의 PGP 공개 키',
        choice: '나열된 값 중 하나',
        oneOf: '{allowed} 중 하나',
      },
      found: {
        none: '값이 없습니다',
        list: '리스트입니다',
        mapping: '매핑입니다',
        empty: '빈 문자열입니다',
        text: '"{found}"입니다',
        plain: '{found}입니다',
        other: '다른 형식의 값입니다',
      },
      value: {
        none: '값 없음',
        list: '리스트',
        mapping: '매핑',
        empty: '빈 문자열',
        text: '"{found}"',
        plain: '{found}',
        other: '다른 형식의 값',
      },
      mustBe: (kind, found) => `"{field}"에는 ${subject(kind)} 필요하지만 ${found}.`,
      enumValue: (found) => `"{field}"은(는) {allowed} 중 하나여야 하지만 ${found}.`,
      notDate: (found) => `"{field}"에는 실제로 있는 날짜가 필요하지만 ${found}.`,
      v1Version: (value) =>
        `schema-version(${value})이(가) 이 파일의 필드(Security Insights v1의 필드)와 맞지 않습니다. {allowed}이(가) 필요합니다.`,
      required: (kind) => `필수 필드 "{field}"이(가) 없습니다.${kind ? ` ${subject(kind)} 필요합니다.` : ''}`,
      requiredWhen: (kind) =>
        `필드 "{field}"이(가) 없습니다.${kind ? ` ${subject(kind)} 필요합니다.` : ''} "{condition}"이(가) {conditionValue}이면 필수입니다.`,
    }),
    longText: '"{field}"은(는) 560자 이하여야 하지만 {length}자입니다.',
    unknownNear: '{where}에 알 수 없는 필드 "{name}"이(가) 있습니다. "{near}"을(를) 말씀하신 건가요?',
    unknownNearTop: '최상위에 알 수 없는 필드 "{name}"이(가) 있습니다. "{near}"을(를) 말씀하신 건가요?',
    unknown: '{where}에 알 수 없는 필드 "{name}"이(가) 있습니다. 다음 중 하나여야 합니다: {allowed}.',
    unknownTop: '최상위에 알 수 없는 필드 "{name}"이(가) 있습니다. 다음 중 하나여야 합니다: {allowed}.',
    duplicate: '"{field}"에 같은 항목이 두 번([{first}], [{second}]) 있습니다. 하나만 남기세요.',
    empty: '"{field}"에는 항목이 하나 이상 필요하지만 빈 리스트입니다.',
    other: '"{field}"이(가) 스키마에 맞지 않습니다: "{problem}"(Ajv의 메시지).',
    notMappingList: '파일은 "header" 같은 필드의 매핑이어야 하지만 리스트입니다.',
    notMappingValue: '파일은 "header" 같은 필드의 매핑이어야 하지만 단일 값입니다.',
    projectMissing:
      '필수 필드 "project"가 없습니다. 필드의 매핑이 필요합니다(2.1.0부터, 단 "header.project-si-source"가 프로젝트를 설명하는 파일을 가리키면 예외).',
    introduced:
      '"{field}"은(는) Security Insights {introduced}부터 있는 필드인데 이 파일은 {declared}을(를) 선언합니다. {introduced}을(를) 선언하거나 이 필드를 빼세요.',
    expiresAfterReview:
      '"header.expiration-date"는 "header.last-reviewed"({reviewed})로부터 1년 이내여야 하지만 "{expires}"입니다.',
    v2Version:
      'schema-version "{version}"이(가) 이 파일의 필드(Security Insights 2.x의 필드)와 맞지 않습니다. 2.0.0, 2.1.0, 2.2.0 중 하나여야 합니다.',
  }),
};
