/**
 * Chinese: value-not-uri's sentences, one per reason of checkUri, part of the URI and way of naming the character
 * (kinds/txt/uri-messages.ts), spread into ../zh.ts.
 */
import type { MessageCatalog } from '../../types';

export const zhTxtUri: MessageCatalog = {
  'value-not-uri/noScheme': '“{value}”没有 URI 方案，应为“{suggested}”。',
  'value-not-uri/noSchemeUnknown': '“{value}”没有 URI 方案，应为 mailto:、tel: 或 https:// 等 URI。',
  'value-not-uri/bracket': '“{value}”不是 URI（“[”开始的 IP 字面量没有以“]”结束），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/ipv6': '“{value}”不是 URI（方括号中的“{literal}”不是 IPv6 地址），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/port': '“{value}”不是 URI（端口“{port}”不是数字），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/other': '“{value}”不是 URI（{reason}），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/percentUserinfo':
    '“{value}”不是 URI（用户信息中的“%”后面没有两位十六进制数字），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeUserinfoSpace':
    '“{value}”不是 URI（用户信息中的空格必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeUserinfoTab':
    '“{value}”不是 URI（用户信息中的制表符必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeUserinfoNonAscii':
    '“{value}”不是 URI（用户信息中的“{char}”（非 ASCII）必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeUserinfoControl':
    '“{value}”不是 URI（用户信息中的控制字符 {code} 必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeUserinfoChar':
    '“{value}”不是 URI（用户信息中的“{char}”必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/percentHost':
    '“{value}”不是 URI（主机中的“%”后面没有两位十六进制数字），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeHostSpace':
    '“{value}”不是 URI（主机中的空格必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeHostTab':
    '“{value}”不是 URI（主机中的制表符必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeHostNonAscii':
    '“{value}”不是 URI（主机中的“{char}”（非 ASCII）必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeHostControl':
    '“{value}”不是 URI（主机中的控制字符 {code} 必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeHostChar':
    '“{value}”不是 URI（主机中的“{char}”必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/percentIpLiteral':
    '“{value}”不是 URI（IP 字面量中的“%”后面没有两位十六进制数字），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeIpLiteralSpace':
    '“{value}”不是 URI（IP 字面量中的空格必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeIpLiteralTab':
    '“{value}”不是 URI（IP 字面量中的制表符必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeIpLiteralNonAscii':
    '“{value}”不是 URI（IP 字面量中的“{char}”（非 ASCII）必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeIpLiteralControl':
    '“{value}”不是 URI（IP 字面量中的控制字符 {code} 必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeIpLiteralChar':
    '“{value}”不是 URI（IP 字面量中的“{char}”必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/percentPath':
    '“{value}”不是 URI（路径中的“%”后面没有两位十六进制数字），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/percentPathFixed': '“{value}”不是 URI（路径中的“%”后面没有两位十六进制数字），应为“{corrected}”。',
  'value-not-uri/encodePathSpace':
    '“{value}”不是 URI（路径中的空格必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodePathSpaceFixed': '“{value}”不是 URI（路径中的空格必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/encodePathTab':
    '“{value}”不是 URI（路径中的制表符必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodePathTabFixed': '“{value}”不是 URI（路径中的制表符必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/encodePathNonAscii':
    '“{value}”不是 URI（路径中的“{char}”（非 ASCII）必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodePathNonAsciiFixed':
    '“{value}”不是 URI（路径中的“{char}”（非 ASCII）必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/encodePathControl':
    '“{value}”不是 URI（路径中的控制字符 {code} 必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodePathControlFixed':
    '“{value}”不是 URI（路径中的控制字符 {code} 必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/encodePathChar':
    '“{value}”不是 URI（路径中的“{char}”必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodePathCharFixed': '“{value}”不是 URI（路径中的“{char}”必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/percentQuery':
    '“{value}”不是 URI（查询中的“%”后面没有两位十六进制数字），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/percentQueryFixed': '“{value}”不是 URI（查询中的“%”后面没有两位十六进制数字），应为“{corrected}”。',
  'value-not-uri/encodeQuerySpace':
    '“{value}”不是 URI（查询中的空格必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeQuerySpaceFixed': '“{value}”不是 URI（查询中的空格必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/encodeQueryTab':
    '“{value}”不是 URI（查询中的制表符必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeQueryTabFixed': '“{value}”不是 URI（查询中的制表符必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/encodeQueryNonAscii':
    '“{value}”不是 URI（查询中的“{char}”（非 ASCII）必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeQueryNonAsciiFixed':
    '“{value}”不是 URI（查询中的“{char}”（非 ASCII）必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/encodeQueryControl':
    '“{value}”不是 URI（查询中的控制字符 {code} 必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeQueryControlFixed':
    '“{value}”不是 URI（查询中的控制字符 {code} 必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/encodeQueryChar':
    '“{value}”不是 URI（查询中的“{char}”必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeQueryCharFixed': '“{value}”不是 URI（查询中的“{char}”必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/percentFragment':
    '“{value}”不是 URI（片段中的“%”后面没有两位十六进制数字），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/percentFragmentFixed': '“{value}”不是 URI（片段中的“%”后面没有两位十六进制数字），应为“{corrected}”。',
  'value-not-uri/encodeFragmentSpace':
    '“{value}”不是 URI（片段中的空格必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeFragmentSpaceFixed': '“{value}”不是 URI（片段中的空格必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/encodeFragmentTab':
    '“{value}”不是 URI（片段中的制表符必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeFragmentTabFixed': '“{value}”不是 URI（片段中的制表符必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/encodeFragmentNonAscii':
    '“{value}”不是 URI（片段中的“{char}”（非 ASCII）必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeFragmentNonAsciiFixed':
    '“{value}”不是 URI（片段中的“{char}”（非 ASCII）必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/encodeFragmentControl':
    '“{value}”不是 URI（片段中的控制字符 {code} 必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeFragmentControlFixed':
    '“{value}”不是 URI（片段中的控制字符 {code} 必须进行百分号编码），应为“{corrected}”。',
  'value-not-uri/encodeFragmentChar':
    '“{value}”不是 URI（片段中的“{char}”必须进行百分号编码），应为符合 RFC 3986 §3 定义的 URI。',
  'value-not-uri/encodeFragmentCharFixed':
    '“{value}”不是 URI（片段中的“{char}”必须进行百分号编码），应为“{corrected}”。',
};
