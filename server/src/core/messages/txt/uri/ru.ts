/**
 * Russian: value-not-uri's sentences, one per reason of checkUri, part of the URI and way of naming the character
 * (kinds/txt/uri-messages.ts), spread into ../ru.ts.
 */
import type { MessageCatalog } from '../../types';

export const ruTxtUri: MessageCatalog = {
  'value-not-uri/noScheme': 'У «{value}» нет схемы URI; ожидается «{suggested}».',
  'value-not-uri/noSchemeUnknown': 'У «{value}» нет схемы URI; ожидается URI вроде mailto:, tel: или https://.',
  'value-not-uri/bracket':
    '«{value}» — не URI («[» открывает IP-литерал, который не закрыт «]»); ожидается URI по RFC 3986 §3.',
  'value-not-uri/ipv6':
    '«{value}» — не URI («{literal}» в квадратных скобках — не адрес IPv6); ожидается URI по RFC 3986 §3.',
  'value-not-uri/port': '«{value}» — не URI (порт «{port}» — не число); ожидается URI по RFC 3986 §3.',
  'value-not-uri/other': '«{value}» — не URI ({reason}); ожидается URI по RFC 3986 §3.',
  'value-not-uri/percentUserinfo':
    '«{value}» — не URI (за «%» в данных пользователя не следуют две шестнадцатеричные цифры); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeUserinfoSpace':
    '«{value}» — не URI (пробел в данных пользователя нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeUserinfoTab':
    '«{value}» — не URI (табуляцию в данных пользователя нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeUserinfoNonAscii':
    '«{value}» — не URI («{char}» (не ASCII) в данных пользователя нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeUserinfoControl':
    '«{value}» — не URI (управляющий символ {code} в данных пользователя нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeUserinfoChar':
    '«{value}» — не URI («{char}» в данных пользователя нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/percentHost':
    '«{value}» — не URI (за «%» в имени хоста не следуют две шестнадцатеричные цифры); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeHostSpace':
    '«{value}» — не URI (пробел в имени хоста нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeHostTab':
    '«{value}» — не URI (табуляцию в имени хоста нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeHostNonAscii':
    '«{value}» — не URI («{char}» (не ASCII) в имени хоста нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeHostControl':
    '«{value}» — не URI (управляющий символ {code} в имени хоста нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeHostChar':
    '«{value}» — не URI («{char}» в имени хоста нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/percentIpLiteral':
    '«{value}» — не URI (за «%» в IP-литерале не следуют две шестнадцатеричные цифры); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralSpace':
    '«{value}» — не URI (пробел в IP-литерале нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralTab':
    '«{value}» — не URI (табуляцию в IP-литерале нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralNonAscii':
    '«{value}» — не URI («{char}» (не ASCII) в IP-литерале нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralControl':
    '«{value}» — не URI (управляющий символ {code} в IP-литерале нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralChar':
    '«{value}» — не URI («{char}» в IP-литерале нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/percentPath':
    '«{value}» — не URI (за «%» в пути не следуют две шестнадцатеричные цифры); ожидается URI по RFC 3986 §3.',
  'value-not-uri/percentPathFixed':
    '«{value}» — не URI (за «%» в пути не следуют две шестнадцатеричные цифры); ожидается «{corrected}».',
  'value-not-uri/encodePathSpace':
    '«{value}» — не URI (пробел в пути нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodePathSpaceFixed':
    '«{value}» — не URI (пробел в пути нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/encodePathTab':
    '«{value}» — не URI (табуляцию в пути нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodePathTabFixed':
    '«{value}» — не URI (табуляцию в пути нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/encodePathNonAscii':
    '«{value}» — не URI («{char}» (не ASCII) в пути нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodePathNonAsciiFixed':
    '«{value}» — не URI («{char}» (не ASCII) в пути нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/encodePathControl':
    '«{value}» — не URI (управляющий символ {code} в пути нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodePathControlFixed':
    '«{value}» — не URI (управляющий символ {code} в пути нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/encodePathChar':
    '«{value}» — не URI («{char}» в пути нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodePathCharFixed':
    '«{value}» — не URI («{char}» в пути нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/percentQuery':
    '«{value}» — не URI (за «%» в запросе не следуют две шестнадцатеричные цифры); ожидается URI по RFC 3986 §3.',
  'value-not-uri/percentQueryFixed':
    '«{value}» — не URI (за «%» в запросе не следуют две шестнадцатеричные цифры); ожидается «{corrected}».',
  'value-not-uri/encodeQuerySpace':
    '«{value}» — не URI (пробел в запросе нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeQuerySpaceFixed':
    '«{value}» — не URI (пробел в запросе нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/encodeQueryTab':
    '«{value}» — не URI (табуляцию в запросе нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeQueryTabFixed':
    '«{value}» — не URI (табуляцию в запросе нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/encodeQueryNonAscii':
    '«{value}» — не URI («{char}» (не ASCII) в запросе нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeQueryNonAsciiFixed':
    '«{value}» — не URI («{char}» (не ASCII) в запросе нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/encodeQueryControl':
    '«{value}» — не URI (управляющий символ {code} в запросе нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeQueryControlFixed':
    '«{value}» — не URI (управляющий символ {code} в запросе нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/encodeQueryChar':
    '«{value}» — не URI («{char}» в запросе нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeQueryCharFixed':
    '«{value}» — не URI («{char}» в запросе нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/percentFragment':
    '«{value}» — не URI (за «%» во фрагменте не следуют две шестнадцатеричные цифры); ожидается URI по RFC 3986 §3.',
  'value-not-uri/percentFragmentFixed':
    '«{value}» — не URI (за «%» во фрагменте не следуют две шестнадцатеричные цифры); ожидается «{corrected}».',
  'value-not-uri/encodeFragmentSpace':
    '«{value}» — не URI (пробел во фрагменте нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeFragmentSpaceFixed':
    '«{value}» — не URI (пробел во фрагменте нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/encodeFragmentTab':
    '«{value}» — не URI (табуляцию во фрагменте нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeFragmentTabFixed':
    '«{value}» — не URI (табуляцию во фрагменте нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/encodeFragmentNonAscii':
    '«{value}» — не URI («{char}» (не ASCII) во фрагменте нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeFragmentNonAsciiFixed':
    '«{value}» — не URI («{char}» (не ASCII) во фрагменте нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/encodeFragmentControl':
    '«{value}» — не URI (управляющий символ {code} во фрагменте нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeFragmentControlFixed':
    '«{value}» — не URI (управляющий символ {code} во фрагменте нужно закодировать процентной кодировкой); ожидается «{corrected}».',
  'value-not-uri/encodeFragmentChar':
    '«{value}» — не URI («{char}» во фрагменте нужно закодировать процентной кодировкой); ожидается URI по RFC 3986 §3.',
  'value-not-uri/encodeFragmentCharFixed':
    '«{value}» — не URI («{char}» во фрагменте нужно закодировать процентной кодировкой); ожидается «{corrected}».',
};
