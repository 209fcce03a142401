/** Spanish: signature-envelope's sentences (./shape.ts), spread into ../es.ts. */
import type { MessageCatalog } from '../../types';
import { ruleKeys } from '../expires/shape';
import { envelopeMessages } from './shape';

export const esTxtEnvelope: MessageCatalog = ruleKeys(
  'signature-envelope',
  envelopeMessages({
    sentences: {
      notHashHeader:
        '«{header}» no es una cabecera Hash; se esperan solo cabeceras «Hash: » después de «-----BEGIN PGP SIGNED MESSAGE-----».',
      hashSpelling: '«{header}» no es «Hash: »; se espera la cabecera escrita exactamente así.',
      unknownHash: '«{name}» no es un algoritmo hash de OpenPGP; se espera uno de {algorithms}.',
      noHash: 'No hay cabecera de armadura «Hash:»; se espera una como «Hash: SHA512».',
      noEmptyAfterArmor:
        'No hay línea vacía después de las cabeceras de armadura de la firma; se espera una antes de los datos base64.',
      notArmorHeader: '«{line}» no es una cabecera de armadura; se espera «Key: value».',
      notBase64: '«{char}» no es base64; se esperan solo A–Z, a–z, 0–9, «+», «/» y el relleno «=».',
      base64Length:
        'Los datos de la firma no son base64 completo (su longitud o el relleno «=» son incorrectos); se esperan tal como los escribió gpg.',
      checksumLine: '«{line}» no es una línea de suma de comprobación CRC-24; se esperan «=» y 4 caracteres base64.',
      checksum:
        'La suma de comprobación CRC-24 no coincide con los datos de la firma; se esperan los datos sin cambios desde la firma.',
      signatureType: 'La firma es de tipo 0x{type}; se espera 0x01 (texto canónico) para una firma en claro.',
      hashNotNamed: 'La firma usa {hash}, que ninguna cabecera «Hash:» nombra; se espera «Hash: {hash}».',
      hashUnknownNotNamed:
        'La firma usa el algoritmo {id}, que ninguna cabecera «Hash:» nombra; se espera «Hash: algorithm {id}».',
      noEndHere: 'Falta «-----END PGP SIGNATURE-----» aquí; se espera que el bloque de firma termine con ella.',
      noEndAfter:
        'Falta «-----END PGP SIGNATURE-----» después de esta línea; se espera que el bloque de firma termine con ella.',
      noData: 'El bloque de firma no contiene datos; se espera la firma en base64.',
      secondBlock: 'Un segundo bloque de firma; se espera exactamente uno.',
      textAfter: 'El texto después de la firma no está firmado; no se espera nada después de ella.',
      headerNotFirst: 'La cabecera OpenPGP no está en la línea 1; no se espera nada antes de ella.',
      noBlankLine:
        'No hay línea en blanco después de las cabeceras de armadura (Hash:); se espera una antes del texto firmado.',
      notDashEscaped: 'Una línea firmada que empieza por «-» no está escapada con guion; se espera «- » delante.',
      noBeginSignature: 'Falta «-----BEGIN PGP SIGNATURE-----»; se espera la firma después del texto firmado.',
      notFirstLine: '«{header}» debe estar en la primera línea; se espera que el mensaje firmado abra el archivo.',
    },
    packets: {
      notHeader: 'el byte {byte} no es una cabecera de paquete (el bit 7 está a cero)',
      partialLength: 'el paquete de firma tiene una longitud parcial, que solo pueden tener los paquetes de datos',
      headerCut: 'la cabecera del paquete está cortada',
      lengthPast: 'el paquete declara {length} bytes, pero siguen {left}',
      areaHashed: 'el área de subpaquetes con hash es más larga que el paquete',
      areaUnhashed: 'el área de subpaquetes sin hash es más larga que el paquete',
      subpacketHashed: 'un subpaquete con hash sobrepasa su área',
      subpacketUnhashed: 'un subpaquete sin hash sobrepasa su área',
      noSignature: 'el paquete de firma termina antes de su firma',
      sizeFixed: 'la firma tiene {size} bytes; se esperan {expected}',
      mpiCut: 'un MPI de la firma está cortado',
      afterMpis: 'siguen {count} bytes a los MPI de la firma; no se espera ninguno',
      v3Hash5: 'una firma de versión 3 debe aplicar el hash a 5 bytes',
      v3Cut: 'la firma de versión 3 está cortada',
      version: 'la versión de firma {version} no es 3, 4 ni 6',
      versionNone: 'la firma no tiene versión; se espera 3, 4 o 6',
      noHashPrefix: 'el paquete de firma termina antes de su prefijo de hash',
      saltCut: 'la sal de la firma está cortada',
      empty: 'el bloque de firma no contiene datos',
      notSignature: 'el paquete {index} tiene la etiqueta {tag}; se espera un paquete Signature (etiqueta 2)',
    },
    doesNotParse: (reason) => `La firma no se puede analizar: ${reason}.`,
  }),
);
