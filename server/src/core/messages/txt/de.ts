/** German: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';

export const deTxt: MessageCatalog = {
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
};
