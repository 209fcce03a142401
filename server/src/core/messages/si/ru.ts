/**
 * Russian: the security-insights.yml rules' messages, once each (see ../index.ts); field names and values stay as
 * the file writes them. insights-schema's sentences of a kind and what was found are composed from the words below
 * (./schema-sentences.ts), the kinds in the nominative that «ожидается» takes.
 */
import type { MessageCatalog } from '../types';
import { ruleEntries, schemaSentences } from './schema-sentences';

export const ruSi: MessageCatalog = {
  'insights-bug-bounty':
    'bug-bounty-available равно true, но нет bug-bounty-program, указывающего, где находится программа; ожидается её URL.',
  'insights-v1':
    'Это файл Security Insights v1, который читатели версии 2 игнорируют; ожидается структура 2.x (header.url, project, repository).',
  'insights-future-date/future':
    '{field} — {date}, позже сегодняшнего дня ({today}); ожидается дата, которая уже прошла.',
  'insights-no-contact/nowhere':
    'reports-accepted равно true, но ни contact, ни {policy} не указывает, куда сообщать; ожидается одно из них.',
  'insights-renamed-key/renamed':
    '«security-policy» переименовано в «policy» в Security Insights 2.2.0; ожидается «policy» в файле версии {version}.',
  'insights-renamed-key/notYet':
    '«policy» — имя из Security Insights 2.2.0; ожидается «security-policy» в файле версии {version}.',
  'insights-repository-url/other':
    'repository.url — «{declared}», но удалённый репозиторий git — «{remote}»; ожидается тот же репозиторий.',
  'insights-stale/old': '{field} — {date}, больше года назад; ожидается проверка в течение последних 12 месяцев.',
  ...ruleEntries('insights-syntax', {
    tabIndent: 'YAML: табуляция в отступах не допускается.',
    nestedCompact: 'YAML: вложенные отображения не допускаются в компактных отображениях.',
    multilineKey: 'YAML: неявные ключи должны занимать одну строку.',
    keyWithoutValue: 'YAML: за неявным ключом отображения должно следовать значение.',
    mappingColumn: 'YAML: все элементы отображения должны начинаться в одном столбце.',
    sequenceColumn: 'YAML: все элементы последовательности должны начинаться в одном столбце.',
    sequenceAsKey: 'YAML: блочную последовательность нельзя использовать как неявный ключ.',
    sequenceItem: 'YAML: элемент последовательности без индикатора -.',
    commentSpace: 'YAML: комментарии должны отделяться от других элементов пробелами.',
    blockInFlow: 'YAML: блочные коллекции не допускаются внутри потоковых коллекций.',
    missingQuote: 'YAML: нет закрывающей кавычки {quote}.',
    reservedStart: 'YAML: простое значение не может начинаться с зарезервированного символа {char}.',
    parser: 'YAML: «{problem}» (сообщение парсера YAML).',
    duplicateKey: 'YAML: ключи отображения должны быть уникальными.',
    complexKey: 'YAML: ключ является отображением или списком; ожидается простой ключ (читается как текст).',
    aliases:
      'YAML: псевдонимы разворачиваются более чем в {max} копий (схема атаки «billion laughs»), поэтому файл нельзя прочитать как данные.',
    tooDeep:
      'YAML: значения здесь вложены глубже {max} уровней, поэтому файл не проверяется (в реальных файлах меньше десяти уровней).',
    tooLarge:
      'YAML: размер файла — {size} КБ, больше разумных для security-insights.yml {max} КБ, поэтому он не проверяется.',
  }),
  ...ruleEntries('insights-schema', {
    ...schemaSentences({
      kinds: {
        mapping: 'отображение полей',
        list: 'список',
        text: 'текст',
        longtext: 'текст не длиннее 560 символов',
        boolean: 'true или false',
        integer: 'целое число',
        url: 'URL http:// или https://',
        email: 'адрес электронной почты',
        phone: 'номер телефона',
        date: 'дата в формате ГГГГ-ММ-ДД',
        datetime: "дата и время с часовым поясом, например '2027-01-01T00:00:00.000Z'",
        version: 'версия, например 2.2.0',
        hash: 'хеш коммита из 5–40 строчных шестнадцатеричных цифр',
        pgp: 'открытый ключ PGP от «-----BEGIN PGP PUBLIC KEY BLOCK-----» до «-----END PGP PUBLIC KEY BLOCK-----»',
        choice: 'одно из перечисленных значений',
        oneOf: 'одно из значений {allowed}',
      },
      found: {
        none: 'значения нет',
        list: 'найден список',
        mapping: 'найдено отображение',
        empty: 'найдена пустая строка',
        text: 'найдено «{found}»',
        plain: 'найдено {found}',
        other: 'найдено значение другого типа',
      },
      value: {
        none: 'не имеет значения',
        list: 'является списком',
        mapping: 'является отображением',
        empty: 'является пустой строкой',
        text: 'равно «{found}»',
        plain: 'равно {found}',
        other: 'является значением другого типа',
      },
      mustBe: (kind, found) => `Для «{field}» ожидается ${kind}; ${found}.`,
      enumValue: (found) => `Для «{field}» ожидается одно из значений {allowed}; ${found}.`,
      notDate: (found) => `«{field}» — несуществующая календарная дата; ${found}.`,
      v1Version: (value) =>
        `schema-version ${value}, что не соответствует полям этого файла, которые относятся к Security Insights v1; ожидается {allowed}.`,
      required: (kind) => `Нет обязательного поля «{field}»${kind ? `; ожидается ${kind}` : ''}.`,
      requiredWhen: (kind) =>
        `Нет поля «{field}»${kind ? `; ожидается ${kind}` : ''}; оно обязательно, когда «{condition}» равно {conditionValue}.`,
    }),
    longText: '«{field}» должно быть не длиннее 560 символов; найдено {length}.',
    unknownNear: 'Неизвестное поле «{name}» в {where}; возможно, имелось в виду «{near}»?',
    unknownNearTop: 'Неизвестное поле «{name}» на верхнем уровне; возможно, имелось в виду «{near}»?',
    unknown: 'Неизвестное поле «{name}» в {where}; ожидается одно из: {allowed}.',
    unknownTop: 'Неизвестное поле «{name}» на верхнем уровне; ожидается одно из: {allowed}.',
    duplicate: '«{field}» содержит одну и ту же запись дважды, в [{first}] и в [{second}]; оставьте одну.',
    empty: '«{field}» должно содержать хотя бы одну запись; найден пустой список.',
    other: '«{field}» не соответствует схеме: «{problem}» (сообщение Ajv).',
    notMappingList: 'Файл должен быть отображением полей, таких как «header»; найден список.',
    notMappingValue: 'Файл должен быть отображением полей, таких как «header»; найдено одиночное значение.',
    projectMissing:
      'Нет обязательного поля «project»; ожидается отображение полей (начиная с 2.1.0, если только «header.project-si-source» не указывает файл, описывающий проект).',
    introduced:
      '«{field}» есть только начиная с Security Insights {introduced}, но этот файл объявляет {declared}: объявите {introduced} или уберите поле.',
    expiresAfterReview:
      '«header.expiration-date» должно быть не позже чем через год после «header.last-reviewed» ({reviewed}); найдено «{expires}».',
    v2Version:
      'schema-version «{version}» не соответствует полям этого файла, которые относятся к Security Insights 2.x; ожидается 2.0.0, 2.1.0 или 2.2.0.',
  }),
};
