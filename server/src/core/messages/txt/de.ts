/** German: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';
import { deTxtEnvelope } from './envelope/de';
import { deTxtExpires } from './expires/de';
import { deTxtUri } from './uri/de';

export const deTxt: MessageCatalog = {
  ...deTxtEnvelope,
  ...deTxtExpires,
  ...deTxtUri,
  bom: 'Die Datei beginnt mit einer Byte-Reihenfolge-Markierung (BOM), erwartet wird reines UTF-8.',
  'contact-without-encryption':
    'E-Mail-Kontakt ohne Encryption-Feld, erwartet wird „Encryption:“ mit der URL eines Schlüssels.',
  'encryption-inline-key':
    'Encryption enthält Schlüsselmaterial, erwartet wird eine URI, unter der der Schlüssel abgerufen werden kann.',
  'expires-multiple': 'Expires kommt mehrfach vor, erwartet wird ein einziges Expires-Feld.',
  'field-obsolete':
    'Signature wurde vor RFC 9116 gestrichen, erwartet wird stattdessen eine eingebettete OpenPGP-Signatur.',
  'missing-final-newline': 'Die letzte Zeile hat keinen Zeilenumbruch, erwartet wird, dass die Datei mit einem endet.',
  'not-signed': 'Die Datei ist nicht signiert, erwartet wird eine OpenPGP-Klartextsignatur (RECOMMENDED).',
  'policy-missing': 'Kein Policy-Feld, erwartet wird „Policy:“ mit der URL Ihrer Sicherheitsrichtlinie.',
  'signed-without-canonical': 'Signiert ohne Canonical, erwartet wird „Canonical:“ mit der URL dieser Datei.',
  'bug-bounty/repeated': 'Bug-Bounty kommt mehrfach vor, erwartet wird ein einziges Bug-Bounty-Feld.',
  'bug-bounty/notBoolean': '„{value}“ ist weder True noch False, erwartet wird genau „True“ oder „False“.',
  'chained-values/chained': '{count} Werte in einem {field}-Feld, erwartet wird eine {field}-Zeile pro Wert.',
  'expired/expired': 'Die Datei ist am {date} abgelaufen, erwartet wird ein Datum in der Zukunft.',
  'expires-missing/missing': 'Kein Expires-Feld, erwartet wird eines wie „Expires: {value}“.',
  'expires-soon/day': 'Die Datei läuft in {days} Tag ab, erwartet wird eine Erneuerung vorher.',
  'expires-soon/days': 'Die Datei läuft in {days} Tagen ab, erwartet wird eine Erneuerung vorher.',
  'expires-too-far/tooFar':
    '{date} liegt mehr als ein Jahr in der Zukunft, erwartet wird ein Datum innerhalb eines Jahres.',
  'file-location/notWellKnown': '„{path}“ liegt nicht unter .well-known/, erwartet wird .well-known/security.txt.',
  'size-limits/bytes': 'Die Datei ist {bytes} Bytes groß, erwartet werden höchstens {max}.',
  'size-limits/lines': 'Die Datei hat {lines} Zeilen, erwartet werden höchstens {max}.',
  'size-limits/field': 'Dieses Feld ist {length} Zeichen lang, erwartet werden höchstens {max}.',
  'field-unknown/unknown': '„{name}“ ist kein registriertes security.txt-Feld, erwartet wird eines von {known}.',
  'field-typo/typo': '„{name}“ ist kein registriertes Feld, erwartet wird „{intended}“.',
  'canonical-mismatch/unlisted': 'Kein Canonical-Feld nennt {url}, wo die Datei abgerufen wurde (RFC 9116 §2.5.2).',
  'canonical-path/notSecurityTxt':
    '„{value}“ ist kein Ort für security.txt, erwartet wird eine URL, die auf /.well-known/security.txt endet.',
  'csaf/notMetadata':
    '„{value}“ endet nicht auf /provider-metadata.json, erwartet wird die URL der CSAF-Provider-Metadaten.',
  'csaf/notFirst':
    'Der Eintrag /.well-known/csaf/ von {host} ist nicht das erste CSAF-Feld, erwartet wird er an erster Stelle.',
  'served-content-type/none': 'Kein Content-Type, erwartet wird text/plain; charset=utf-8 (RFC 9116 §3).',
  'served-content-type/type':
    'Content-Type ist „{contentType}“, erwartet wird text/plain; charset=utf-8 (RFC 9116 §3).',
  'served-content-type/charset': 'Content-Type hat den Zeichensatz „{charset}“, erwartet wird utf-8 (RFC 9116 §3).',
  'served-html/html':
    '{url} antwortet mit 200 und einer HTML-Seite ({contentType}), keiner security.txt: erwartet wird die Datei als text/plain.',
  'served-html/htmlNoType':
    '{url} antwortet mit 200 und einer HTML-Seite (ohne Content-Type), keiner security.txt: erwartet wird die Datei als text/plain.',
  'served-locations-differ/differs':
    '{other} liefert eine andere Datei als {url}, erwartet wird dieselbe Datei oder eine Weiterleitung dorthin.',
  'served-redirect/otherHost':
    'Die Weiterleitungen enden auf einem anderen Host: {last}, erwartet wird {from} oder eine Subdomain davon.',
  'served-redirect/otherPath':
    'Die Weiterleitungen enden bei {last}, erwartet wird /.well-known/security.txt oder /security.txt.',
  'served-status/status': '{url} antwortete mit {status}, erwartet wird 200 mit der Datei.',
  'served-too-large/tooLarge':
    '{url} ist größer als {size}: nicht weiter gelesen und nicht geprüft, erwartet wird eine Datei von wenigen KB.',
  'served-https/http': 'Die Datei wird über http:// abgerufen ({url}), erwartet wird https:// (RFC 9116 §3).',
  'served-https/redirect':
    'Eine Weiterleitung verlässt HTTPS: {from} führt zu {to}, erwartet wird durchgehend https:// (RFC 9116 §3).',
  'signature-after-expires/afterExpires':
    'Die Signatur wurde am {created} erstellt, nach dem Expires der signierten Datei ({expires}), erwartet wird, dass die Datei vor dem Signieren erneuert wird.',
  'deployed-outdated/older':
    'Die unter {url} bereitgestellte Kopie ist älter: Sie läuft am {there} ab, diese Datei am {here}; erwartet wird, dass diese Datei bereitgestellt wird.',
  'deployed-outdated/newer':
    'Die unter {url} bereitgestellte Kopie ist neuer: Sie läuft am {there} ab, diese Datei am {here}; erwartet wird, dass diese Datei auf ihrem Stand ist.',
  'served-tls/expired':
    'Das TLS-Zertifikat von {host} ist abgelaufen ({code}), erwartet wird ein gültiges Zertifikat für {host} von einer vertrauenswürdigen Stelle.',
  'served-tls/not-yet-valid':
    'Das TLS-Zertifikat von {host} ist noch nicht gültig ({code}), erwartet wird ein gültiges Zertifikat für {host} von einer vertrauenswürdigen Stelle.',
  'served-tls/wrong-host':
    'Das TLS-Zertifikat von {host} gilt für einen anderen Hostnamen ({code}), erwartet wird ein gültiges Zertifikat für {host} von einer vertrauenswürdigen Stelle.',
  'served-tls/self-signed':
    'Das TLS-Zertifikat von {host} ist selbst signiert ({code}), erwartet wird ein gültiges Zertifikat für {host} von einer vertrauenswürdigen Stelle.',
  'served-tls/untrusted':
    'Das TLS-Zertifikat von {host} stammt nicht von einer vertrauenswürdigen Stelle ({code}), erwartet wird ein gültiges Zertifikat für {host} von einer vertrauenswürdigen Stelle.',
  'served-tls/other':
    'Das TLS-Zertifikat von {host} wurde abgelehnt ({code}), erwartet wird ein gültiges Zertifikat für {host} von einer vertrauenswürdigen Stelle.',
  'served-unreachable/timeout': 'Keine Antwort von {host} innerhalb von {duration}, erwartet wird die Datei.',
  'served-unreachable/notFound':
    '{host} ist nicht erreichbar (kein solcher Host), erwartet wird die Datei unter {url}.',
  'served-unreachable/notResolved':
    '{host} ist nicht erreichbar (der Name konnte nicht aufgelöst werden), erwartet wird die Datei unter {url}.',
  'served-unreachable/refused':
    '{host} ist nicht erreichbar (Verbindung abgelehnt), erwartet wird die Datei unter {url}.',
  'served-unreachable/reset':
    '{host} ist nicht erreichbar (Verbindung zurückgesetzt), erwartet wird die Datei unter {url}.',
  'served-unreachable/hostUnreachable':
    '{host} ist nicht erreichbar (Host nicht erreichbar), erwartet wird die Datei unter {url}.',
  'served-unreachable/networkUnreachable':
    '{host} ist nicht erreichbar (Netzwerk nicht erreichbar), erwartet wird die Datei unter {url}.',
  'served-unreachable/network': '{host} ist nicht erreichbar ({code}), erwartet wird die Datei unter {url}.',
  'served-unreachable/loop':
    'Die Weiterleitungen führen im Kreis zurück zu {last}, erwartet wird, dass sie bei der Datei enden.',
  'served-unreachable/tooMany':
    'Mehr als {max} Weiterleitungen (die letzte zu {last}), erwartet wird die Datei nach höchstens {max}.',
  'deployed-missing/timeout':
    'Nicht bereitgestellt: {url} konnte nicht abgerufen werden (Zeitüberschreitung), erwartet wird diese Datei dort.',
  'deployed-missing/network':
    'Nicht bereitgestellt: {url} konnte nicht abgerufen werden (Netzwerkfehler), erwartet wird diese Datei dort.',
  'deployed-missing/redirects':
    'Nicht bereitgestellt: {url} konnte nicht abgerufen werden (Weiterleitungen), erwartet wird diese Datei dort.',
  'deployed-missing/tls':
    'Nicht bereitgestellt: {url} konnte nicht abgerufen werden ({code}), erwartet wird diese Datei dort.',
  'deployed-missing/html':
    'Nicht bereitgestellt: {url} antwortete mit einer HTML-Seite, erwartet wird diese Datei dort.',
  'deployed-missing/tooLarge':
    'Nicht bereitgestellt: {url} antwortete mit mehr als {size}, erwartet wird diese Datei dort.',
  'deployed-missing/status': 'Nicht bereitgestellt: {url} antwortete mit {status}, erwartet wird diese Datei dort.',
  'deployed-contacts/both':
    'Die unter {url} bereitgestellte Kopie hat andere Kontakte: {there} nur dort, {here} nur hier; erwartet werden dieselben Kontakte.',
  'deployed-contacts/onlyThere':
    'Die unter {url} bereitgestellte Kopie hat andere Kontakte: {there} nur dort; erwartet werden dieselben Kontakte.',
  'deployed-contacts/onlyHere':
    'Die unter {url} bereitgestellte Kopie hat andere Kontakte: {here} nur hier; erwartet werden dieselben Kontakte.',
  'served-legacy-location/status':
    'Die Datei liegt nur am alten Ort {url}: {wellKnown} antwortete mit {status}, erwartet wird die Datei dort (RFC 9116 §3).',
  'served-legacy-location/html':
    'Die Datei liegt nur am alten Ort {url}: {wellKnown} antwortete mit einer HTML-Seite, erwartet wird die Datei dort (RFC 9116 §3).',
  'served-legacy-location/tooLarge':
    'Die Datei liegt nur am alten Ort {url}: {wellKnown} antwortete mit mehr als {size}, erwartet wird die Datei dort (RFC 9116 §3).',
  'served-legacy-location/timeout':
    'Die Datei liegt nur am alten Ort {url}: {wellKnown} konnte nicht abgerufen werden (Zeitüberschreitung), erwartet wird die Datei dort (RFC 9116 §3).',
  'served-legacy-location/network':
    'Die Datei liegt nur am alten Ort {url}: {wellKnown} konnte nicht abgerufen werden (Netzwerkfehler), erwartet wird die Datei dort (RFC 9116 §3).',
  'served-legacy-location/redirects':
    'Die Datei liegt nur am alten Ort {url}: {wellKnown} konnte nicht abgerufen werden (Weiterleitungen), erwartet wird die Datei dort (RFC 9116 §3).',
  'served-legacy-location/tls':
    'Die Datei liegt nur am alten Ort {url}: {wellKnown} konnte nicht abgerufen werden ({code}), erwartet wird die Datei dort (RFC 9116 §3).',
  'served-legacy-location/other':
    'Die Datei liegt nur am alten Ort {url}: {wellKnown}: {answer}, erwartet wird die Datei dort (RFC 9116 §3).',
  'signature-bad/named':
    'Ungültige Signatur: Sie passt mit dem Schlüssel von {user}, Fingerabdruck {fingerprint} (aus {source}) nicht zum signierten Text; die Datei wurde nach dem Signieren geändert, erwartet wird, dass sie neu signiert wird.',
  'signature-bad/fingerprint':
    'Ungültige Signatur: Sie passt mit dem Schlüssel mit Fingerabdruck {fingerprint} (aus {source}) nicht zum signierten Text; die Datei wurde nach dem Signieren geändert, erwartet wird, dass sie neu signiert wird.',
  'signature-bad/keyId':
    'Ungültige Signatur: Sie passt mit dem Schlüssel mit Schlüssel-ID {keyIds} (aus {source}) nicht zum signierten Text; die Datei wurde nach dem Signieren geändert, erwartet wird, dass sie neu signiert wird.',
  'signature-good/named': 'Gültige Signatur von {user}, Fingerabdruck {fingerprint} (Schlüssel aus {source}).',
  'signature-good/namedMade':
    'Gültige Signatur von {user}, Fingerabdruck {fingerprint} (Schlüssel aus {source}), erstellt am {made}.',
  'signature-good/fingerprint': 'Gültige Signatur mit Fingerabdruck {fingerprint} (Schlüssel aus {source}).',
  'signature-good/fingerprintMade':
    'Gültige Signatur mit Fingerabdruck {fingerprint} (Schlüssel aus {source}), erstellt am {made}.',
  'signature-good/keyId': 'Gültige Signatur mit Schlüssel-ID {keyIds} (Schlüssel aus {source}).',
  'signature-good/keyIdMade':
    'Gültige Signatur mit Schlüssel-ID {keyIds} (Schlüssel aus {source}), erstellt am {made}.',
  'signature-key-invalid/namedRevoked':
    'Der Signaturschlüssel, {user}, Fingerabdruck {fingerprint} (aus {source}), wurde widerrufen, erwartet wird eine Signatur mit einem gültigen Schlüssel.',
  'signature-key-invalid/namedExpired':
    'Der Signaturschlüssel, {user}, Fingerabdruck {fingerprint} (aus {source}), ist am {expired} abgelaufen, erwartet wird eine Signatur mit einem gültigen Schlüssel.',
  'signature-key-invalid/fingerprintRevoked':
    'Der Signaturschlüssel, Fingerabdruck {fingerprint} (aus {source}), wurde widerrufen, erwartet wird eine Signatur mit einem gültigen Schlüssel.',
  'signature-key-invalid/fingerprintExpired':
    'Der Signaturschlüssel, Fingerabdruck {fingerprint} (aus {source}), ist am {expired} abgelaufen, erwartet wird eine Signatur mit einem gültigen Schlüssel.',
  'signature-key-not-found/notAmong':
    'Der Schlüssel, der die Signatur erstellt hat (Schlüssel-ID {keyIds}), ist nicht unter den Schlüsseln aus {source}, erwartet wird der Signaturschlüssel dort.',
  'signature-key-not-found/unreadable':
    'Der Schlüssel, der die Signatur erstellt hat (Schlüssel-ID {keyIds}), wurde nicht gefunden: {source} enthält keinen lesbaren OpenPGP-Schlüssel, erwartet wird der Signaturschlüssel dort.',
  'signature-key-not-found/status':
    'Der Schlüssel, der die Signatur erstellt hat (Schlüssel-ID {keyIds}), wurde nicht gefunden: {source} antwortete mit {status}, erwartet wird der Signaturschlüssel dort.',
  'signature-key-not-found/html':
    'Der Schlüssel, der die Signatur erstellt hat (Schlüssel-ID {keyIds}), wurde nicht gefunden: {source} antwortete mit einer HTML-Seite, erwartet wird der Signaturschlüssel dort.',
  'signature-key-not-found/tooLarge':
    'Der Schlüssel, der die Signatur erstellt hat (Schlüssel-ID {keyIds}), wurde nicht gefunden: {source} antwortete mit mehr als {size}, erwartet wird der Signaturschlüssel dort.',
  'signature-key-not-found/timeout':
    'Der Schlüssel, der die Signatur erstellt hat (Schlüssel-ID {keyIds}), wurde nicht gefunden: {source} konnte nicht abgerufen werden (Zeitüberschreitung), erwartet wird der Signaturschlüssel dort.',
  'signature-key-not-found/network':
    'Der Schlüssel, der die Signatur erstellt hat (Schlüssel-ID {keyIds}), wurde nicht gefunden: {source} konnte nicht abgerufen werden (Netzwerkfehler), erwartet wird der Signaturschlüssel dort.',
  'signature-key-not-found/redirects':
    'Der Schlüssel, der die Signatur erstellt hat (Schlüssel-ID {keyIds}), wurde nicht gefunden: {source} konnte nicht abgerufen werden (Weiterleitungen), erwartet wird der Signaturschlüssel dort.',
  'signature-key-not-found/tls':
    'Der Schlüssel, der die Signatur erstellt hat (Schlüssel-ID {keyIds}), wurde nicht gefunden: {source} konnte nicht abgerufen werden ({code}), erwartet wird der Signaturschlüssel dort.',
  'signature-key-not-found/other':
    'Der Schlüssel, der die Signatur erstellt hat (Schlüssel-ID {keyIds}), wurde nicht gefunden: {reason}, erwartet wird der Signaturschlüssel dort.',
  'field-syntax/nameChar':
    'Der Feldname „{name}“ enthält „{char}“, erwartet wird druckbares ASCII ohne Leerzeichen oder Doppelpunkte (RFC 5322 field-name).',
  'field-syntax/nameControl':
    'Der Feldname „{name}“ enthält das Steuerzeichen {code}, erwartet wird druckbares ASCII ohne Leerzeichen oder Doppelpunkte (RFC 5322 field-name).',
  'field-syntax/valueChar':
    '„{char}“ im Wert von {name} ist kein druckbares US-ASCII, erwartet wird RFC 5322 unstructured text (ein Kommentar darf beliebiges Unicode enthalten).',
  'field-syntax/valueControl':
    'Das Steuerzeichen {code} im Wert von {name} ist kein druckbares US-ASCII, erwartet wird RFC 5322 unstructured text (ein Kommentar darf beliebiges Unicode enthalten).',
  'field-syntax/separator':
    '„{written}“ ist nicht „{name}: “, erwartet wird der Doppelpunkt direkt nach dem Namen und danach ein Leerzeichen.',
  'field-syntax/commentControl':
    'Ein Kommentar enthält das Steuerzeichen {code}, erwartet werden druckbare Zeichen, Leerzeichen und Tabulatoren.',
  'field-syntax/commentAbove':
    'Ein Kommentar enthält {code}, jenseits von U+FFFFF, erwartet werden druckbare Zeichen, Leerzeichen und Tabulatoren.',
  'field-syntax/folded':
    'Diese Zeile beginnt mit Leerraum und setzt daher das Feld {name} fort, dessen Wert nicht umbrochen werden kann, erwartet wird der Wert von {name} in einer Zeile.',
  'field-syntax/stray':
    'Diese Zeile beginnt mit Leerraum, aber davor steht kein Feld, das sie fortsetzen könnte, erwartet wird ihr Text am Zeilenanfang.',
  'field-syntax/empty': 'Das Feld „{name}“ hat keinen Wert, erwartet wird „{name}: Wert“.',
  'field-syntax/notNfc':
    'Diese Zeile ist nicht in Unicode-Normalisierungsform C, erwartet werden zusammengesetzte Zeichen (RFC 5198 Net-Unicode).',
  'field-syntax/notField':
    'Diese Zeile ist weder ein Feld noch ein Kommentar noch leer, erwartet wird „Name: Wert“ oder „# Kommentar“.',
  'preferred-languages/entryEmpty':
    'In Preferred-Languages ist ein Eintrag zwischen Kommas leer, erwartet wird ein Sprach-Tag auf beiden Seiten jedes Kommas.',
  'preferred-languages/separators':
    'In Preferred-Languages trennt „{entry}“ die Tags nicht mit Kommas, erwartet wird „{tags}“.',
  'preferred-languages/repeated':
    'Preferred-Languages kommt mehrfach vor, erwartet wird ein einziges Feld mit einer kommagetrennten Liste.',
  'preferred-languages/notRegistered':
    'In Preferred-Languages ist „{language}“ kein registriertes Sprach-Subtag, erwartet wird ein Sprach-Tag nach RFC 5646 wie „en“ oder „pt-BR“.',
  'preferred-languages/country':
    'In Preferred-Languages ist „{language}“ der Ländercode von {country}, keine Sprache, erwartet wird ein Sprach-Tag nach RFC 5646 wie „en“ oder „pt-BR“.',
  'preferred-languages/countryCorrected':
    'In Preferred-Languages ist „{language}“ der Ländercode von {country}, keine Sprache, erwartet wird „{corrected}“.',
  'preferred-languages/underscore':
    'In Preferred-Languages trennt „{tag}“ seine Subtags mit „_“, erwartet wird „{corrected}“.',
  'preferred-languages/malformed':
    'In Preferred-Languages ist „{tag}“ nicht wohlgeformt ({detail}), erwartet wird ein Sprach-Tag nach RFC 5646 wie „en“ oder „pt-BR“.',
  'preferred-languages/notWellFormed':
    'In Preferred-Languages ist „{tag}“ kein wohlgeformtes Sprach-Tag, erwartet wird ein Sprach-Tag nach RFC 5646 wie „en“ oder „pt-BR“.',
  'preferred-languages/unregisteredExtlang':
    'In Preferred-Languages ist „{subtag}“ in „{tag}“ kein registriertes Subtag für erweiterte Sprachen, erwartet wird ein Sprach-Tag nach RFC 5646 wie „en“ oder „pt-BR“.',
  'preferred-languages/unregisteredScript':
    'In Preferred-Languages ist „{subtag}“ in „{tag}“ kein registriertes Schrift-Subtag, erwartet wird ein Sprach-Tag nach RFC 5646 wie „en“ oder „pt-BR“.',
  'preferred-languages/unregisteredRegion':
    'In Preferred-Languages ist „{subtag}“ in „{tag}“ kein registriertes Regions-Subtag, erwartet wird ein Sprach-Tag nach RFC 5646 wie „en“ oder „pt-BR“.',
  'preferred-languages/unregisteredVariant':
    'In Preferred-Languages ist „{subtag}“ in „{tag}“ kein registriertes Varianten-Subtag, erwartet wird ein Sprach-Tag nach RFC 5646 wie „en“ oder „pt-BR“.',
  'preferred-languages/variantTwice':
    'In Preferred-Languages kommt die Variante „{subtag}“ in „{tag}“ zweimal vor, erwartet wird ein Sprach-Tag nach RFC 5646 wie „en“ oder „pt-BR“.',
  'preferred-languages/extensionTwice':
    'In Preferred-Languages kommt die Erweiterung „{subtag}“ in „{tag}“ zweimal vor, erwartet wird ein Sprach-Tag nach RFC 5646 wie „en“ oder „pt-BR“.',
};
