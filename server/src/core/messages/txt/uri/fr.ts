/**
 * French: value-not-uri's sentences, one per reason of checkUri, part of the URI and way of naming the character
 * (kinds/txt/uri-messages.ts), spread into ../fr.ts.
 */
import type { MessageCatalog } from '../../types';

export const frTxtUri: MessageCatalog = {
  'value-not-uri/noScheme': "« {value} » n'a pas de schéma d'URI ; attendu : « {suggested} ».",
  'value-not-uri/noSchemeUnknown':
    "« {value} » n'a pas de schéma d'URI ; attendu : une URI comme mailto:, tel: ou https://.",
  'value-not-uri/bracket':
    "« {value} » n'est pas une URI (« [ » ouvre un littéral IP que « ] » ne ferme pas) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/ipv6':
    "« {value} » n'est pas une URI (« {literal} » entre crochets n'est pas une adresse IPv6) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/port':
    "« {value} » n'est pas une URI (le port « {port} » n'est pas un nombre) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/other':
    "« {value} » n'est pas une URI ({reason}) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/percentUserinfo':
    "« {value} » n'est pas une URI (« % » dans les informations d'utilisateur n'est pas suivi de deux chiffres hexadécimaux) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeUserinfoSpace':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une espace dans les informations d'utilisateur) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeUserinfoTab':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une tabulation dans les informations d'utilisateur) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeUserinfoNonAscii':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » (hors ASCII) dans les informations d'utilisateur) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeUserinfoControl':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage le caractère de contrôle {code} dans les informations d'utilisateur) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeUserinfoChar':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » dans les informations d'utilisateur) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/percentHost':
    "« {value} » n'est pas une URI (« % » dans l'hôte n'est pas suivi de deux chiffres hexadécimaux) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeHostSpace':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une espace dans l'hôte) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeHostTab':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une tabulation dans l'hôte) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeHostNonAscii':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » (hors ASCII) dans l'hôte) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeHostControl':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage le caractère de contrôle {code} dans l'hôte) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeHostChar':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » dans l'hôte) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/percentIpLiteral':
    "« {value} » n'est pas une URI (« % » dans le littéral IP n'est pas suivi de deux chiffres hexadécimaux) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeIpLiteralSpace':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une espace dans le littéral IP) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeIpLiteralTab':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une tabulation dans le littéral IP) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeIpLiteralNonAscii':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » (hors ASCII) dans le littéral IP) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeIpLiteralControl':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage le caractère de contrôle {code} dans le littéral IP) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeIpLiteralChar':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » dans le littéral IP) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/percentPath':
    "« {value} » n'est pas une URI (« % » dans le chemin n'est pas suivi de deux chiffres hexadécimaux) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/percentPathFixed':
    "« {value} » n'est pas une URI (« % » dans le chemin n'est pas suivi de deux chiffres hexadécimaux) ; attendu : « {corrected} ».",
  'value-not-uri/encodePathSpace':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une espace dans le chemin) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodePathSpaceFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une espace dans le chemin) ; attendu : « {corrected} ».",
  'value-not-uri/encodePathTab':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une tabulation dans le chemin) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodePathTabFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une tabulation dans le chemin) ; attendu : « {corrected} ».",
  'value-not-uri/encodePathNonAscii':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » (hors ASCII) dans le chemin) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodePathNonAsciiFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » (hors ASCII) dans le chemin) ; attendu : « {corrected} ».",
  'value-not-uri/encodePathControl':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage le caractère de contrôle {code} dans le chemin) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodePathControlFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage le caractère de contrôle {code} dans le chemin) ; attendu : « {corrected} ».",
  'value-not-uri/encodePathChar':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » dans le chemin) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodePathCharFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » dans le chemin) ; attendu : « {corrected} ».",
  'value-not-uri/percentQuery':
    "« {value} » n'est pas une URI (« % » dans la requête n'est pas suivi de deux chiffres hexadécimaux) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/percentQueryFixed':
    "« {value} » n'est pas une URI (« % » dans la requête n'est pas suivi de deux chiffres hexadécimaux) ; attendu : « {corrected} ».",
  'value-not-uri/encodeQuerySpace':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une espace dans la requête) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeQuerySpaceFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une espace dans la requête) ; attendu : « {corrected} ».",
  'value-not-uri/encodeQueryTab':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une tabulation dans la requête) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeQueryTabFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une tabulation dans la requête) ; attendu : « {corrected} ».",
  'value-not-uri/encodeQueryNonAscii':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » (hors ASCII) dans la requête) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeQueryNonAsciiFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » (hors ASCII) dans la requête) ; attendu : « {corrected} ».",
  'value-not-uri/encodeQueryControl':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage le caractère de contrôle {code} dans la requête) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeQueryControlFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage le caractère de contrôle {code} dans la requête) ; attendu : « {corrected} ».",
  'value-not-uri/encodeQueryChar':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » dans la requête) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeQueryCharFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » dans la requête) ; attendu : « {corrected} ».",
  'value-not-uri/percentFragment':
    "« {value} » n'est pas une URI (« % » dans le fragment n'est pas suivi de deux chiffres hexadécimaux) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/percentFragmentFixed':
    "« {value} » n'est pas une URI (« % » dans le fragment n'est pas suivi de deux chiffres hexadécimaux) ; attendu : « {corrected} ».",
  'value-not-uri/encodeFragmentSpace':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une espace dans le fragment) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeFragmentSpaceFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une espace dans le fragment) ; attendu : « {corrected} ».",
  'value-not-uri/encodeFragmentTab':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une tabulation dans le fragment) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeFragmentTabFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage une tabulation dans le fragment) ; attendu : « {corrected} ».",
  'value-not-uri/encodeFragmentNonAscii':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » (hors ASCII) dans le fragment) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeFragmentNonAsciiFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » (hors ASCII) dans le fragment) ; attendu : « {corrected} ».",
  'value-not-uri/encodeFragmentControl':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage le caractère de contrôle {code} dans le fragment) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeFragmentControlFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage le caractère de contrôle {code} dans le fragment) ; attendu : « {corrected} ».",
  'value-not-uri/encodeFragmentChar':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » dans le fragment) ; attendu : une URI telle que la définit la RFC 3986 §3.",
  'value-not-uri/encodeFragmentCharFixed':
    "« {value} » n'est pas une URI (il faut encoder en pourcentage « {char} » dans le fragment) ; attendu : « {corrected} ».",
};
