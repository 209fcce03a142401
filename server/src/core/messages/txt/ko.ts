/** Korean: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';
import { koTxtEnvelope } from './envelope/ko';
import { koTxtExpires } from './expires/ko';
import { koTxtUri } from './uri/ko';

export const koTxt: MessageCatalog = {
  ...koTxtEnvelope,
  ...koTxtExpires,
  ...koTxtUri,
  bom: '파일이 바이트 순서 표시(BOM)로 시작합니다. BOM 없는 UTF-8이어야 합니다.',
  'contact-without-encryption': '이메일 연락처에 Encryption 필드가 없습니다. 키 URL이 있는 "Encryption:"이 필요합니다.',
  'encryption-inline-key': 'Encryption에 키 자체가 들어 있습니다. 키를 가져올 수 있는 URI가 필요합니다.',
  'expires-multiple': 'Expires가 두 번 이상 나옵니다. Expires 필드는 하나만 있어야 합니다.',
  'field-obsolete': 'Signature는 RFC 9116 이전에 폐지되었습니다. 대신 인라인 OpenPGP 서명이 필요합니다.',
  'missing-final-newline': '마지막 줄에 줄바꿈이 없습니다. 파일은 줄바꿈으로 끝나야 합니다.',
  'not-signed': '파일이 서명되지 않았습니다. OpenPGP 평문 서명이 필요합니다(RECOMMENDED).',
  'policy-missing': 'Policy 필드가 없습니다. 보안 정책 URL이 있는 "Policy:"가 필요합니다.',
  'signed-without-canonical': 'Canonical 없이 서명되었습니다. 이 파일의 URL이 있는 "Canonical:"이 필요합니다.',
  'bug-bounty/repeated': 'Bug-Bounty가 두 번 이상 나옵니다. 하나만 있어야 합니다.',
  'bug-bounty/notBoolean': '"{value}"은(는) True나 False가 아닙니다. 정확히 "True" 또는 "False"여야 합니다.',
  'chained-values/chained': '{field} 필드 하나에 값이 {count}개 있습니다. 값마다 {field} 줄이 하나씩 필요합니다.',
  'expired/expired': '파일이 {date}에 만료되었습니다. 미래의 날짜가 필요합니다.',
  'expires-missing/missing': 'Expires 필드가 없습니다. "Expires: {value}" 같은 필드가 필요합니다.',
  'expires-soon/day': '파일이 {days}일 후에 만료됩니다. 그 전에 갱신해야 합니다.',
  'expires-soon/days': '파일이 {days}일 후에 만료됩니다. 그 전에 갱신해야 합니다.',
  'expires-too-far/tooFar': '{date}은(는) 1년보다 더 먼 날짜입니다. 1년 이내의 날짜가 필요합니다.',
  'file-location/notWellKnown':
    '"{path}"이(가) .well-known/ 아래에 있지 않습니다. .well-known/security.txt여야 합니다.',
  'size-limits/bytes': '파일 크기가 {bytes}바이트입니다. {max}바이트 이하여야 합니다.',
  'size-limits/lines': '파일이 {lines}줄입니다. {max}줄 이하여야 합니다.',
  'size-limits/field': '이 필드는 {length}자입니다. {max}자 이하여야 합니다.',
  'field-unknown/unknown': '"{name}"은(는) 등록된 security.txt 필드가 아닙니다. {known} 중 하나여야 합니다.',
  'field-typo/typo': '"{name}"은(는) 등록된 필드가 아닙니다. "{intended}"여야 합니다.',
  'canonical-mismatch/unlisted': '파일을 가져온 주소 {url}을(를) 나열한 Canonical 필드가 없습니다(RFC 9116 §2.5.2).',
  'canonical-path/notSecurityTxt':
    '"{value}"은(는) security.txt 위치가 아닙니다. /.well-known/security.txt로 끝나는 URL이 필요합니다.',
  'csaf/notMetadata':
    '"{value}"은(는) /provider-metadata.json으로 끝나지 않습니다. CSAF 제공자 메타데이터 URL이 필요합니다.',
  'csaf/notFirst': '{host}의 /.well-known/csaf/ 항목이 첫 번째 CSAF 필드가 아닙니다. 맨 앞에 있어야 합니다.',
  'served-content-type/none': 'Content-Type이 없습니다. text/plain; charset=utf-8이어야 합니다(RFC 9116 §3).',
  'served-content-type/type':
    'Content-Type이 "{contentType}"입니다. text/plain; charset=utf-8이어야 합니다(RFC 9116 §3).',
  'served-content-type/charset': 'Content-Type의 문자 집합이 "{charset}"입니다. utf-8이어야 합니다(RFC 9116 §3).',
  'served-html/html':
    '{url}이(가) 200으로 HTML 페이지({contentType})를 반환하며 security.txt가 아닙니다. text/plain 파일이어야 합니다.',
  'served-html/htmlNoType':
    '{url}이(가) 200으로 HTML 페이지(Content-Type 없음)를 반환하며 security.txt가 아닙니다. text/plain 파일이어야 합니다.',
  'served-locations-differ/differs':
    '{other}은(는) {url}과(와) 다른 파일을 제공합니다. 같은 파일이나 그곳으로의 리디렉션이 필요합니다.',
  'served-redirect/otherHost': '리디렉션이 다른 호스트에서 끝납니다: {last}. {from} 또는 그 하위 도메인이어야 합니다.',
  'served-redirect/otherPath':
    '리디렉션이 {last}에서 끝납니다. /.well-known/security.txt 또는 /security.txt여야 합니다.',
  'served-status/status': '{url}이(가) {status}(으)로 응답했습니다. 파일과 함께 200으로 응답해야 합니다.',
  'served-too-large/tooLarge':
    '{url}이(가) {size}보다 깁니다. 더 읽지 않았고 검사하지 않았습니다. 몇 KB 정도의 파일이어야 합니다.',
  'served-https/http': '파일을 http://로 요청합니다({url}). https://여야 합니다(RFC 9116 §3).',
  'served-https/redirect':
    '리디렉션이 HTTPS를 벗어납니다: {from}이(가) {to}(으)로 이어집니다. 처음부터 끝까지 https://여야 합니다(RFC 9116 §3).',
  'signature-after-expires/afterExpires':
    '서명이 {created}에 만들어졌는데, 서명한 파일의 Expires({expires})보다 나중입니다. 서명하기 전에 파일을 갱신해야 합니다.',
  'deployed-outdated/older':
    '{url}에 배포된 사본이 더 오래되었습니다. 그 사본은 {there}에, 이 파일은 {here}에 만료됩니다. 이 파일을 배포해야 합니다.',
  'deployed-outdated/newer':
    '{url}에 배포된 사본이 더 최신입니다. 그 사본은 {there}에, 이 파일은 {here}에 만료됩니다. 이 파일을 그 사본에 맞게 갱신해야 합니다.',
  'served-tls/expired':
    '{host}의 TLS 인증서가 만료되었습니다({code}). 신뢰할 수 있는 기관이 {host}에 발급한 유효한 인증서가 필요합니다.',
  'served-tls/not-yet-valid':
    '{host}의 TLS 인증서가 아직 유효하지 않습니다({code}). 신뢰할 수 있는 기관이 {host}에 발급한 유효한 인증서가 필요합니다.',
  'served-tls/wrong-host':
    '{host}의 TLS 인증서가 다른 호스트 이름용입니다({code}). 신뢰할 수 있는 기관이 {host}에 발급한 유효한 인증서가 필요합니다.',
  'served-tls/self-signed':
    '{host}의 TLS 인증서가 자체 서명되었습니다({code}). 신뢰할 수 있는 기관이 {host}에 발급한 유효한 인증서가 필요합니다.',
  'served-tls/untrusted':
    '{host}의 TLS 인증서가 신뢰할 수 있는 기관에서 발급되지 않았습니다({code}). 신뢰할 수 있는 기관이 {host}에 발급한 유효한 인증서가 필요합니다.',
  'served-tls/other':
    '{host}의 TLS 인증서가 거부되었습니다({code}). 신뢰할 수 있는 기관이 {host}에 발급한 유효한 인증서가 필요합니다.',
  'served-unreachable/timeout': '{host}에서 {duration} 안에 응답이 없습니다. 파일이 필요합니다.',
  'served-unreachable/notFound': '{host}에 연결할 수 없습니다(해당 호스트 없음). {url}에 파일이 있어야 합니다.',
  'served-unreachable/notResolved': '{host}에 연결할 수 없습니다(이름을 확인할 수 없음). {url}에 파일이 있어야 합니다.',
  'served-unreachable/refused': '{host}에 연결할 수 없습니다(연결 거부됨). {url}에 파일이 있어야 합니다.',
  'served-unreachable/reset': '{host}에 연결할 수 없습니다(연결 재설정됨). {url}에 파일이 있어야 합니다.',
  'served-unreachable/hostUnreachable':
    '{host}에 연결할 수 없습니다(호스트에 연결할 수 없음). {url}에 파일이 있어야 합니다.',
  'served-unreachable/networkUnreachable':
    '{host}에 연결할 수 없습니다(네트워크에 연결할 수 없음). {url}에 파일이 있어야 합니다.',
  'served-unreachable/network': '{host}에 연결할 수 없습니다({code}). {url}에 파일이 있어야 합니다.',
  'served-unreachable/loop': '리디렉션이 {last}(으)로 되돌아와 반복됩니다. 파일에서 끝나야 합니다.',
  'served-unreachable/tooMany':
    '리디렉션이 {max}번을 넘습니다(마지막은 {last}). {max}번 이내에 파일에 도달해야 합니다.',
  'deployed-missing/timeout':
    '배포되지 않음: {url}을(를) 가져올 수 없습니다(시간 초과). 이 파일이 그곳에 있어야 합니다.',
  'deployed-missing/network':
    '배포되지 않음: {url}을(를) 가져올 수 없습니다(네트워크 오류). 이 파일이 그곳에 있어야 합니다.',
  'deployed-missing/redirects':
    '배포되지 않음: {url}을(를) 가져올 수 없습니다(리디렉션). 이 파일이 그곳에 있어야 합니다.',
  'deployed-missing/tls': '배포되지 않음: {url}을(를) 가져올 수 없습니다({code}). 이 파일이 그곳에 있어야 합니다.',
  'deployed-missing/html': '배포되지 않음: {url}이(가) HTML 페이지로 응답했습니다. 이 파일이 그곳에 있어야 합니다.',
  'deployed-missing/tooLarge':
    '배포되지 않음: {url}이(가) {size}보다 큰 내용으로 응답했습니다. 이 파일이 그곳에 있어야 합니다.',
  'deployed-missing/status': '배포되지 않음: {url}이(가) {status}(으)로 응답했습니다. 이 파일이 그곳에 있어야 합니다.',
  'deployed-contacts/both':
    '{url}에 배포된 사본의 연락처가 다릅니다: {there}은(는) 그곳에만 있음, {here}은(는) 이곳에만 있음. 같은 연락처여야 합니다.',
  'deployed-contacts/onlyThere':
    '{url}에 배포된 사본의 연락처가 다릅니다: {there}은(는) 그곳에만 있음. 같은 연락처여야 합니다.',
  'deployed-contacts/onlyHere':
    '{url}에 배포된 사본의 연락처가 다릅니다: {here}은(는) 이곳에만 있음. 같은 연락처여야 합니다.',
  'served-legacy-location/status':
    '파일이 예전 위치 {url}에만 있습니다. {wellKnown}이(가) {status}(으)로 응답했습니다. 파일이 그곳에 있어야 합니다(RFC 9116 §3).',
  'served-legacy-location/html':
    '파일이 예전 위치 {url}에만 있습니다. {wellKnown}이(가) HTML 페이지로 응답했습니다. 파일이 그곳에 있어야 합니다(RFC 9116 §3).',
  'served-legacy-location/tooLarge':
    '파일이 예전 위치 {url}에만 있습니다. {wellKnown}이(가) {size}보다 큰 내용으로 응답했습니다. 파일이 그곳에 있어야 합니다(RFC 9116 §3).',
  'served-legacy-location/timeout':
    '파일이 예전 위치 {url}에만 있습니다. {wellKnown}을(를) 가져올 수 없습니다(시간 초과). 파일이 그곳에 있어야 합니다(RFC 9116 §3).',
  'served-legacy-location/network':
    '파일이 예전 위치 {url}에만 있습니다. {wellKnown}을(를) 가져올 수 없습니다(네트워크 오류). 파일이 그곳에 있어야 합니다(RFC 9116 §3).',
  'served-legacy-location/redirects':
    '파일이 예전 위치 {url}에만 있습니다. {wellKnown}을(를) 가져올 수 없습니다(리디렉션). 파일이 그곳에 있어야 합니다(RFC 9116 §3).',
  'served-legacy-location/tls':
    '파일이 예전 위치 {url}에만 있습니다. {wellKnown}을(를) 가져올 수 없습니다({code}). 파일이 그곳에 있어야 합니다(RFC 9116 §3).',
  'served-legacy-location/other':
    '파일이 예전 위치 {url}에만 있습니다. {wellKnown}: {answer}. 파일이 그곳에 있어야 합니다(RFC 9116 §3).',
  'signature-bad/named':
    '잘못된 서명: {user}의 키(지문 {fingerprint}, {source}에서 가져옴)로 검증하면 서명된 텍스트와 일치하지 않습니다. 서명 후 파일이 변경되었습니다. 다시 서명해야 합니다.',
  'signature-bad/fingerprint':
    '잘못된 서명: 지문 {fingerprint}인 키({source}에서 가져옴)로 검증하면 서명된 텍스트와 일치하지 않습니다. 서명 후 파일이 변경되었습니다. 다시 서명해야 합니다.',
  'signature-bad/keyId':
    '잘못된 서명: 키 ID {keyIds}인 키({source}에서 가져옴)로 검증하면 서명된 텍스트와 일치하지 않습니다. 서명 후 파일이 변경되었습니다. 다시 서명해야 합니다.',
  'signature-good/named': '유효한 서명: {user}, 지문 {fingerprint}(키 출처 {source}).',
  'signature-good/namedMade': '유효한 서명: {user}, 지문 {fingerprint}(키 출처 {source}), {made}에 서명됨.',
  'signature-good/fingerprint': '유효한 서명: 지문 {fingerprint}(키 출처 {source}).',
  'signature-good/fingerprintMade': '유효한 서명: 지문 {fingerprint}(키 출처 {source}), {made}에 서명됨.',
  'signature-good/keyId': '유효한 서명: 키 ID {keyIds}(키 출처 {source}).',
  'signature-good/keyIdMade': '유효한 서명: 키 ID {keyIds}(키 출처 {source}), {made}에 서명됨.',
  'signature-key-invalid/namedRevoked':
    '서명 키({user}, 지문 {fingerprint}, {source}에서 가져옴)가 폐기되었습니다. 유효한 키로 파일에 서명해야 합니다.',
  'signature-key-invalid/namedExpired':
    '서명 키({user}, 지문 {fingerprint}, {source}에서 가져옴)가 {expired}에 만료되었습니다. 유효한 키로 파일에 서명해야 합니다.',
  'signature-key-invalid/fingerprintRevoked':
    '서명 키(지문 {fingerprint}, {source}에서 가져옴)가 폐기되었습니다. 유효한 키로 파일에 서명해야 합니다.',
  'signature-key-invalid/fingerprintExpired':
    '서명 키(지문 {fingerprint}, {source}에서 가져옴)가 {expired}에 만료되었습니다. 유효한 키로 파일에 서명해야 합니다.',
  'signature-key-not-found/notAmong':
    '서명을 만든 키(키 ID {keyIds})가 {source}의 키 중에 없습니다. 서명 키가 그곳에 있어야 합니다.',
  'signature-key-not-found/unreadable':
    '서명을 만든 키(키 ID {keyIds})를 찾을 수 없습니다. {source}에 읽을 수 있는 OpenPGP 키가 없습니다. 서명 키가 그곳에 있어야 합니다.',
  'signature-key-not-found/status':
    '서명을 만든 키(키 ID {keyIds})를 찾을 수 없습니다. {source}이(가) {status}(으)로 응답했습니다. 서명 키가 그곳에 있어야 합니다.',
  'signature-key-not-found/html':
    '서명을 만든 키(키 ID {keyIds})를 찾을 수 없습니다. {source}이(가) HTML 페이지로 응답했습니다. 서명 키가 그곳에 있어야 합니다.',
  'signature-key-not-found/tooLarge':
    '서명을 만든 키(키 ID {keyIds})를 찾을 수 없습니다. {source}이(가) {size}보다 큰 내용으로 응답했습니다. 서명 키가 그곳에 있어야 합니다.',
  'signature-key-not-found/timeout':
    '서명을 만든 키(키 ID {keyIds})를 찾을 수 없습니다. {source}을(를) 가져올 수 없습니다(시간 초과). 서명 키가 그곳에 있어야 합니다.',
  'signature-key-not-found/network':
    '서명을 만든 키(키 ID {keyIds})를 찾을 수 없습니다. {source}을(를) 가져올 수 없습니다(네트워크 오류). 서명 키가 그곳에 있어야 합니다.',
  'signature-key-not-found/redirects':
    '서명을 만든 키(키 ID {keyIds})를 찾을 수 없습니다. {source}을(를) 가져올 수 없습니다(리디렉션). 서명 키가 그곳에 있어야 합니다.',
  'signature-key-not-found/tls':
    '서명을 만든 키(키 ID {keyIds})를 찾을 수 없습니다. {source}을(를) 가져올 수 없습니다({code}). 서명 키가 그곳에 있어야 합니다.',
  'signature-key-not-found/other':
    '서명을 만든 키(키 ID {keyIds})를 찾을 수 없습니다. {reason}. 서명 키가 그곳에 있어야 합니다.',
  'field-syntax/nameChar':
    '필드 이름 "{name}"에 "{char}"이(가) 있습니다. 공백이나 콜론이 없는 인쇄 가능한 ASCII여야 합니다(RFC 5322 field-name).',
  'field-syntax/nameControl':
    '필드 이름 "{name}"에 제어 문자 {code}이(가) 있습니다. 공백이나 콜론이 없는 인쇄 가능한 ASCII여야 합니다(RFC 5322 field-name).',
  'field-syntax/valueChar':
    '{name} 값의 "{char}"은(는) 인쇄 가능한 US-ASCII가 아닙니다. RFC 5322 unstructured 텍스트여야 합니다(주석에는 어떤 유니코드든 쓸 수 있습니다).',
  'field-syntax/valueControl':
    '{name} 값의 제어 문자 {code}은(는) 인쇄 가능한 US-ASCII가 아닙니다. RFC 5322 unstructured 텍스트여야 합니다(주석에는 어떤 유니코드든 쓸 수 있습니다).',
  'field-syntax/separator':
    '"{written}"은(는) "{name}: "이(가) 아닙니다. 이름 바로 뒤에 콜론, 그 뒤에 공백 하나가 있어야 합니다.',
  'field-syntax/commentControl': '주석에 제어 문자 {code}이(가) 있습니다. 인쇄 가능한 문자, 공백, 탭이어야 합니다.',
  'field-syntax/commentAbove': '주석에 U+FFFFF를 넘는 {code}이(가) 있습니다. 인쇄 가능한 문자, 공백, 탭이어야 합니다.',
  'field-syntax/folded':
    '이 줄은 공백으로 시작하므로 {name} 필드를 이어 가지만, 그 값은 접을 수 없습니다. {name}의 값은 한 줄에 있어야 합니다.',
  'field-syntax/stray':
    '이 줄은 공백으로 시작하지만 앞에 이어 갈 필드가 없습니다. 텍스트가 줄 맨 앞에서 시작해야 합니다.',
  'field-syntax/empty': '필드 "{name}"에 값이 없습니다. "{name}: 값"이어야 합니다.',
  'field-syntax/notNfc': '이 줄은 유니코드 정규화 형식 C가 아닙니다. 조합된 문자여야 합니다(RFC 5198 Net-Unicode).',
  'field-syntax/notField': '이 줄은 필드도, 주석도, 빈 줄도 아닙니다. "이름: 값" 또는 "# 주석"이어야 합니다.',
  'preferred-languages/entryEmpty':
    'Preferred-Languages에서 쉼표 사이의 항목이 비어 있습니다. 모든 쉼표 양쪽에 언어 태그가 있어야 합니다.',
  'preferred-languages/separators':
    'Preferred-Languages에서 "{entry}"은(는) 쉼표가 아닌 문자로 태그를 구분합니다. "{tags}"여야 합니다.',
  'preferred-languages/repeated':
    'Preferred-Languages가 두 번 이상 나옵니다. 쉼표로 구분된 목록을 가진 필드 하나여야 합니다.',
  'preferred-languages/notRegistered':
    'Preferred-Languages에서 "{language}"은(는) 등록된 언어 하위 태그가 아닙니다. RFC 5646 언어 태그("en", "pt-BR" 등)여야 합니다.',
  'preferred-languages/country':
    'Preferred-Languages에서 "{language}"은(는) {country}의 국가 코드이며 언어가 아닙니다. RFC 5646 언어 태그("en", "pt-BR" 등)여야 합니다.',
  'preferred-languages/countryCorrected':
    'Preferred-Languages에서 "{language}"은(는) {country}의 국가 코드이며 언어가 아닙니다. "{corrected}"여야 합니다.',
  'preferred-languages/underscore':
    'Preferred-Languages에서 "{tag}"은(는) 하위 태그를 "_"로 구분합니다. "{corrected}"여야 합니다.',
  'preferred-languages/malformed':
    'Preferred-Languages에서 "{tag}"은(는) 올바른 형식이 아닙니다({detail}). RFC 5646 언어 태그("en", "pt-BR" 등)여야 합니다.',
  'preferred-languages/notWellFormed':
    'Preferred-Languages에서 "{tag}"은(는) 올바른 형식의 언어 태그가 아닙니다. RFC 5646 언어 태그("en", "pt-BR" 등)여야 합니다.',
  'preferred-languages/unregisteredExtlang':
    'Preferred-Languages에서 "{tag}"의 "{subtag}"은(는) 등록된 확장 언어 하위 태그가 아닙니다. RFC 5646 언어 태그("en", "pt-BR" 등)여야 합니다.',
  'preferred-languages/unregisteredScript':
    'Preferred-Languages에서 "{tag}"의 "{subtag}"은(는) 등록된 문자 체계 하위 태그가 아닙니다. RFC 5646 언어 태그("en", "pt-BR" 등)여야 합니다.',
  'preferred-languages/unregisteredRegion':
    'Preferred-Languages에서 "{tag}"의 "{subtag}"은(는) 등록된 지역 하위 태그가 아닙니다. RFC 5646 언어 태그("en", "pt-BR" 등)여야 합니다.',
  'preferred-languages/unregisteredVariant':
    'Preferred-Languages에서 "{tag}"의 "{subtag}"은(는) 등록된 변형 하위 태그가 아닙니다. RFC 5646 언어 태그("en", "pt-BR" 등)여야 합니다.',
  'preferred-languages/variantTwice':
    'Preferred-Languages에서 변형 "{subtag}"이(가) "{tag}"에 두 번 나옵니다. RFC 5646 언어 태그("en", "pt-BR" 등)여야 합니다.',
  'preferred-languages/extensionTwice':
    'Preferred-Languages에서 확장 "{subtag}"이(가) "{tag}"에 두 번 나옵니다. RFC 5646 언어 태그("en", "pt-BR" 등)여야 합니다.',
};
