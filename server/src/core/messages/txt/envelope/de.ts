/** German: signature-envelope's sentences (./shape.ts), spread into ../de.ts. */
import type { MessageCatalog } from '../../types';
import { ruleKeys } from '../expires/shape';
import { envelopeMessages } from './shape';

export const deTxtEnvelope: MessageCatalog = ruleKeys(
  'signature-envelope',
  envelopeMessages({
    sentences: {
      notHashHeader:
        '„{header}“ ist kein Hash-Header, erwartet werden nach „-----BEGIN PGP SIGNED MESSAGE-----“ nur „Hash: “-Header.',
      hashSpelling: '„{header}“ ist nicht „Hash: “, erwartet wird der Header genau so geschrieben.',
      unknownHash: '„{name}“ ist kein OpenPGP-Hash-Algorithmus, erwartet wird einer von {algorithms}.',
      noHash: 'Kein „Hash:“-Armor-Header, erwartet wird einer wie „Hash: SHA512“.',
      noEmptyAfterArmor:
        'Keine Leerzeile nach den Armor-Headern der Signatur, erwartet wird eine vor den Base64-Daten.',
      notArmorHeader: '„{line}“ ist kein Armor-Header, erwartet wird „Key: value“.',
      notBase64: '„{char}“ ist kein Base64, erwartet werden nur A–Z, a–z, 0–9, „+“, „/“ und „=“ als Auffüllung.',
      base64Length:
        'Die Signaturdaten sind kein vollständiges Base64 (Länge oder „=“-Auffüllung falsch), erwartet werden sie so, wie gpg sie geschrieben hat.',
      checksumLine: '„{line}“ ist keine CRC-24-Prüfsummenzeile, erwartet werden „=“ und 4 Base64-Zeichen.',
      checksum:
        'Die CRC-24-Prüfsumme passt nicht zu den Signaturdaten, erwartet werden die Daten unverändert seit dem Signieren.',
      signatureType:
        'Die Signatur hat den Typ 0x{type}, erwartet wird 0x01 (kanonischer Text) für eine Klartextsignatur.',
      hashNotNamed: 'Die Signatur verwendet {hash}, das kein „Hash:“-Header nennt, erwartet wird „Hash: {hash}“.',
      hashUnknownNotNamed:
        'Die Signatur verwendet den Algorithmus {id}, den kein „Hash:“-Header nennt, erwartet wird „Hash: algorithm {id}“.',
      noEndHere: 'Hier fehlt „-----END PGP SIGNATURE-----“, erwartet wird, dass der Signaturblock damit endet.',
      noEndAfter:
        'Nach dieser Zeile fehlt „-----END PGP SIGNATURE-----“, erwartet wird, dass der Signaturblock damit endet.',
      noData: 'Der Signaturblock enthält keine Daten, erwartet wird die Base64-Signatur.',
      secondBlock: 'Ein zweiter Signaturblock, erwartet wird genau einer.',
      textAfter: 'Text nach der Signatur ist nicht signiert, erwartet wird nichts danach.',
      headerNotFirst: 'Der OpenPGP-Header steht nicht in Zeile 1, erwartet wird nichts davor.',
      noBlankLine: 'Keine Leerzeile nach den Armor-Headern (Hash:), erwartet wird eine vor dem signierten Text.',
      notDashEscaped:
        'Eine signierte Zeile, die mit „-“ beginnt, ist nicht maskiert (Dash-Escaping), erwartet wird „- “ davor.',
      noBeginSignature: 'Kein „-----BEGIN PGP SIGNATURE-----“, erwartet wird die Signatur nach dem signierten Text.',
      notFirstLine:
        '„{header}“ muss in der ersten Zeile stehen, erwartet wird, dass die signierte Nachricht die Datei beginnt.',
    },
    packets: {
      notHeader: 'Byte {byte} ist kein Paket-Header (Bit 7 ist nicht gesetzt)',
      partialLength: 'das Signaturpaket hat eine partielle Body-Länge, die nur Datenpakete haben dürfen',
      headerCut: 'der Paket-Header ist abgeschnitten',
      lengthPast: 'das Paket gibt {length} Bytes an, es folgen aber nur {left}',
      areaHashed: 'der gehashte Subpaket-Bereich ist länger als das Paket',
      areaUnhashed: 'der nicht gehashte Subpaket-Bereich ist länger als das Paket',
      subpacketHashed: 'ein gehashtes Subpaket reicht über seinen Bereich hinaus',
      subpacketUnhashed: 'ein nicht gehashtes Subpaket reicht über seinen Bereich hinaus',
      noSignature: 'das Signaturpaket endet vor seiner Signatur',
      sizeFixed: 'die Signatur ist {size} Bytes lang, erwartet werden {expected}',
      mpiCut: 'ein MPI der Signatur ist abgeschnitten',
      afterMpis: 'auf die MPIs der Signatur folgen {count} Bytes, erwartet werden keine',
      v3Hash5: 'eine Signatur der Version 3 muss 5 Bytes hashen',
      v3Cut: 'die Signatur der Version 3 ist abgeschnitten',
      version: 'die Signaturversion {version} ist nicht 3, 4 oder 6',
      versionNone: 'die Signatur hat keine Version, erwartet wird 3, 4 oder 6',
      noHashPrefix: 'das Signaturpaket endet vor seinem Hash-Präfix',
      saltCut: 'das Salt der Signatur ist abgeschnitten',
      empty: 'der Signaturblock enthält keine Daten',
      notSignature: 'Paket {index} hat das Tag {tag}, erwartet wird ein Signaturpaket (Tag 2)',
    },
    doesNotParse: (reason) => `Die Signatur lässt sich nicht lesen: ${reason}.`,
  }),
);
