/**
 * Korean: value-not-uri's sentences, one per reason of checkUri, part of the URI and way of naming the character
 * (kinds/txt/uri-messages.ts), spread into ../ko.ts.
 */
import type { MessageCatalog } from '../../types';

export const koTxtUri: MessageCatalog = {
  'value-not-uri/noScheme': '"{value}"에 URI 스킴이 없습니다. "{suggested}"여야 합니다.',
  'value-not-uri/noSchemeUnknown': '"{value}"에 URI 스킴이 없습니다. mailto:, tel:, https:// 같은 URI여야 합니다.',
  'value-not-uri/bracket':
    '"{value}"은(는) URI가 아닙니다("["로 연 IP 리터럴을 "]"로 닫지 않았습니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/ipv6':
    '"{value}"은(는) URI가 아닙니다(대괄호 안의 "{literal}"은(는) IPv6 주소가 아닙니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/port':
    '"{value}"은(는) URI가 아닙니다(포트 "{port}"은(는) 숫자가 아닙니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/other': '"{value}"은(는) URI가 아닙니다({reason}). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/percentUserinfo':
    '"{value}"은(는) URI가 아닙니다(사용자 정보의 "%" 뒤에 16진수 두 자리가 없습니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeUserinfoSpace':
    '"{value}"은(는) URI가 아닙니다(사용자 정보의 공백은 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeUserinfoTab':
    '"{value}"은(는) URI가 아닙니다(사용자 정보의 탭은 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeUserinfoNonAscii':
    '"{value}"은(는) URI가 아닙니다(사용자 정보의 "{char}"(ASCII 아님)은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeUserinfoControl':
    '"{value}"은(는) URI가 아닙니다(사용자 정보의 제어 문자 {code}은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeUserinfoChar':
    '"{value}"은(는) URI가 아닙니다(사용자 정보의 "{char}"은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/percentHost':
    '"{value}"은(는) URI가 아닙니다(호스트의 "%" 뒤에 16진수 두 자리가 없습니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeHostSpace':
    '"{value}"은(는) URI가 아닙니다(호스트의 공백은 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeHostTab':
    '"{value}"은(는) URI가 아닙니다(호스트의 탭은 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeHostNonAscii':
    '"{value}"은(는) URI가 아닙니다(호스트의 "{char}"(ASCII 아님)은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeHostControl':
    '"{value}"은(는) URI가 아닙니다(호스트의 제어 문자 {code}은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeHostChar':
    '"{value}"은(는) URI가 아닙니다(호스트의 "{char}"은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/percentIpLiteral':
    '"{value}"은(는) URI가 아닙니다(IP 리터럴의 "%" 뒤에 16진수 두 자리가 없습니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeIpLiteralSpace':
    '"{value}"은(는) URI가 아닙니다(IP 리터럴의 공백은 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeIpLiteralTab':
    '"{value}"은(는) URI가 아닙니다(IP 리터럴의 탭은 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeIpLiteralNonAscii':
    '"{value}"은(는) URI가 아닙니다(IP 리터럴의 "{char}"(ASCII 아님)은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeIpLiteralControl':
    '"{value}"은(는) URI가 아닙니다(IP 리터럴의 제어 문자 {code}은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeIpLiteralChar':
    '"{value}"은(는) URI가 아닙니다(IP 리터럴의 "{char}"은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/percentPath':
    '"{value}"은(는) URI가 아닙니다(경로의 "%" 뒤에 16진수 두 자리가 없습니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/percentPathFixed':
    '"{value}"은(는) URI가 아닙니다(경로의 "%" 뒤에 16진수 두 자리가 없습니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodePathSpace':
    '"{value}"은(는) URI가 아닙니다(경로의 공백은 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodePathSpaceFixed':
    '"{value}"은(는) URI가 아닙니다(경로의 공백은 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodePathTab':
    '"{value}"은(는) URI가 아닙니다(경로의 탭은 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodePathTabFixed':
    '"{value}"은(는) URI가 아닙니다(경로의 탭은 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodePathNonAscii':
    '"{value}"은(는) URI가 아닙니다(경로의 "{char}"(ASCII 아님)은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodePathNonAsciiFixed':
    '"{value}"은(는) URI가 아닙니다(경로의 "{char}"(ASCII 아님)은(는) 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodePathControl':
    '"{value}"은(는) URI가 아닙니다(경로의 제어 문자 {code}은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodePathControlFixed':
    '"{value}"은(는) URI가 아닙니다(경로의 제어 문자 {code}은(는) 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodePathChar':
    '"{value}"은(는) URI가 아닙니다(경로의 "{char}"은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodePathCharFixed':
    '"{value}"은(는) URI가 아닙니다(경로의 "{char}"은(는) 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/percentQuery':
    '"{value}"은(는) URI가 아닙니다(쿼리의 "%" 뒤에 16진수 두 자리가 없습니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/percentQueryFixed':
    '"{value}"은(는) URI가 아닙니다(쿼리의 "%" 뒤에 16진수 두 자리가 없습니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodeQuerySpace':
    '"{value}"은(는) URI가 아닙니다(쿼리의 공백은 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeQuerySpaceFixed':
    '"{value}"은(는) URI가 아닙니다(쿼리의 공백은 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodeQueryTab':
    '"{value}"은(는) URI가 아닙니다(쿼리의 탭은 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeQueryTabFixed':
    '"{value}"은(는) URI가 아닙니다(쿼리의 탭은 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodeQueryNonAscii':
    '"{value}"은(는) URI가 아닙니다(쿼리의 "{char}"(ASCII 아님)은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeQueryNonAsciiFixed':
    '"{value}"은(는) URI가 아닙니다(쿼리의 "{char}"(ASCII 아님)은(는) 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodeQueryControl':
    '"{value}"은(는) URI가 아닙니다(쿼리의 제어 문자 {code}은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeQueryControlFixed':
    '"{value}"은(는) URI가 아닙니다(쿼리의 제어 문자 {code}은(는) 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodeQueryChar':
    '"{value}"은(는) URI가 아닙니다(쿼리의 "{char}"은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeQueryCharFixed':
    '"{value}"은(는) URI가 아닙니다(쿼리의 "{char}"은(는) 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/percentFragment':
    '"{value}"은(는) URI가 아닙니다(프래그먼트의 "%" 뒤에 16진수 두 자리가 없습니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/percentFragmentFixed':
    '"{value}"은(는) URI가 아닙니다(프래그먼트의 "%" 뒤에 16진수 두 자리가 없습니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodeFragmentSpace':
    '"{value}"은(는) URI가 아닙니다(프래그먼트의 공백은 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeFragmentSpaceFixed':
    '"{value}"은(는) URI가 아닙니다(프래그먼트의 공백은 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodeFragmentTab':
    '"{value}"은(는) URI가 아닙니다(프래그먼트의 탭은 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeFragmentTabFixed':
    '"{value}"은(는) URI가 아닙니다(프래그먼트의 탭은 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodeFragmentNonAscii':
    '"{value}"은(는) URI가 아닙니다(프래그먼트의 "{char}"(ASCII 아님)은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeFragmentNonAsciiFixed':
    '"{value}"은(는) URI가 아닙니다(프래그먼트의 "{char}"(ASCII 아님)은(는) 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodeFragmentControl':
    '"{value}"은(는) URI가 아닙니다(프래그먼트의 제어 문자 {code}은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeFragmentControlFixed':
    '"{value}"은(는) URI가 아닙니다(프래그먼트의 제어 문자 {code}은(는) 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
  'value-not-uri/encodeFragmentChar':
    '"{value}"은(는) URI가 아닙니다(프래그먼트의 "{char}"은(는) 퍼센트 인코딩해야 합니다). RFC 3986 §3에서 정의한 URI여야 합니다.',
  'value-not-uri/encodeFragmentCharFixed':
    '"{value}"은(는) URI가 아닙니다(프래그먼트의 "{char}"은(는) 퍼센트 인코딩해야 합니다). "{corrected}"여야 합니다.',
};
