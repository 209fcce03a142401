/**
 * German: value-not-uri's sentences, one per reason of checkUri, part of the URI and way of naming the character
 * (kinds/txt/uri-messages.ts), spread into ../de.ts.
 */
import type { MessageCatalog } from '../../types';

export const deTxtUri: MessageCatalog = {
  'value-not-uri/noScheme': '„{value}“ hat kein URI-Schema, erwartet wird „{suggested}“.',
  'value-not-uri/noSchemeUnknown':
    '„{value}“ hat kein URI-Schema, erwartet wird eine URI wie mailto:, tel: oder https://.',
  'value-not-uri/bracket':
    '„{value}“ ist keine URI („[“ öffnet ein IP-Literal, das kein „]“ schließt), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/ipv6':
    '„{value}“ ist keine URI („{literal}“ in eckigen Klammern ist keine IPv6-Adresse), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/port':
    '„{value}“ ist keine URI (der Port „{port}“ ist keine Zahl), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/other': '„{value}“ ist keine URI ({reason}), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/percentUserinfo':
    '„{value}“ ist keine URI (auf „%“ in den Benutzerinformationen folgen keine zwei Hexadezimalziffern), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeUserinfoSpace':
    '„{value}“ ist keine URI (ein Leerzeichen in den Benutzerinformationen muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeUserinfoTab':
    '„{value}“ ist keine URI (ein Tabulator in den Benutzerinformationen muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeUserinfoNonAscii':
    '„{value}“ ist keine URI („{char}“ (kein ASCII) in den Benutzerinformationen muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeUserinfoControl':
    '„{value}“ ist keine URI (das Steuerzeichen {code} in den Benutzerinformationen muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeUserinfoChar':
    '„{value}“ ist keine URI („{char}“ in den Benutzerinformationen muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/percentHost':
    '„{value}“ ist keine URI (auf „%“ im Host folgen keine zwei Hexadezimalziffern), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeHostSpace':
    '„{value}“ ist keine URI (ein Leerzeichen im Host muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeHostTab':
    '„{value}“ ist keine URI (ein Tabulator im Host muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeHostNonAscii':
    '„{value}“ ist keine URI („{char}“ (kein ASCII) im Host muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeHostControl':
    '„{value}“ ist keine URI (das Steuerzeichen {code} im Host muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeHostChar':
    '„{value}“ ist keine URI („{char}“ im Host muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/percentIpLiteral':
    '„{value}“ ist keine URI (auf „%“ im IP-Literal folgen keine zwei Hexadezimalziffern), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralSpace':
    '„{value}“ ist keine URI (ein Leerzeichen im IP-Literal muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralTab':
    '„{value}“ ist keine URI (ein Tabulator im IP-Literal muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralNonAscii':
    '„{value}“ ist keine URI („{char}“ (kein ASCII) im IP-Literal muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralControl':
    '„{value}“ ist keine URI (das Steuerzeichen {code} im IP-Literal muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeIpLiteralChar':
    '„{value}“ ist keine URI („{char}“ im IP-Literal muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/percentPath':
    '„{value}“ ist keine URI (auf „%“ im Pfad folgen keine zwei Hexadezimalziffern), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/percentPathFixed':
    '„{value}“ ist keine URI (auf „%“ im Pfad folgen keine zwei Hexadezimalziffern), erwartet wird „{corrected}“.',
  'value-not-uri/encodePathSpace':
    '„{value}“ ist keine URI (ein Leerzeichen im Pfad muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodePathSpaceFixed':
    '„{value}“ ist keine URI (ein Leerzeichen im Pfad muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/encodePathTab':
    '„{value}“ ist keine URI (ein Tabulator im Pfad muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodePathTabFixed':
    '„{value}“ ist keine URI (ein Tabulator im Pfad muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/encodePathNonAscii':
    '„{value}“ ist keine URI („{char}“ (kein ASCII) im Pfad muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodePathNonAsciiFixed':
    '„{value}“ ist keine URI („{char}“ (kein ASCII) im Pfad muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/encodePathControl':
    '„{value}“ ist keine URI (das Steuerzeichen {code} im Pfad muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodePathControlFixed':
    '„{value}“ ist keine URI (das Steuerzeichen {code} im Pfad muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/encodePathChar':
    '„{value}“ ist keine URI („{char}“ im Pfad muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodePathCharFixed':
    '„{value}“ ist keine URI („{char}“ im Pfad muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/percentQuery':
    '„{value}“ ist keine URI (auf „%“ in der Abfrage folgen keine zwei Hexadezimalziffern), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/percentQueryFixed':
    '„{value}“ ist keine URI (auf „%“ in der Abfrage folgen keine zwei Hexadezimalziffern), erwartet wird „{corrected}“.',
  'value-not-uri/encodeQuerySpace':
    '„{value}“ ist keine URI (ein Leerzeichen in der Abfrage muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeQuerySpaceFixed':
    '„{value}“ ist keine URI (ein Leerzeichen in der Abfrage muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/encodeQueryTab':
    '„{value}“ ist keine URI (ein Tabulator in der Abfrage muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeQueryTabFixed':
    '„{value}“ ist keine URI (ein Tabulator in der Abfrage muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/encodeQueryNonAscii':
    '„{value}“ ist keine URI („{char}“ (kein ASCII) in der Abfrage muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeQueryNonAsciiFixed':
    '„{value}“ ist keine URI („{char}“ (kein ASCII) in der Abfrage muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/encodeQueryControl':
    '„{value}“ ist keine URI (das Steuerzeichen {code} in der Abfrage muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeQueryControlFixed':
    '„{value}“ ist keine URI (das Steuerzeichen {code} in der Abfrage muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/encodeQueryChar':
    '„{value}“ ist keine URI („{char}“ in der Abfrage muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeQueryCharFixed':
    '„{value}“ ist keine URI („{char}“ in der Abfrage muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/percentFragment':
    '„{value}“ ist keine URI (auf „%“ im Fragment folgen keine zwei Hexadezimalziffern), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/percentFragmentFixed':
    '„{value}“ ist keine URI (auf „%“ im Fragment folgen keine zwei Hexadezimalziffern), erwartet wird „{corrected}“.',
  'value-not-uri/encodeFragmentSpace':
    '„{value}“ ist keine URI (ein Leerzeichen im Fragment muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeFragmentSpaceFixed':
    '„{value}“ ist keine URI (ein Leerzeichen im Fragment muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/encodeFragmentTab':
    '„{value}“ ist keine URI (ein Tabulator im Fragment muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeFragmentTabFixed':
    '„{value}“ ist keine URI (ein Tabulator im Fragment muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/encodeFragmentNonAscii':
    '„{value}“ ist keine URI („{char}“ (kein ASCII) im Fragment muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeFragmentNonAsciiFixed':
    '„{value}“ ist keine URI („{char}“ (kein ASCII) im Fragment muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/encodeFragmentControl':
    '„{value}“ ist keine URI (das Steuerzeichen {code} im Fragment muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeFragmentControlFixed':
    '„{value}“ ist keine URI (das Steuerzeichen {code} im Fragment muss prozentkodiert werden), erwartet wird „{corrected}“.',
  'value-not-uri/encodeFragmentChar':
    '„{value}“ ist keine URI („{char}“ im Fragment muss prozentkodiert werden), erwartet wird eine URI nach RFC 3986 §3.',
  'value-not-uri/encodeFragmentCharFixed':
    '„{value}“ ist keine URI („{char}“ im Fragment muss prozentkodiert werden), erwartet wird „{corrected}“.',
};
