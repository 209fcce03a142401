/** French: signature-envelope's sentences (./shape.ts), spread into ../fr.ts. */
import type { MessageCatalog } from '../../types';
import { ruleKeys } from '../expires/shape';
import { envelopeMessages } from './shape';

export const frTxtEnvelope: MessageCatalog = ruleKeys(
  'signature-envelope',
  envelopeMessages({
    sentences: {
      notHashHeader:
        "« {header} » n'est pas un en-tête Hash ; attendu : seulement des en-têtes « Hash: » après « -----BEGIN PGP SIGNED MESSAGE----- ».",
      hashSpelling: "« {header} » n'est pas « Hash: » ; attendu : l'en-tête écrit exactement ainsi.",
      unknownHash: "« {name} » n'est pas un algorithme de hachage OpenPGP ; attendu : l'un de {algorithms}.",
      noHash: "Pas d'en-tête d'armure « Hash: » ; attendu : un en-tête comme « Hash: SHA512 ».",
      noEmptyAfterArmor:
        "Pas de ligne vide après les en-têtes d'armure de la signature ; attendu : une ligne vide avant les données base64.",
      notArmorHeader: "« {line} » n'est pas un en-tête d'armure ; attendu : « Key: value ».",
      notBase64:
        "« {char} » n'est pas du base64 ; attendu : seulement A–Z, a–z, 0–9, « + », « / » et le remplissage « = ».",
      base64Length:
        'Les données de la signature ne sont pas du base64 complet (longueur ou remplissage « = » incorrect) ; attendu : les données telles que gpg les a écrites.',
      checksumLine:
        "« {line} » n'est pas une ligne de somme de contrôle CRC-24 ; attendu : « = » et 4 caractères base64.",
      checksum:
        'La somme de contrôle CRC-24 ne correspond pas aux données de la signature ; attendu : les données inchangées depuis la signature.',
      signatureType:
        'La signature est de type 0x{type} ; attendu : 0x01 (texte canonique) pour une signature en clair.',
      hashNotNamed: "La signature utilise {hash}, qu'aucun en-tête « Hash: » ne nomme ; attendu : « Hash: {hash} ».",
      hashUnknownNotNamed:
        "La signature utilise l'algorithme {id}, qu'aucun en-tête « Hash: » ne nomme ; attendu : « Hash: algorithm {id} ».",
      noEndHere: 'Pas de « -----END PGP SIGNATURE----- » ici ; attendu : le bloc de signature terminé par cette ligne.',
      noEndAfter:
        'Pas de « -----END PGP SIGNATURE----- » après cette ligne ; attendu : le bloc de signature terminé par cette ligne.',
      noData: 'Le bloc de signature ne contient aucune donnée ; attendu : la signature en base64.',
      secondBlock: 'Un second bloc de signature ; attendu : un seul.',
      textAfter: "Le texte après la signature n'est pas signé ; attendu : rien après elle.",
      headerNotFirst: "L'en-tête OpenPGP n'est pas à la ligne 1 ; attendu : rien avant lui.",
      noBlankLine:
        "Pas de ligne vide après les en-têtes d'armure (Hash:) ; attendu : une ligne vide avant le texte signé.",
      notDashEscaped:
        "Une ligne signée qui commence par « - » n'est pas protégée par tiret (dash-escaping) ; attendu : « - » devant.",
      noBeginSignature: 'Pas de « -----BEGIN PGP SIGNATURE----- » ; attendu : la signature après le texte signé.',
      notFirstLine: '« {header} » doit être à la première ligne ; attendu : le message signé au début du fichier.',
    },
    packets: {
      notHeader: "l'octet {byte} n'est pas un en-tête de paquet (le bit 7 est à zéro)",
      partialLength:
        'le paquet de signature a une longueur de corps partielle, que seuls les paquets de données peuvent avoir',
      headerCut: "l'en-tête du paquet est tronqué",
      lengthPast: 'le paquet annonce {length} octets mais {left} suivent',
      areaHashed: 'la zone des sous-paquets hachés est plus longue que le paquet',
      areaUnhashed: 'la zone des sous-paquets non hachés est plus longue que le paquet',
      subpacketHashed: 'un sous-paquet haché dépasse sa zone',
      subpacketUnhashed: 'un sous-paquet non haché dépasse sa zone',
      noSignature: 'le paquet de signature se termine avant sa signature',
      sizeFixed: 'la signature fait {size} octets ; attendu : {expected}',
      mpiCut: 'un MPI de la signature est tronqué',
      afterMpis: '{count} octets suivent les MPI de la signature ; attendu : aucun',
      v3Hash5: 'une signature de version 3 doit hacher 5 octets',
      v3Cut: 'la signature de version 3 est tronquée',
      version: "la version de signature {version} n'est ni 3, ni 4, ni 6",
      versionNone: "la signature n'a pas de version ; attendu : 3, 4 ou 6",
      noHashPrefix: 'le paquet de signature se termine avant son préfixe de hachage',
      saltCut: 'le sel de la signature est tronqué',
      empty: 'le bloc de signature ne contient aucune donnée',
      notSignature: 'le paquet {index} a le tag {tag} ; attendu : un paquet Signature (tag 2)',
    },
    doesNotParse: (reason) => `La signature ne peut pas être analysée : ${reason}.`,
  }),
);
