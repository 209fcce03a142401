/**
 * Japanese: value-not-uri's sentences, one per reason of checkUri, part of the URI and way of naming the character
 * (kinds/txt/uri-messages.ts), spread into ../ja.ts.
 */
import type { MessageCatalog } from '../../types';

export const jaTxtUri: MessageCatalog = {
  'value-not-uri/noScheme': '「{value}」には URI スキームがありません。「{suggested}」が必要です。',
  'value-not-uri/noSchemeUnknown':
    '「{value}」には URI スキームがありません。mailto:、tel:、https:// などの URI が必要です。',
  'value-not-uri/bracket':
    '「{value}」は URI ではありません（「[」で始まる IP リテラルが「]」で閉じられていません）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/ipv6':
    '「{value}」は URI ではありません（角かっこ内の「{literal}」は IPv6 アドレスではありません）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/port':
    '「{value}」は URI ではありません（ポート「{port}」が数値ではありません）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/other': '「{value}」は URI ではありません（{reason}）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/percentUserinfo':
    '「{value}」は URI ではありません（ユーザー情報の「%」の後に 16 進数字が 2 つありません）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeUserinfoSpace':
    '「{value}」は URI ではありません（ユーザー情報の空白はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeUserinfoTab':
    '「{value}」は URI ではありません（ユーザー情報のタブはパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeUserinfoNonAscii':
    '「{value}」は URI ではありません（ユーザー情報の「{char}」（ASCII 以外）はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeUserinfoControl':
    '「{value}」は URI ではありません（ユーザー情報の制御文字 {code} はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeUserinfoChar':
    '「{value}」は URI ではありません（ユーザー情報の「{char}」はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/percentHost':
    '「{value}」は URI ではありません（ホストの「%」の後に 16 進数字が 2 つありません）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeHostSpace':
    '「{value}」は URI ではありません（ホストの空白はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeHostTab':
    '「{value}」は URI ではありません（ホストのタブはパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeHostNonAscii':
    '「{value}」は URI ではありません（ホストの「{char}」（ASCII 以外）はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeHostControl':
    '「{value}」は URI ではありません（ホストの制御文字 {code} はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeHostChar':
    '「{value}」は URI ではありません（ホストの「{char}」はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/percentIpLiteral':
    '「{value}」は URI ではありません（IP リテラルの「%」の後に 16 進数字が 2 つありません）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeIpLiteralSpace':
    '「{value}」は URI ではありません（IP リテラルの空白はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeIpLiteralTab':
    '「{value}」は URI ではありません（IP リテラルのタブはパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeIpLiteralNonAscii':
    '「{value}」は URI ではありません（IP リテラルの「{char}」（ASCII 以外）はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeIpLiteralControl':
    '「{value}」は URI ではありません（IP リテラルの制御文字 {code} はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeIpLiteralChar':
    '「{value}」は URI ではありません（IP リテラルの「{char}」はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/percentPath':
    '「{value}」は URI ではありません（パスの「%」の後に 16 進数字が 2 つありません）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/percentPathFixed':
    '「{value}」は URI ではありません（パスの「%」の後に 16 進数字が 2 つありません）。「{corrected}」が必要です。',
  'value-not-uri/encodePathSpace':
    '「{value}」は URI ではありません（パスの空白はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodePathSpaceFixed':
    '「{value}」は URI ではありません（パスの空白はパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/encodePathTab':
    '「{value}」は URI ではありません（パスのタブはパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodePathTabFixed':
    '「{value}」は URI ではありません（パスのタブはパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/encodePathNonAscii':
    '「{value}」は URI ではありません（パスの「{char}」（ASCII 以外）はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodePathNonAsciiFixed':
    '「{value}」は URI ではありません（パスの「{char}」（ASCII 以外）はパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/encodePathControl':
    '「{value}」は URI ではありません（パスの制御文字 {code} はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodePathControlFixed':
    '「{value}」は URI ではありません（パスの制御文字 {code} はパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/encodePathChar':
    '「{value}」は URI ではありません（パスの「{char}」はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodePathCharFixed':
    '「{value}」は URI ではありません（パスの「{char}」はパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/percentQuery':
    '「{value}」は URI ではありません（クエリの「%」の後に 16 進数字が 2 つありません）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/percentQueryFixed':
    '「{value}」は URI ではありません（クエリの「%」の後に 16 進数字が 2 つありません）。「{corrected}」が必要です。',
  'value-not-uri/encodeQuerySpace':
    '「{value}」は URI ではありません（クエリの空白はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeQuerySpaceFixed':
    '「{value}」は URI ではありません（クエリの空白はパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/encodeQueryTab':
    '「{value}」は URI ではありません（クエリのタブはパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeQueryTabFixed':
    '「{value}」は URI ではありません（クエリのタブはパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/encodeQueryNonAscii':
    '「{value}」は URI ではありません（クエリの「{char}」（ASCII 以外）はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeQueryNonAsciiFixed':
    '「{value}」は URI ではありません（クエリの「{char}」（ASCII 以外）はパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/encodeQueryControl':
    '「{value}」は URI ではありません（クエリの制御文字 {code} はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeQueryControlFixed':
    '「{value}」は URI ではありません（クエリの制御文字 {code} はパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/encodeQueryChar':
    '「{value}」は URI ではありません（クエリの「{char}」はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeQueryCharFixed':
    '「{value}」は URI ではありません（クエリの「{char}」はパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/percentFragment':
    '「{value}」は URI ではありません（フラグメントの「%」の後に 16 進数字が 2 つありません）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/percentFragmentFixed':
    '「{value}」は URI ではありません（フラグメントの「%」の後に 16 進数字が 2 つありません）。「{corrected}」が必要です。',
  'value-not-uri/encodeFragmentSpace':
    '「{value}」は URI ではありません（フラグメントの空白はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeFragmentSpaceFixed':
    '「{value}」は URI ではありません（フラグメントの空白はパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/encodeFragmentTab':
    '「{value}」は URI ではありません（フラグメントのタブはパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeFragmentTabFixed':
    '「{value}」は URI ではありません（フラグメントのタブはパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/encodeFragmentNonAscii':
    '「{value}」は URI ではありません（フラグメントの「{char}」（ASCII 以外）はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeFragmentNonAsciiFixed':
    '「{value}」は URI ではありません（フラグメントの「{char}」（ASCII 以外）はパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/encodeFragmentControl':
    '「{value}」は URI ではありません（フラグメントの制御文字 {code} はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeFragmentControlFixed':
    '「{value}」は URI ではありません（フラグメントの制御文字 {code} はパーセントエンコードが必要です）。「{corrected}」が必要です。',
  'value-not-uri/encodeFragmentChar':
    '「{value}」は URI ではありません（フラグメントの「{char}」はパーセントエンコードが必要です）。RFC 3986 §3 が定める URI が必要です。',
  'value-not-uri/encodeFragmentCharFixed':
    '「{value}」は URI ではありません（フラグメントの「{char}」はパーセントエンコードが必要です）。「{corrected}」が必要です。',
};
