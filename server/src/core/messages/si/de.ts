/**
 * German: the security-insights.yml rules' messages, once each (see ../index.ts); field names and values stay as
 * the file writes them. insights-schema's sentences of a kind and what was found are composed from the words below
 * (./schema-sentences.ts).
 */
import type { MessageCatalog } from '../types';
import { ruleEntries, schemaSentences } from './schema-sentences';

export const deSi: MessageCatalog = {
  'insights-bug-bounty':
    'bug-bounty-available ist true, aber kein bug-bounty-program sagt, wo das Programm zu finden ist, erwartet wird dessen URL.',
  'insights-v1':
    'Dies ist eine Security-Insights-v1-Datei, die Leser der Version 2 ignorieren, erwartet wird der Aufbau von 2.x (header.url, project, repository).',
  'insights-future-date/future':
    '{field} ist {date}, nach dem heutigen Tag ({today}), erwartet wird ein Datum, das schon vergangen ist.',
  'insights-no-contact/nowhere':
    'reports-accepted ist true, aber weder contact noch {policy} sagt, wohin Meldungen gehen, erwartet wird eines von beiden.',
  'insights-renamed-key/renamed':
    '„security-policy“ wurde in Security Insights 2.2.0 in „policy“ umbenannt, erwartet wird „policy“ in einer Datei der Version {version}.',
  'insights-renamed-key/notYet':
    '„policy“ ist der Name aus Security Insights 2.2.0, erwartet wird „security-policy“ in einer Datei der Version {version}.',
  'insights-repository-url/other':
    'repository.url ist „{declared}“, das Git-Remote aber „{remote}“, erwartet wird dasselbe Repository.',
  'insights-stale/old':
    '{field} ist {date}, mehr als ein Jahr her, erwartet wird eine Überprüfung innerhalb der letzten 12 Monate.',
  ...ruleEntries('insights-syntax', {
    tabIndent: 'YAML: Tabulatoren sind als Einrückung nicht erlaubt.',
    nestedCompact: 'YAML: Verschachtelte Zuordnungen sind in kompakten Zuordnungen nicht erlaubt.',
    multilineKey: 'YAML: Implizite Schlüssel müssen in einer einzigen Zeile stehen.',
    keyWithoutValue: 'YAML: Auf implizite Schlüssel einer Zuordnung muss ein Wert folgen.',
    mappingColumn: 'YAML: Alle Einträge einer Zuordnung müssen in derselben Spalte beginnen.',
    sequenceColumn: 'YAML: Alle Einträge einer Liste müssen in derselben Spalte beginnen.',
    sequenceAsKey: 'YAML: Eine Block-Liste darf nicht als impliziter Schlüssel dienen.',
    sequenceItem: 'YAML: Listeneintrag ohne das Zeichen -.',
    commentSpace: 'YAML: Kommentare müssen durch Leerraum von anderen Elementen getrennt sein.',
    blockInFlow: 'YAML: Block-Sammlungen sind in Flow-Sammlungen nicht erlaubt.',
    missingQuote: 'YAML: Das schließende Anführungszeichen {quote} fehlt.',
    reservedStart: 'YAML: Ein einfacher Wert darf nicht mit dem reservierten Zeichen {char} beginnen.',
    parser: 'YAML: „{problem}“ (Meldung des YAML-Parsers).',
    duplicateKey: 'YAML: Die Schlüssel einer Zuordnung müssen eindeutig sein.',
    complexKey:
      'YAML: Ein Schlüssel, der eine Zuordnung oder Liste ist, erwartet wird ein einfacher Schlüssel (als Text gelesen).',
    aliases:
      'YAML: Aliasse ergeben mehr als {max} Kopien (das Muster eines „Billion Laughs“-Angriffs), daher kann die Datei nicht als Daten gelesen werden.',
    tooDeep:
      'YAML: Werte sind hier mehr als {max} Ebenen tief verschachtelt, daher wird die Datei nicht geprüft (echte Dateien haben weniger als zehn Ebenen).',
    tooLarge:
      'YAML: Die Datei ist {size} KB groß, mehr als die {max} KB, die eine security-insights.yml sinnvollerweise haben kann, daher wird sie nicht geprüft.',
  }),
  ...ruleEntries('insights-schema', {
    ...schemaSentences({
      kinds: {
        mapping: 'eine Zuordnung von Feldern',
        list: 'eine Liste',
        text: 'Text',
        longtext: 'Text von höchstens 560 Zeichen',
        boolean: 'true oder false',
        integer: 'eine ganze Zahl',
        url: 'eine http://- oder https://-URL',
        email: 'eine E-Mail-Adresse',
        phone: 'eine Telefonnummer',
        date: 'ein Datum der Form JJJJ-MM-TT',
        datetime: "ein Zeitpunkt mit Zeitzone wie '2027-01-01T00:00:00.000Z'",
        version: 'eine Version wie 2.2.0',
        hash: 'ein Commit-Hash aus 5 bis 40 kleingeschriebenen Hexadezimalziffern',
        pgp: 'ein öffentlicher PGP-Schlüssel von „-----BEGIN PGP PUBLIC KEY BLOCK-----“ bis „-----END PGP PUBLIC KEY BLOCK-----“',
        choice: 'einer der aufgeführten Werte',
        oneOf: 'einer der Werte {allowed}',
      },
      found: {
        none: 'gefunden wurde kein Wert',
        list: 'gefunden wurde eine Liste',
        mapping: 'gefunden wurde eine Zuordnung',
        empty: 'gefunden wurde eine leere Zeichenkette',
        text: 'gefunden wurde „{found}“',
        plain: 'gefunden wurde {found}',
        other: 'gefunden wurde ein Wert eines anderen Typs',
      },
      value: {
        none: 'hat keinen Wert',
        list: 'ist eine Liste',
        mapping: 'ist eine Zuordnung',
        empty: 'ist eine leere Zeichenkette',
        text: 'ist „{found}“',
        plain: 'ist {found}',
        other: 'ist ein Wert eines anderen Typs',
      },
      mustBe: (kind, found) => `„{field}“ muss ${kind} sein, ${found}.`,
      enumValue: (found) => `„{field}“ muss einer der Werte {allowed} sein; ${found}.`,
      notDate: (found) => `„{field}“ ist kein tatsächliches Kalenderdatum, ${found}.`,
      v1Version: (value) =>
        `schema-version ${value}, was nicht zu den Feldern dieser Datei passt, die Security Insights v1 sind; erwartet wird {allowed}.`,
      required: (kind) => `Pflichtfeld „{field}“ fehlt${kind ? `, erwartet wird ${kind}` : ''}.`,
      requiredWhen: (kind) =>
        `Feld „{field}“ fehlt${kind ? `, erwartet wird ${kind}` : ''}; es ist Pflicht, wenn „{condition}“ {conditionValue} ist.`,
    }),
    longText: '„{field}“ darf höchstens 560 Zeichen lang sein, es sind {length}.',
    unknownNear: 'Unbekanntes Feld „{name}“ in {where}, meinten Sie „{near}“?',
    unknownNearTop: 'Unbekanntes Feld „{name}“ auf oberster Ebene, meinten Sie „{near}“?',
    unknown: 'Unbekanntes Feld „{name}“ in {where}, erwartet wird eines von: {allowed}.',
    unknownTop: 'Unbekanntes Feld „{name}“ auf oberster Ebene, erwartet wird eines von: {allowed}.',
    duplicate: '„{field}“ enthält denselben Eintrag zweimal, bei [{first}] und [{second}]; behalten Sie einen.',
    empty: '„{field}“ braucht mindestens einen Eintrag, gefunden wurde eine leere Liste.',
    other: '„{field}“ entspricht nicht dem Schema: „{problem}“ (Meldung von Ajv).',
    notMappingList: 'Die Datei muss eine Zuordnung von Feldern wie „header“ sein, gefunden wurde eine Liste.',
    notMappingValue: 'Die Datei muss eine Zuordnung von Feldern wie „header“ sein, gefunden wurde ein einzelner Wert.',
    projectMissing:
      'Pflichtfeld „project“ fehlt, erwartet wird eine Zuordnung von Feldern (ab 2.1.0, außer „header.project-si-source“ nennt die Datei, die das Projekt beschreibt).',
    introduced:
      '„{field}“ gibt es erst ab Security Insights {introduced}, diese Datei deklariert aber {declared}: Deklarieren Sie {introduced} oder lassen Sie das Feld weg.',
    expiresAfterReview:
      '„header.expiration-date“ darf höchstens ein Jahr nach „header.last-reviewed“ ({reviewed}) liegen, gefunden wurde „{expires}“.',
    v2Version:
      'schema-version „{version}“ passt nicht zu den Feldern dieser Datei, die Security Insights 2.x sind; erwartet wird 2.0.0, 2.1.0 oder 2.2.0.',
  }),
};
