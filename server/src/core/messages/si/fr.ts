/**
 * French: the security-insights.yml rules' messages, once each (see ../index.ts); field names and values stay as
 * the file writes them. insights-schema's sentences of a kind and what was found are composed from the words below
 * (./schema-sentences.ts).
 */
import type { MessageCatalog } from '../types';
import { ruleEntries, schemaSentences } from './schema-sentences';

export const frSi: MessageCatalog = {
  'insights-bug-bounty':
    "bug-bounty-available vaut true, mais aucun bug-bounty-program n'indique où se trouve le programme ; attendu : son URL.",
  'insights-v1':
    'Ceci est un fichier Security Insights v1, que les lecteurs de la version 2 ignorent ; attendu : la structure 2.x (header.url, project, repository).',
  'insights-future-date/future': "{field} vaut {date}, après aujourd'hui ({today}) ; attendu : une date déjà passée.",
  'insights-no-contact/nowhere':
    "reports-accepted vaut true, mais ni contact ni {policy} n'indique où signaler ; attendu : l'un des deux.",
  'insights-renamed-key/renamed':
    '« security-policy » a été renommé « policy » dans Security Insights 2.2.0 ; attendu : « policy » dans un fichier de version {version}.',
  'insights-renamed-key/notYet':
    '« policy » est le nom de Security Insights 2.2.0 ; attendu : « security-policy » dans un fichier de version {version}.',
  'insights-repository-url/other':
    'repository.url vaut « {declared} » mais le dépôt distant git est « {remote} » ; attendu : le même dépôt.',
  'insights-stale/old': "{field} vaut {date}, il y a plus d'un an ; attendu : une revue au cours des 12 derniers mois.",
  ...ruleEntries('insights-syntax', {
    tabIndent: "YAML : les tabulations ne sont pas autorisées pour l'indentation.",
    nestedCompact: 'YAML : les tables imbriquées ne sont pas autorisées dans les tables compactes.',
    multilineKey: 'YAML : les clés implicites doivent tenir sur une seule ligne.',
    keyWithoutValue: "YAML : les clés implicites d'une table doivent être suivies d'une valeur.",
    mappingColumn: "YAML : tous les éléments d'une table doivent commencer à la même colonne.",
    sequenceColumn: "YAML : tous les éléments d'une séquence doivent commencer à la même colonne.",
    sequenceAsKey: 'YAML : une séquence en bloc ne peut pas servir de clé implicite.',
    sequenceItem: 'YAML : élément de séquence sans indicateur -.',
    commentSpace: 'YAML : les commentaires doivent être séparés des autres éléments par des espaces.',
    blockInFlow: 'YAML : les collections en bloc ne sont pas autorisées dans les collections en flux.',
    missingQuote: 'YAML : guillemet fermant {quote} manquant.',
    reservedStart: 'YAML : une valeur simple ne peut pas commencer par le caractère réservé {char}.',
    parser: "YAML : « {problem} » (message de l'analyseur YAML).",
    duplicateKey: "YAML : les clés d'une table doivent être uniques.",
    complexKey: 'YAML : une clé qui est une table ou une liste ; attendu : une clé simple (lue comme du texte).',
    aliases:
      "YAML : les alias se développent en plus de {max} copies (le schéma d'une attaque « billion laughs »), le fichier ne peut donc pas être lu comme des données.",
    tooDeep:
      "YAML : les valeurs sont imbriquées ici sur plus de {max} niveaux, le fichier n'est donc pas vérifié (les vrais fichiers en ont moins de dix).",
    tooLarge:
      "YAML : le fichier fait {size} Ko, plus que les {max} Ko qu'un security-insights.yml peut raisonnablement faire, il n'est donc pas vérifié.",
  }),
  ...ruleEntries('insights-schema', {
    ...schemaSentences({
      kinds: {
        mapping: 'une table de champs',
        list: 'une liste',
        text: 'du texte',
        longtext: 'du texte de 560 caractères au plus',
        boolean: 'true ou false',
        integer: 'un nombre entier',
        url: 'une URL http:// ou https://',
        email: 'une adresse e-mail',
        phone: 'un numéro de téléphone',
        date: 'une date au format AAAA-MM-JJ',
        datetime: "une date et une heure avec leur fuseau horaire, comme '2027-01-01T00:00:00.000Z'",
        version: 'une version comme 2.2.0',
        hash: 'un hash de commit de 5 à 40 chiffres hexadécimaux en minuscules',
        pgp: 'une clé publique PGP de « -----BEGIN PGP PUBLIC KEY BLOCK----- » à « -----END PGP PUBLIC KEY BLOCK----- »',
        choice: "l'une des valeurs listées",
        oneOf: "l'une des valeurs {allowed}",
      },
      found: {
        none: 'trouvé : aucune valeur',
        list: 'trouvé : une liste',
        mapping: 'trouvé : une table',
        empty: 'trouvé : une chaîne vide',
        text: 'trouvé : « {found} »',
        plain: 'trouvé : {found}',
        other: "trouvé : une valeur d'un autre type",
      },
      value: {
        none: "n'a pas de valeur",
        list: 'est une liste',
        mapping: 'est une table',
        empty: 'est une chaîne vide',
        text: 'vaut « {found} »',
        plain: 'vaut {found}',
        other: "est une valeur d'un autre type",
      },
      mustBe: (kind, found) => `« {field} » doit être ${kind} ; ${found}.`,
      enumValue: (found) => `« {field} » doit être l'une des valeurs {allowed} ; ${found}.`,
      notDate: (found) => `« {field} » n'est pas une date réelle du calendrier ; ${found}.`,
      v1Version: (value) =>
        `schema-version ${value}, ce qui ne correspond pas aux champs de ce fichier, qui sont ceux de Security Insights v1 ; attendu : {allowed}.`,
      required: (kind) => `Champ obligatoire « {field} » manquant${kind ? ` ; attendu : ${kind}` : ''}.`,
      requiredWhen: (kind) =>
        `Champ « {field} » manquant${kind ? ` ; attendu : ${kind}` : ''} ; il est obligatoire quand « {condition} » vaut {conditionValue}.`,
    }),
    longText: '« {field} » doit faire au plus 560 caractères ; trouvé : {length}.',
    unknownNear: 'Champ inconnu « {name} » dans {where} ; vouliez-vous dire « {near} » ?',
    unknownNearTop: 'Champ inconnu « {name} » au niveau supérieur ; vouliez-vous dire « {near} » ?',
    unknown: "Champ inconnu « {name} » dans {where} ; attendu : l'un de {allowed}.",
    unknownTop: "Champ inconnu « {name} » au niveau supérieur ; attendu : l'un de {allowed}.",
    duplicate: '« {field} » contient deux fois la même entrée, en [{first}] et en [{second}] ; gardez-en une.',
    empty: '« {field} » doit avoir au moins une entrée ; trouvé : une liste vide.',
    other: "« {field} » ne respecte pas le schéma : « {problem} » (message d'Ajv).",
    notMappingList: 'Le fichier doit être une table de champs comme « header » ; trouvé : une liste.',
    notMappingValue: 'Le fichier doit être une table de champs comme « header » ; trouvé : une valeur seule.',
    projectMissing:
      'Champ obligatoire « project » manquant ; attendu : une table de champs (depuis 2.1.0, sauf si « header.project-si-source » indique le fichier qui décrit le projet).',
    introduced:
      "« {field} » n'existe que depuis Security Insights {introduced}, mais ce fichier déclare {declared} : déclarez {introduced} ou retirez le champ.",
    expiresAfterReview:
      '« header.expiration-date » doit être au plus un an après « header.last-reviewed » ({reviewed}) ; trouvé : « {expires} ».',
    v2Version:
      'schema-version « {version} » ne correspond pas aux champs de ce fichier, qui sont ceux de Security Insights 2.x ; attendu : 2.0.0, 2.1.0 ou 2.2.0.',
  }),
};
