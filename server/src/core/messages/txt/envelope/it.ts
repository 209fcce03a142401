/** Italian: signature-envelope's sentences (./shape.ts), spread into ../it.ts. */
import type { MessageCatalog } from '../../types';
import { ruleKeys } from '../expires/shape';
import { envelopeMessages } from './shape';

export const itTxtEnvelope: MessageCatalog = ruleKeys(
  'signature-envelope',
  envelopeMessages({
    sentences: {
      notHashHeader:
        '«{header}» non è un header Hash; attesi solo header «Hash: » dopo «-----BEGIN PGP SIGNED MESSAGE-----».',
      hashSpelling: "«{header}» non è «Hash: »; atteso l'header scritto esattamente così.",
      unknownHash: '«{name}» non è un algoritmo di hash OpenPGP; atteso uno tra {algorithms}.',
      noHash: 'Nessun header di armatura «Hash:»; atteso uno come «Hash: SHA512».',
      noEmptyAfterArmor:
        'Nessuna riga vuota dopo gli header di armatura della firma; attesa una prima dei dati base64.',
      notArmorHeader: '«{line}» non è un header di armatura; atteso «Key: value».',
      notBase64: '«{char}» non è base64; attesi solo A–Z, a–z, 0–9, «+», «/» e il riempimento «=».',
      base64Length:
        'I dati della firma non sono base64 completo (lunghezza o riempimento «=» errati); attesi come li ha scritti gpg.',
      checksumLine: '«{line}» non è una riga di checksum CRC-24; attesi «=» e 4 caratteri base64.',
      checksum: 'Il checksum CRC-24 non corrisponde ai dati della firma; attesi i dati invariati dalla firma.',
      signatureType: 'La firma è di tipo 0x{type}; atteso 0x01 (testo canonico) per una firma in chiaro.',
      hashNotNamed: 'La firma usa {hash}, che nessun header «Hash:» nomina; atteso «Hash: {hash}».',
      hashUnknownNotNamed:
        "La firma usa l'algoritmo {id}, che nessun header «Hash:» nomina; atteso «Hash: algorithm {id}».",
      noEndHere: 'Qui manca «-----END PGP SIGNATURE-----»; atteso che il blocco di firma termini con essa.',
      noEndAfter:
        'Dopo questa riga manca «-----END PGP SIGNATURE-----»; atteso che il blocco di firma termini con essa.',
      noData: 'Il blocco di firma non contiene dati; attesa la firma in base64.',
      secondBlock: 'Un secondo blocco di firma; atteso esattamente uno.',
      textAfter: 'Il testo dopo la firma non è firmato; atteso nulla dopo di essa.',
      headerNotFirst: "L'header OpenPGP non è alla riga 1; atteso nulla prima di esso.",
      noBlankLine: 'Nessuna riga vuota dopo gli header di armatura (Hash:); attesa una prima del testo firmato.',
      notDashEscaped: 'Una riga firmata che inizia con «-» non ha il dash-escaping; atteso «- » davanti.',
      noBeginSignature: 'Manca «-----BEGIN PGP SIGNATURE-----»; attesa la firma dopo il testo firmato.',
      notFirstLine: '«{header}» deve stare alla prima riga; atteso che il messaggio firmato apra il file.',
    },
    packets: {
      notHeader: "il byte {byte} non è l'header di un pacchetto (il bit 7 è a zero)",
      partialLength: 'il pacchetto di firma ha una lunghezza parziale, ammessa solo per i pacchetti di dati',
      headerCut: "l'header del pacchetto è troncato",
      lengthPast: 'il pacchetto dichiara {length} byte ma ne seguono {left}',
      areaHashed: "l'area dei sottopacchetti con hash è più lunga del pacchetto",
      areaUnhashed: "l'area dei sottopacchetti senza hash è più lunga del pacchetto",
      subpacketHashed: 'un sottopacchetto con hash oltrepassa la sua area',
      subpacketUnhashed: 'un sottopacchetto senza hash oltrepassa la sua area',
      noSignature: 'il pacchetto di firma termina prima della firma',
      sizeFixed: 'la firma è di {size} byte; attesi {expected}',
      mpiCut: 'un MPI della firma è troncato',
      afterMpis: 'seguono {count} byte dopo gli MPI della firma; atteso nessuno',
      v3Hash5: 'una firma di versione 3 deve applicare lo hash a 5 byte',
      v3Cut: 'la firma di versione 3 è troncata',
      version: 'la versione di firma {version} non è 3, 4 o 6',
      versionNone: 'la firma non ha versione; attesa 3, 4 o 6',
      noHashPrefix: 'il pacchetto di firma termina prima del prefisso dello hash',
      saltCut: 'il salt della firma è troncato',
      empty: 'il blocco di firma non contiene dati',
      notSignature: 'il pacchetto {index} ha il tag {tag}; atteso un pacchetto Signature (tag 2)',
    },
    doesNotParse: (reason) => `Impossibile analizzare la firma: ${reason}.`,
  }),
);
