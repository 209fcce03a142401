/**
 * Spanish: value-not-uri's sentences, one per reason of checkUri, part of the URI and way of naming the character
 * (kinds/txt/uri-messages.ts), spread into ../es.ts.
 */
import type { MessageCatalog } from '../../types';

export const esTxtUri: MessageCatalog = {
  'value-not-uri/noScheme': '«{value}» no tiene esquema de URI; se espera «{suggested}».',
  'value-not-uri/noSchemeUnknown':
    '«{value}» no tiene esquema de URI; se espera una URI como mailto:, tel: o https://.',
  'value-not-uri/bracket':
    '«{value}» no es una URI («[» abre un literal IP que ningún «]» cierra); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/ipv6':
    '«{value}» no es una URI («{literal}» entre corchetes no es una dirección IPv6); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/port':
    '«{value}» no es una URI (el puerto «{port}» no es un número); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/other': '«{value}» no es una URI ({reason}); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/percentUserinfo':
    '«{value}» no es una URI («%» en la información de usuario no va seguido de dos dígitos hexadecimales); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeUserinfoSpace':
    '«{value}» no es una URI (un espacio en la información de usuario debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeUserinfoTab':
    '«{value}» no es una URI (un tabulador en la información de usuario debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeUserinfoNonAscii':
    '«{value}» no es una URI («{char}» (no ASCII) en la información de usuario debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeUserinfoControl':
    '«{value}» no es una URI (el carácter de control {code} en la información de usuario debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeUserinfoChar':
    '«{value}» no es una URI («{char}» en la información de usuario debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/percentHost':
    '«{value}» no es una URI («%» en el host no va seguido de dos dígitos hexadecimales); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeHostSpace':
    '«{value}» no es una URI (un espacio en el host debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeHostTab':
    '«{value}» no es una URI (un tabulador en el host debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeHostNonAscii':
    '«{value}» no es una URI («{char}» (no ASCII) en el host debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeHostControl':
    '«{value}» no es una URI (el carácter de control {code} en el host debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeHostChar':
    '«{value}» no es una URI («{char}» en el host debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/percentIpLiteral':
    '«{value}» no es una URI («%» en el literal IP no va seguido de dos dígitos hexadecimales); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralSpace':
    '«{value}» no es una URI (un espacio en el literal IP debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralTab':
    '«{value}» no es una URI (un tabulador en el literal IP debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralNonAscii':
    '«{value}» no es una URI («{char}» (no ASCII) en el literal IP debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralControl':
    '«{value}» no es una URI (el carácter de control {code} en el literal IP debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralChar':
    '«{value}» no es una URI («{char}» en el literal IP debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/percentPath':
    '«{value}» no es una URI («%» en la ruta no va seguido de dos dígitos hexadecimales); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/percentPathFixed':
    '«{value}» no es una URI («%» en la ruta no va seguido de dos dígitos hexadecimales); se espera «{corrected}».',
  'value-not-uri/encodePathSpace':
    '«{value}» no es una URI (un espacio en la ruta debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodePathSpaceFixed':
    '«{value}» no es una URI (un espacio en la ruta debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/encodePathTab':
    '«{value}» no es una URI (un tabulador en la ruta debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodePathTabFixed':
    '«{value}» no es una URI (un tabulador en la ruta debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/encodePathNonAscii':
    '«{value}» no es una URI («{char}» (no ASCII) en la ruta debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodePathNonAsciiFixed':
    '«{value}» no es una URI («{char}» (no ASCII) en la ruta debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/encodePathControl':
    '«{value}» no es una URI (el carácter de control {code} en la ruta debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodePathControlFixed':
    '«{value}» no es una URI (el carácter de control {code} en la ruta debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/encodePathChar':
    '«{value}» no es una URI («{char}» en la ruta debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodePathCharFixed':
    '«{value}» no es una URI («{char}» en la ruta debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/percentQuery':
    '«{value}» no es una URI («%» en la consulta no va seguido de dos dígitos hexadecimales); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/percentQueryFixed':
    '«{value}» no es una URI («%» en la consulta no va seguido de dos dígitos hexadecimales); se espera «{corrected}».',
  'value-not-uri/encodeQuerySpace':
    '«{value}» no es una URI (un espacio en la consulta debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeQuerySpaceFixed':
    '«{value}» no es una URI (un espacio en la consulta debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/encodeQueryTab':
    '«{value}» no es una URI (un tabulador en la consulta debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeQueryTabFixed':
    '«{value}» no es una URI (un tabulador en la consulta debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/encodeQueryNonAscii':
    '«{value}» no es una URI («{char}» (no ASCII) en la consulta debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeQueryNonAsciiFixed':
    '«{value}» no es una URI («{char}» (no ASCII) en la consulta debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/encodeQueryControl':
    '«{value}» no es una URI (el carácter de control {code} en la consulta debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeQueryControlFixed':
    '«{value}» no es una URI (el carácter de control {code} en la consulta debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/encodeQueryChar':
    '«{value}» no es una URI («{char}» en la consulta debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeQueryCharFixed':
    '«{value}» no es una URI («{char}» en la consulta debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/percentFragment':
    '«{value}» no es una URI («%» en el fragmento no va seguido de dos dígitos hexadecimales); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/percentFragmentFixed':
    '«{value}» no es una URI («%» en el fragmento no va seguido de dos dígitos hexadecimales); se espera «{corrected}».',
  'value-not-uri/encodeFragmentSpace':
    '«{value}» no es una URI (un espacio en el fragmento debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeFragmentSpaceFixed':
    '«{value}» no es una URI (un espacio en el fragmento debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/encodeFragmentTab':
    '«{value}» no es una URI (un tabulador en el fragmento debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeFragmentTabFixed':
    '«{value}» no es una URI (un tabulador en el fragmento debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/encodeFragmentNonAscii':
    '«{value}» no es una URI («{char}» (no ASCII) en el fragmento debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeFragmentNonAsciiFixed':
    '«{value}» no es una URI («{char}» (no ASCII) en el fragmento debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/encodeFragmentControl':
    '«{value}» no es una URI (el carácter de control {code} en el fragmento debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeFragmentControlFixed':
    '«{value}» no es una URI (el carácter de control {code} en el fragmento debe codificarse con porcentajes); se espera «{corrected}».',
  'value-not-uri/encodeFragmentChar':
    '«{value}» no es una URI («{char}» en el fragmento debe codificarse con porcentajes); se espera una URI tal como la define RFC 3986 §3.',
  'value-not-uri/encodeFragmentCharFixed':
    '«{value}» no es una URI («{char}» en el fragmento debe codificarse con porcentajes); se espera «{corrected}».',
};
