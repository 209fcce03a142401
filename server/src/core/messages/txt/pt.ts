/** Portuguese: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';

export const ptTxt: MessageCatalog = {
  bom: 'O arquivo começa com uma marca de ordem de bytes (BOM); esperado UTF-8 sem BOM.',
  'contact-without-encryption':
    'Contato por e-mail sem campo Encryption; esperado "Encryption:" com a URL de uma chave.',
  'encryption-inline-key': 'Encryption contém material de chave; esperada uma URI de onde a chave possa ser obtida.',
  'expires-multiple': 'Expires aparece mais de uma vez; esperado um único campo Expires.',
  'field-obsolete': 'Signature foi removido antes da RFC 9116; esperada uma assinatura OpenPGP embutida no lugar.',
  'missing-final-newline': 'A última linha não tem quebra de linha; esperado que o arquivo termine com uma.',
  'not-signed': 'O arquivo não está assinado; esperada uma assinatura OpenPGP em texto claro (RECOMMENDED).',
  'policy-missing': 'Nenhum campo Policy; esperado "Policy:" com a URL da sua política de segurança.',
  'signed-without-canonical': 'Assinado sem Canonical; esperado "Canonical:" com a URL deste arquivo.',
};
