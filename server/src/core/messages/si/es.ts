/**
 * Spanish: the security-insights.yml rules' messages, once each (see ../index.ts); field names and values stay as
 * the file writes them. insights-schema's sentences of a kind and what was found are composed from the words below
 * (./schema-sentences.ts).
 */
import type { MessageCatalog } from '../types';
import { ruleEntries, schemaSentences } from './schema-sentences';

export const esSi: MessageCatalog = {
  'insights-bug-bounty':
    'bug-bounty-available es true, pero ningún bug-bounty-program indica dónde está el programa; se espera su URL.',
  'insights-v1':
    'Este es un archivo de Security Insights v1, que los lectores de la versión 2 ignoran; se espera la estructura 2.x (header.url, project, repository).',
  'insights-future-date/future': '{field} es {date}, posterior a hoy ({today}); se espera una fecha ya pasada.',
  'insights-no-contact/nowhere':
    'reports-accepted es true, pero ni contact ni {policy} indican dónde informar; se espera uno de los dos.',
  'insights-renamed-key/renamed':
    '«security-policy» pasó a llamarse «policy» en Security Insights 2.2.0; se espera «policy» en un archivo de la versión {version}.',
  'insights-renamed-key/notYet':
    '«policy» es el nombre de Security Insights 2.2.0; se espera «security-policy» en un archivo de la versión {version}.',
  'insights-repository-url/other':
    'repository.url es «{declared}», pero el remoto de git es «{remote}»; se espera el mismo repositorio.',
  'insights-stale/old': '{field} es {date}, hace más de un año; se espera una revisión dentro de los últimos 12 meses.',
  ...ruleEntries('insights-syntax', {
    tabIndent: 'YAML: no se permiten tabulaciones como sangría.',
    nestedCompact: 'YAML: no se permiten mapeos anidados en mapeos compactos.',
    multilineKey: 'YAML: las claves implícitas deben estar en una sola línea.',
    keyWithoutValue: 'YAML: las claves implícitas de un mapeo deben ir seguidas de un valor.',
    mappingColumn: 'YAML: todos los elementos de un mapeo deben empezar en la misma columna.',
    sequenceColumn: 'YAML: todos los elementos de una secuencia deben empezar en la misma columna.',
    sequenceAsKey: 'YAML: una secuencia de bloque no puede usarse como clave implícita.',
    sequenceItem: 'YAML: elemento de secuencia sin el indicador -.',
    commentSpace: 'YAML: los comentarios deben separarse de los demás elementos con espacios en blanco.',
    blockInFlow: 'YAML: no se permiten colecciones de bloque dentro de colecciones de flujo.',
    missingQuote: 'YAML: falta la comilla de cierre {quote}.',
    reservedStart: 'YAML: un valor simple no puede empezar con el carácter reservado {char}.',
    parser: 'YAML: «{problem}» (mensaje del analizador de YAML).',
    duplicateKey: 'YAML: las claves de un mapeo deben ser únicas.',
    complexKey: 'YAML: una clave que es un mapeo o una lista; se espera una clave simple (se lee como texto).',
    aliases:
      'YAML: los alias se expanden a más de {max} copias (el patrón de un ataque «billion laughs»), así que el archivo no puede leerse como datos.',
    tooDeep:
      'YAML: aquí los valores se anidan a más de {max} niveles, así que el archivo no se comprueba (los archivos reales tienen menos de diez).',
    tooLarge:
      'YAML: el archivo ocupa {size} KB, más de los {max} KB que puede tener razonablemente un security-insights.yml, así que no se comprueba.',
  }),
  ...ruleEntries('insights-schema', {
    ...schemaSentences({
      kinds: {
        mapping: 'un mapeo de campos',
        list: 'una lista',
        text: 'texto',
        longtext: 'texto de 560 caracteres como máximo',
        boolean: 'true o false',
        integer: 'un número entero',
        url: 'una URL http:// o https://',
        email: 'una dirección de correo electrónico',
        phone: 'un número de teléfono',
        date: 'una fecha con el formato AAAA-MM-DD',
        datetime: "una fecha y hora con su zona horaria, como '2027-01-01T00:00:00.000Z'",
        version: 'una versión como 2.2.0',
        hash: 'un hash de commit de 5 a 40 dígitos hexadecimales en minúscula',
        pgp: 'una clave pública PGP desde «-----BEGIN PGP PUBLIC KEY BLOCK-----» hasta «-----END PGP PUBLIC KEY BLOCK-----»',
        choice: 'uno de los valores indicados',
        oneOf: 'uno de {allowed}',
      },
      found: {
        none: 'no tiene ningún valor',
        list: 'se encontró una lista',
        mapping: 'se encontró un mapeo',
        empty: 'se encontró una cadena vacía',
        text: 'se encontró «{found}»',
        plain: 'se encontró {found}',
        other: 'se encontró un valor de otro tipo',
      },
      value: {
        none: 'no tiene valor',
        list: 'es una lista',
        mapping: 'es un mapeo',
        empty: 'es una cadena vacía',
        text: 'es «{found}»',
        plain: 'es {found}',
        other: 'es un valor de otro tipo',
      },
      mustBe: (kind, found) => `«{field}» debe ser ${kind}; ${found}.`,
      enumValue: (found) => `«{field}» debe ser uno de {allowed}; ${found}.`,
      notDate: (found) => `«{field}» no es una fecha real del calendario; ${found}.`,
      v1Version: (value) =>
        `schema-version ${value}, lo que no corresponde a los campos de este archivo, que son de Security Insights v1; se espera {allowed}.`,
      required: (kind) => `Falta el campo obligatorio «{field}»${kind ? `; se espera ${kind}` : ''}.`,
      requiredWhen: (kind) =>
        `Falta el campo «{field}»${kind ? `; se espera ${kind}` : ''}; es obligatorio cuando «{condition}» es {conditionValue}.`,
    }),
    longText: '«{field}» debe tener 560 caracteres como máximo; tiene {length}.',
    unknownNear: 'Campo desconocido «{name}» en {where}; ¿quería decir «{near}»?',
    unknownNearTop: 'Campo desconocido «{name}» en el nivel superior; ¿quería decir «{near}»?',
    unknown: 'Campo desconocido «{name}» en {where}; se espera uno de: {allowed}.',
    unknownTop: 'Campo desconocido «{name}» en el nivel superior; se espera uno de: {allowed}.',
    duplicate: '«{field}» contiene la misma entrada dos veces, en [{first}] y en [{second}]; conserve una.',
    empty: '«{field}» necesita al menos una entrada; se encontró una lista vacía.',
    other: '«{field}» no se ajusta al esquema: «{problem}» (mensaje de Ajv).',
    notMappingList: 'El archivo debe ser un mapeo de campos como «header»; se encontró una lista.',
    notMappingValue: 'El archivo debe ser un mapeo de campos como «header»; se encontró un valor suelto.',
    projectMissing:
      'Falta el campo obligatorio «project»; se espera un mapeo de campos (desde 2.1.0, salvo que «header.project-si-source» indique el archivo que describe el proyecto).',
    introduced:
      '«{field}» existe desde Security Insights {introduced}, pero este archivo declara {declared}: declare {introduced} u omita el campo.',
    expiresAfterReview:
      '«header.expiration-date» debe ser como máximo un año posterior a «header.last-reviewed» ({reviewed}); se encontró «{expires}».',
    v2Version:
      'schema-version «{version}» no corresponde a los campos de este archivo, que son de Security Insights 2.x; se espera 2.0.0, 2.1.0 o 2.2.0.',
  }),
};
