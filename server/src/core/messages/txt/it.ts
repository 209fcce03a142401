/** Italian: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';

export const itTxt: MessageCatalog = {
  bom: 'Il file inizia con un byte order mark (BOM); atteso UTF-8 senza BOM.',
  'contact-without-encryption': "Contatto email senza campo Encryption; atteso «Encryption:» con l'URL di una chiave.",
  'encryption-inline-key': "Encryption contiene materiale della chiave; attesa un'URI da cui scaricare la chiave.",
  'expires-multiple': 'Expires compare più di una volta; atteso un solo campo Expires.',
  'field-obsolete': 'Signature è stato eliminato prima della RFC 9116; attesa al suo posto una firma OpenPGP in linea.',
  'missing-final-newline': "L'ultima riga non ha un a capo; atteso che il file termini con uno.",
  'not-signed': 'Il file non è firmato; attesa una firma OpenPGP in chiaro (RECOMMENDED).',
  'policy-missing': "Nessun campo Policy; atteso «Policy:» con l'URL della vostra politica di sicurezza.",
  'signed-without-canonical': "Firmato senza Canonical; atteso «Canonical:» con l'URL di questo file.",
};
