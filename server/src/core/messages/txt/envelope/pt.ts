/** Portuguese: signature-envelope's sentences (./shape.ts), spread into ../pt.ts. */
import type { MessageCatalog } from '../../types';
import { ruleKeys } from '../expires/shape';
import { envelopeMessages } from './shape';

export const ptTxtEnvelope: MessageCatalog = ruleKeys(
  'signature-envelope',
  envelopeMessages({
    sentences: {
      notHashHeader:
        '"{header}" não é um cabeçalho Hash; esperados só cabeçalhos "Hash: " depois de "-----BEGIN PGP SIGNED MESSAGE-----".',
      hashSpelling: '"{header}" não é "Hash: "; esperado o cabeçalho escrito exatamente assim.',
      unknownHash: '"{name}" não é um algoritmo de hash OpenPGP; esperado um de {algorithms}.',
      noHash: 'Nenhum cabeçalho de armadura "Hash:"; esperado um como "Hash: SHA512".',
      noEmptyAfterArmor:
        'Nenhuma linha vazia depois dos cabeçalhos de armadura da assinatura; esperada uma antes dos dados base64.',
      notArmorHeader: '"{line}" não é um cabeçalho de armadura; esperado "Key: value".',
      notBase64: '"{char}" não é base64; esperados só A–Z, a–z, 0–9, "+", "/" e o preenchimento "=".',
      base64Length:
        'Os dados da assinatura não são base64 completo (o comprimento ou o preenchimento "=" está errado); esperados como o gpg os escreveu.',
      checksumLine: '"{line}" não é uma linha de soma de verificação CRC-24; esperados "=" e 4 caracteres base64.',
      checksum:
        'A soma de verificação CRC-24 não corresponde aos dados da assinatura; esperados os dados inalterados desde a assinatura.',
      signatureType:
        'A assinatura tem o tipo 0x{type}; esperado 0x01 (texto canônico) para uma assinatura em texto claro.',
      hashNotNamed: 'A assinatura usa {hash}, que nenhum cabeçalho "Hash:" indica; esperado "Hash: {hash}".',
      hashUnknownNotNamed:
        'A assinatura usa o algoritmo {id}, que nenhum cabeçalho "Hash:" indica; esperado "Hash: algorithm {id}".',
      noEndHere: 'Falta "-----END PGP SIGNATURE-----" aqui; esperado que o bloco de assinatura termine com ela.',
      noEndAfter:
        'Falta "-----END PGP SIGNATURE-----" depois desta linha; esperado que o bloco de assinatura termine com ela.',
      noData: 'O bloco de assinatura não contém dados; esperada a assinatura em base64.',
      secondBlock: 'Um segundo bloco de assinatura; esperado exatamente um.',
      textAfter: 'O texto depois da assinatura não está assinado; esperado nada depois dela.',
      headerNotFirst: 'O cabeçalho OpenPGP não está na linha 1; esperado nada antes dele.',
      noBlankLine:
        'Nenhuma linha em branco depois dos cabeçalhos de armadura (Hash:); esperada uma antes do texto assinado.',
      notDashEscaped: 'Uma linha assinada que começa com "-" não tem escape com hífen; esperado "- " antes dela.',
      noBeginSignature: 'Falta "-----BEGIN PGP SIGNATURE-----"; esperada a assinatura depois do texto assinado.',
      notFirstLine: '"{header}" precisa estar na primeira linha; esperado que a mensagem assinada abra o arquivo.',
    },
    packets: {
      notHeader: 'o byte {byte} não é um cabeçalho de pacote (o bit 7 está zerado)',
      partialLength: 'o pacote de assinatura tem um comprimento parcial, que só pacotes de dados podem ter',
      headerCut: 'o cabeçalho do pacote está truncado',
      lengthPast: 'o pacote declara {length} bytes, mas seguem {left}',
      areaHashed: 'a área de subpacotes com hash é maior que o pacote',
      areaUnhashed: 'a área de subpacotes sem hash é maior que o pacote',
      subpacketHashed: 'um subpacote com hash ultrapassa sua área',
      subpacketUnhashed: 'um subpacote sem hash ultrapassa sua área',
      noSignature: 'o pacote de assinatura termina antes da sua assinatura',
      sizeFixed: 'a assinatura tem {size} bytes; esperados {expected}',
      mpiCut: 'um MPI da assinatura está truncado',
      afterMpis: 'seguem {count} bytes depois dos MPIs da assinatura; esperado nenhum',
      v3Hash5: 'uma assinatura de versão 3 precisa aplicar o hash a 5 bytes',
      v3Cut: 'a assinatura de versão 3 está truncada',
      version: 'a versão de assinatura {version} não é 3, 4 nem 6',
      versionNone: 'a assinatura não tem versão; esperado 3, 4 ou 6',
      noHashPrefix: 'o pacote de assinatura termina antes do seu prefixo de hash',
      saltCut: 'o salt da assinatura está truncado',
      empty: 'o bloco de assinatura não contém dados',
      notSignature: 'o pacote {index} tem a tag {tag}; esperado um pacote Signature (tag 2)',
    },
    doesNotParse: (reason) => `Não é possível analisar a assinatura: ${reason}.`,
  }),
);
