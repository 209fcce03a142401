/**
 * Italian: the security-insights.yml rules' messages, once each (see ../index.ts); field names and values stay as
 * the file writes them. insights-schema's sentences of a kind and what was found are composed from the words below
 * (./schema-sentences.ts).
 */
import type { MessageCatalog } from '../types';
import { ruleEntries, schemaSentences } from './schema-sentences';

export const itSi: MessageCatalog = {
  'insights-bug-bounty':
    'bug-bounty-available è true, ma nessun bug-bounty-program indica dove si trova il programma; attesa la sua URL.',
  'insights-v1':
    'Questo è un file Security Insights v1, che i lettori della versione 2 ignorano; attesa la struttura 2.x (header.url, project, repository).',
  'insights-future-date/future': '{field} è {date}, dopo oggi ({today}); attesa una data già passata.',
  'insights-no-contact/nowhere':
    'reports-accepted è true, ma né contact né {policy} indicano dove segnalare; atteso uno dei due.',
  'insights-renamed-key/renamed':
    '«security-policy» è stato rinominato «policy» in Security Insights 2.2.0; atteso «policy» in un file della versione {version}.',
  'insights-renamed-key/notYet':
    '«policy» è il nome di Security Insights 2.2.0; atteso «security-policy» in un file della versione {version}.',
  'insights-repository-url/other':
    'repository.url è «{declared}» ma il remoto git è «{remote}»; atteso lo stesso repository.',
  'insights-stale/old': '{field} è {date}, più di un anno fa; attesa una revisione negli ultimi 12 mesi.',
  ...ruleEntries('insights-syntax', {
    tabIndent: 'YAML: le tabulazioni non sono ammesse come rientro.',
    nestedCompact: 'YAML: le mappe annidate non sono ammesse nelle mappe compatte.',
    multilineKey: 'YAML: le chiavi implicite devono stare su una sola riga.',
    keyWithoutValue: 'YAML: le chiavi implicite di una mappa devono essere seguite da un valore.',
    mappingColumn: 'YAML: tutti gli elementi di una mappa devono iniziare nella stessa colonna.',
    sequenceColumn: 'YAML: tutti gli elementi di una sequenza devono iniziare nella stessa colonna.',
    sequenceAsKey: 'YAML: una sequenza a blocchi non può essere usata come chiave implicita.',
    sequenceItem: "YAML: elemento di sequenza senza l'indicatore -.",
    commentSpace: 'YAML: i commenti devono essere separati dagli altri elementi da spazi.',
    blockInFlow: 'YAML: le collezioni a blocchi non sono ammesse dentro le collezioni in linea.',
    missingQuote: 'YAML: manca la virgoletta di chiusura {quote}.',
    reservedStart: 'YAML: un valore semplice non può iniziare con il carattere riservato {char}.',
    parser: 'YAML: «{problem}» (messaggio del parser YAML).',
    duplicateKey: 'YAML: le chiavi di una mappa devono essere uniche.',
    complexKey: 'YAML: una chiave che è una mappa o una lista; attesa una chiave semplice (letta come testo).',
    aliases:
      'YAML: gli alias si espandono in più di {max} copie (lo schema di un attacco «billion laughs»), quindi il file non può essere letto come dati.',
    tooDeep:
      'YAML: qui i valori sono annidati per più di {max} livelli, quindi il file non viene controllato (i file reali ne hanno meno di dieci).',
    tooLarge:
      'YAML: il file è di {size} KB, più dei {max} KB che un security-insights.yml può ragionevolmente avere, quindi non viene controllato.',
  }),
  ...ruleEntries('insights-schema', {
    ...schemaSentences({
      kinds: {
        mapping: 'una mappa di campi',
        list: 'una lista',
        text: 'testo',
        longtext: 'testo di al massimo 560 caratteri',
        boolean: 'true o false',
        integer: 'un numero intero',
        url: "un'URL http:// o https://",
        email: 'un indirizzo email',
        phone: 'un numero di telefono',
        date: 'una data nel formato AAAA-MM-GG',
        datetime: "una data e ora con fuso orario, come '2027-01-01T00:00:00.000Z'",
        version: 'una versione come 2.2.0',
        hash: 'un hash di commit di 5-40 cifre esadecimali minuscole',
        pgp: 'una chiave pubblica PGP da «-----BEGIN PGP PUBLIC KEY BLOCK-----» a «-----END PGP PUBLIC KEY BLOCK-----»',
        choice: 'uno dei valori elencati',
        oneOf: 'uno tra {allowed}',
      },
      found: {
        none: 'nessun valore trovato',
        list: 'trovata una lista',
        mapping: 'trovata una mappa',
        empty: 'trovata una stringa vuota',
        text: 'trovato «{found}»',
        plain: 'trovato {found}',
        other: 'trovato un valore di altro tipo',
      },
      value: {
        none: 'non ha valore',
        list: 'è una lista',
        mapping: 'è una mappa',
        empty: 'è una stringa vuota',
        text: 'è «{found}»',
        plain: 'è {found}',
        other: 'è un valore di altro tipo',
      },
      mustBe: (kind, found) => `«{field}» deve essere ${kind}; ${found}.`,
      enumValue: (found) => `«{field}» deve essere uno tra {allowed}; ${found}.`,
      notDate: (found) => `«{field}» non è una data di calendario reale; ${found}.`,
      v1Version: (value) =>
        `schema-version ${value} e non corrisponde ai campi di questo file (Security Insights v1); atteso {allowed}.`,
      required: (kind) => `Manca il campo obbligatorio «{field}»${kind ? `; atteso: ${kind}` : ''}.`,
      requiredWhen: (kind) =>
        `Manca il campo «{field}»${kind ? `; atteso: ${kind}` : ''}; è obbligatorio quando «{condition}» è {conditionValue}.`,
    }),
    longText: '«{field}» deve avere al massimo 560 caratteri; ne ha {length}.',
    unknownNear: 'Campo sconosciuto «{name}» in {where}; forse intendevi «{near}»?',
    unknownNearTop: 'Campo sconosciuto «{name}» al livello superiore; forse intendevi «{near}»?',
    unknown: 'Campo sconosciuto «{name}» in {where}; atteso uno tra: {allowed}.',
    unknownTop: 'Campo sconosciuto «{name}» al livello superiore; atteso uno tra: {allowed}.',
    duplicate: '«{field}» elenca due volte la stessa voce, in [{first}] e in [{second}]; tienine una.',
    empty: '«{field}» richiede almeno una voce; trovata una lista vuota.',
    other: '«{field}» non rispetta lo schema: «{problem}» (messaggio di Ajv).',
    notMappingList: 'Il file deve essere una mappa di campi come «header»; trovata una lista.',
    notMappingValue: 'Il file deve essere una mappa di campi come «header»; trovato un valore singolo.',
    projectMissing:
      'Manca il campo obbligatorio «project»; atteso: una mappa di campi (dalla 2.1.0, a meno che «header.project-si-source» indichi il file che descrive il progetto).',
    introduced:
      '«{field}» esiste da Security Insights {introduced}, ma questo file dichiara {declared}: dichiara {introduced} o togli il campo.',
    expiresAfterReview:
      '«header.expiration-date» deve essere al massimo un anno dopo «header.last-reviewed» ({reviewed}); trovato «{expires}».',
    v2Version:
      'schema-version «{version}» non corrisponde ai campi di questo file, che sono di Security Insights 2.x; atteso 2.0.0, 2.1.0 o 2.2.0.',
  }),
};
