/**
 * Portuguese: value-not-uri's sentences, one per reason of checkUri, part of the URI and way of naming the character
 * (kinds/txt/uri-messages.ts), spread into ../pt.ts.
 */
import type { MessageCatalog } from '../../types';

export const ptTxtUri: MessageCatalog = {
  'value-not-uri/noScheme': '"{value}" não tem esquema de URI; esperado "{suggested}".',
  'value-not-uri/noSchemeUnknown': '"{value}" não tem esquema de URI; esperada uma URI como mailto:, tel: ou https://.',
  'value-not-uri/bracket':
    '"{value}" não é uma URI ("[" abre um literal IP que nenhum "]" fecha); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/ipv6':
    '"{value}" não é uma URI ("{literal}" entre colchetes não é um endereço IPv6); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/port':
    '"{value}" não é uma URI (a porta "{port}" não é um número); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/other': '"{value}" não é uma URI ({reason}); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/percentUserinfo':
    '"{value}" não é uma URI ("%" nas informações de usuário não é seguido de dois dígitos hexadecimais); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeUserinfoSpace':
    '"{value}" não é uma URI (um espaço nas informações de usuário precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeUserinfoTab':
    '"{value}" não é uma URI (uma tabulação nas informações de usuário precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeUserinfoNonAscii':
    '"{value}" não é uma URI ("{char}" (não ASCII) nas informações de usuário precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeUserinfoControl':
    '"{value}" não é uma URI (o caractere de controle {code} nas informações de usuário precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeUserinfoChar':
    '"{value}" não é uma URI ("{char}" nas informações de usuário precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/percentHost':
    '"{value}" não é uma URI ("%" no host não é seguido de dois dígitos hexadecimais); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeHostSpace':
    '"{value}" não é uma URI (um espaço no host precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeHostTab':
    '"{value}" não é uma URI (uma tabulação no host precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeHostNonAscii':
    '"{value}" não é uma URI ("{char}" (não ASCII) no host precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeHostControl':
    '"{value}" não é uma URI (o caractere de controle {code} no host precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeHostChar':
    '"{value}" não é uma URI ("{char}" no host precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/percentIpLiteral':
    '"{value}" não é uma URI ("%" no literal IP não é seguido de dois dígitos hexadecimais); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralSpace':
    '"{value}" não é uma URI (um espaço no literal IP precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralTab':
    '"{value}" não é uma URI (uma tabulação no literal IP precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralNonAscii':
    '"{value}" não é uma URI ("{char}" (não ASCII) no literal IP precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralControl':
    '"{value}" não é uma URI (o caractere de controle {code} no literal IP precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralChar':
    '"{value}" não é uma URI ("{char}" no literal IP precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/percentPath':
    '"{value}" não é uma URI ("%" no caminho não é seguido de dois dígitos hexadecimais); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/percentPathFixed':
    '"{value}" não é uma URI ("%" no caminho não é seguido de dois dígitos hexadecimais); esperado "{corrected}".',
  'value-not-uri/encodePathSpace':
    '"{value}" não é uma URI (um espaço no caminho precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodePathSpaceFixed':
    '"{value}" não é uma URI (um espaço no caminho precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/encodePathTab':
    '"{value}" não é uma URI (uma tabulação no caminho precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodePathTabFixed':
    '"{value}" não é uma URI (uma tabulação no caminho precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/encodePathNonAscii':
    '"{value}" não é uma URI ("{char}" (não ASCII) no caminho precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodePathNonAsciiFixed':
    '"{value}" não é uma URI ("{char}" (não ASCII) no caminho precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/encodePathControl':
    '"{value}" não é uma URI (o caractere de controle {code} no caminho precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodePathControlFixed':
    '"{value}" não é uma URI (o caractere de controle {code} no caminho precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/encodePathChar':
    '"{value}" não é uma URI ("{char}" no caminho precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodePathCharFixed':
    '"{value}" não é uma URI ("{char}" no caminho precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/percentQuery':
    '"{value}" não é uma URI ("%" na consulta não é seguido de dois dígitos hexadecimais); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/percentQueryFixed':
    '"{value}" não é uma URI ("%" na consulta não é seguido de dois dígitos hexadecimais); esperado "{corrected}".',
  'value-not-uri/encodeQuerySpace':
    '"{value}" não é uma URI (um espaço na consulta precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeQuerySpaceFixed':
    '"{value}" não é uma URI (um espaço na consulta precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/encodeQueryTab':
    '"{value}" não é uma URI (uma tabulação na consulta precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeQueryTabFixed':
    '"{value}" não é uma URI (uma tabulação na consulta precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/encodeQueryNonAscii':
    '"{value}" não é uma URI ("{char}" (não ASCII) na consulta precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeQueryNonAsciiFixed':
    '"{value}" não é uma URI ("{char}" (não ASCII) na consulta precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/encodeQueryControl':
    '"{value}" não é uma URI (o caractere de controle {code} na consulta precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeQueryControlFixed':
    '"{value}" não é uma URI (o caractere de controle {code} na consulta precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/encodeQueryChar':
    '"{value}" não é uma URI ("{char}" na consulta precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeQueryCharFixed':
    '"{value}" não é uma URI ("{char}" na consulta precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/percentFragment':
    '"{value}" não é uma URI ("%" no fragmento não é seguido de dois dígitos hexadecimais); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/percentFragmentFixed':
    '"{value}" não é uma URI ("%" no fragmento não é seguido de dois dígitos hexadecimais); esperado "{corrected}".',
  'value-not-uri/encodeFragmentSpace':
    '"{value}" não é uma URI (um espaço no fragmento precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeFragmentSpaceFixed':
    '"{value}" não é uma URI (um espaço no fragmento precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/encodeFragmentTab':
    '"{value}" não é uma URI (uma tabulação no fragmento precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeFragmentTabFixed':
    '"{value}" não é uma URI (uma tabulação no fragmento precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/encodeFragmentNonAscii':
    '"{value}" não é uma URI ("{char}" (não ASCII) no fragmento precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeFragmentNonAsciiFixed':
    '"{value}" não é uma URI ("{char}" (não ASCII) no fragmento precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/encodeFragmentControl':
    '"{value}" não é uma URI (o caractere de controle {code} no fragmento precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeFragmentControlFixed':
    '"{value}" não é uma URI (o caractere de controle {code} no fragmento precisa de codificação percentual); esperado "{corrected}".',
  'value-not-uri/encodeFragmentChar':
    '"{value}" não é uma URI ("{char}" no fragmento precisa de codificação percentual); esperada uma URI conforme a RFC 3986 §3.',
  'value-not-uri/encodeFragmentCharFixed':
    '"{value}" não é uma URI ("{char}" no fragmento precisa de codificação percentual); esperado "{corrected}".',
};
