/** French: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';

export const frTxt: MessageCatalog = {
  bom: "Le fichier commence par une marque d'ordre des octets (BOM) ; attendu : de l'UTF-8 sans BOM.",
  'contact-without-encryption':
    "Contact par e-mail sans champ Encryption ; attendu : « Encryption: » avec l'URL d'une clé.",
  'encryption-inline-key': "Encryption contient la clé elle-même ; attendu : une URI d'où la clé peut être récupérée.",
  'expires-multiple': 'Expires apparaît plusieurs fois ; attendu : un seul champ Expires.',
  'field-obsolete': 'Signature a été retiré avant la RFC 9116 ; attendu : une signature OpenPGP intégrée à la place.',
  'missing-final-newline':
    "La dernière ligne n'a pas de saut de ligne ; attendu : un fichier qui se termine par un saut de ligne.",
  'not-signed': "Le fichier n'est pas signé ; attendu : une signature OpenPGP en clair (RECOMMENDED).",
  'policy-missing': "Aucun champ Policy ; attendu : « Policy: » avec l'URL de votre politique de sécurité.",
  'signed-without-canonical': "Signé sans Canonical ; attendu : « Canonical: » avec l'URL de ce fichier.",
};
