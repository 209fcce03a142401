/**
 * Italian: value-not-uri's sentences, one per reason of checkUri, part of the URI and way of naming the character
 * (kinds/txt/uri-messages.ts), spread into ../it.ts.
 */
import type { MessageCatalog } from '../../types';

export const itTxtUri: MessageCatalog = {
  'value-not-uri/noScheme': '«{value}» non ha uno schema URI; atteso «{suggested}».',
  'value-not-uri/noSchemeUnknown': '«{value}» non ha uno schema URI; atteso un URI come mailto:, tel: o https://.',
  'value-not-uri/bracket':
    '«{value}» non è un URI («[» apre un literal IP che nessuna «]» chiude); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/ipv6':
    '«{value}» non è un URI («{literal}» tra parentesi quadre non è un indirizzo IPv6); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/port':
    '«{value}» non è un URI (la porta «{port}» non è un numero); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/other': '«{value}» non è un URI ({reason}); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/percentUserinfo':
    '«{value}» non è un URI («%» nelle informazioni utente non è seguito da due cifre esadecimali); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeUserinfoSpace':
    '«{value}» non è un URI (serve il percent-encoding per uno spazio nelle informazioni utente); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeUserinfoTab':
    '«{value}» non è un URI (serve il percent-encoding per una tabulazione nelle informazioni utente); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeUserinfoNonAscii':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» (non ASCII) nelle informazioni utente); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeUserinfoControl':
    '«{value}» non è un URI (serve il percent-encoding per il carattere di controllo {code} nelle informazioni utente); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeUserinfoChar':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» nelle informazioni utente); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/percentHost':
    "«{value}» non è un URI («%» nell'host non è seguito da due cifre esadecimali); atteso un URI come definito da RFC 3986 §3.",
  'value-not-uri/encodeHostSpace':
    "«{value}» non è un URI (serve il percent-encoding per uno spazio nell'host); atteso un URI come definito da RFC 3986 §3.",
  'value-not-uri/encodeHostTab':
    "«{value}» non è un URI (serve il percent-encoding per una tabulazione nell'host); atteso un URI come definito da RFC 3986 §3.",
  'value-not-uri/encodeHostNonAscii':
    "«{value}» non è un URI (serve il percent-encoding per «{char}» (non ASCII) nell'host); atteso un URI come definito da RFC 3986 §3.",
  'value-not-uri/encodeHostControl':
    "«{value}» non è un URI (serve il percent-encoding per il carattere di controllo {code} nell'host); atteso un URI come definito da RFC 3986 §3.",
  'value-not-uri/encodeHostChar':
    "«{value}» non è un URI (serve il percent-encoding per «{char}» nell'host); atteso un URI come definito da RFC 3986 §3.",
  'value-not-uri/percentIpLiteral':
    '«{value}» non è un URI («%» nel literal IP non è seguito da due cifre esadecimali); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralSpace':
    '«{value}» non è un URI (serve il percent-encoding per uno spazio nel literal IP); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralTab':
    '«{value}» non è un URI (serve il percent-encoding per una tabulazione nel literal IP); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralNonAscii':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» (non ASCII) nel literal IP); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralControl':
    '«{value}» non è un URI (serve il percent-encoding per il carattere di controllo {code} nel literal IP); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralChar':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» nel literal IP); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/percentPath':
    '«{value}» non è un URI («%» nel percorso non è seguito da due cifre esadecimali); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/percentPathFixed':
    '«{value}» non è un URI («%» nel percorso non è seguito da due cifre esadecimali); atteso «{corrected}».',
  'value-not-uri/encodePathSpace':
    '«{value}» non è un URI (serve il percent-encoding per uno spazio nel percorso); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodePathSpaceFixed':
    '«{value}» non è un URI (serve il percent-encoding per uno spazio nel percorso); atteso «{corrected}».',
  'value-not-uri/encodePathTab':
    '«{value}» non è un URI (serve il percent-encoding per una tabulazione nel percorso); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodePathTabFixed':
    '«{value}» non è un URI (serve il percent-encoding per una tabulazione nel percorso); atteso «{corrected}».',
  'value-not-uri/encodePathNonAscii':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» (non ASCII) nel percorso); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodePathNonAsciiFixed':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» (non ASCII) nel percorso); atteso «{corrected}».',
  'value-not-uri/encodePathControl':
    '«{value}» non è un URI (serve il percent-encoding per il carattere di controllo {code} nel percorso); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodePathControlFixed':
    '«{value}» non è un URI (serve il percent-encoding per il carattere di controllo {code} nel percorso); atteso «{corrected}».',
  'value-not-uri/encodePathChar':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» nel percorso); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodePathCharFixed':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» nel percorso); atteso «{corrected}».',
  'value-not-uri/percentQuery':
    '«{value}» non è un URI («%» nella query non è seguito da due cifre esadecimali); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/percentQueryFixed':
    '«{value}» non è un URI («%» nella query non è seguito da due cifre esadecimali); atteso «{corrected}».',
  'value-not-uri/encodeQuerySpace':
    '«{value}» non è un URI (serve il percent-encoding per uno spazio nella query); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeQuerySpaceFixed':
    '«{value}» non è un URI (serve il percent-encoding per uno spazio nella query); atteso «{corrected}».',
  'value-not-uri/encodeQueryTab':
    '«{value}» non è un URI (serve il percent-encoding per una tabulazione nella query); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeQueryTabFixed':
    '«{value}» non è un URI (serve il percent-encoding per una tabulazione nella query); atteso «{corrected}».',
  'value-not-uri/encodeQueryNonAscii':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» (non ASCII) nella query); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeQueryNonAsciiFixed':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» (non ASCII) nella query); atteso «{corrected}».',
  'value-not-uri/encodeQueryControl':
    '«{value}» non è un URI (serve il percent-encoding per il carattere di controllo {code} nella query); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeQueryControlFixed':
    '«{value}» non è un URI (serve il percent-encoding per il carattere di controllo {code} nella query); atteso «{corrected}».',
  'value-not-uri/encodeQueryChar':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» nella query); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeQueryCharFixed':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» nella query); atteso «{corrected}».',
  'value-not-uri/percentFragment':
    '«{value}» non è un URI («%» nel frammento non è seguito da due cifre esadecimali); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/percentFragmentFixed':
    '«{value}» non è un URI («%» nel frammento non è seguito da due cifre esadecimali); atteso «{corrected}».',
  'value-not-uri/encodeFragmentSpace':
    '«{value}» non è un URI (serve il percent-encoding per uno spazio nel frammento); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeFragmentSpaceFixed':
    '«{value}» non è un URI (serve il percent-encoding per uno spazio nel frammento); atteso «{corrected}».',
  'value-not-uri/encodeFragmentTab':
    '«{value}» non è un URI (serve il percent-encoding per una tabulazione nel frammento); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeFragmentTabFixed':
    '«{value}» non è un URI (serve il percent-encoding per una tabulazione nel frammento); atteso «{corrected}».',
  'value-not-uri/encodeFragmentNonAscii':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» (non ASCII) nel frammento); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeFragmentNonAsciiFixed':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» (non ASCII) nel frammento); atteso «{corrected}».',
  'value-not-uri/encodeFragmentControl':
    '«{value}» non è un URI (serve il percent-encoding per il carattere di controllo {code} nel frammento); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeFragmentControlFixed':
    '«{value}» non è un URI (serve il percent-encoding per il carattere di controllo {code} nel frammento); atteso «{corrected}».',
  'value-not-uri/encodeFragmentChar':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» nel frammento); atteso un URI come definito da RFC 3986 §3.',
  'value-not-uri/encodeFragmentCharFixed':
    '«{value}» non è un URI (serve il percent-encoding per «{char}» nel frammento); atteso «{corrected}».',
};
