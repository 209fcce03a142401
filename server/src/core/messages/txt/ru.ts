/** Russian: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';
import { ruTxtEnvelope } from './envelope/ru';
import { ruTxtExpires } from './expires/ru';
import { ruTxtUri } from './uri/ru';

export const ruTxt: MessageCatalog = {
  ...ruTxtEnvelope,
  ...ruTxtExpires,
  ...ruTxtUri,
  bom: 'Файл начинается с метки порядка байтов (BOM); ожидается UTF-8 без BOM.',
  'contact-without-encryption':
    'Контакт по электронной почте без поля Encryption; ожидается «Encryption:» с URL ключа.',
  'encryption-inline-key': 'Encryption содержит сам ключ; ожидается URI, по которому ключ можно получить.',
  'expires-multiple': 'Expires встречается больше одного раза; ожидается одно поле Expires.',
  'field-obsolete': 'Поле Signature исключено ещё до RFC 9116; ожидается встроенная подпись OpenPGP.',
  'missing-final-newline': 'Последняя строка не заканчивается переводом строки; ожидается, что файл им заканчивается.',
  'not-signed': 'Файл не подписан; ожидается подпись OpenPGP в открытом тексте (RECOMMENDED).',
  'policy-missing': 'Нет поля Policy; ожидается «Policy:» с URL вашей политики безопасности.',
  'signed-without-canonical': 'Подписан без Canonical; ожидается «Canonical:» с URL этого файла.',
  'bug-bounty/repeated': 'Bug-Bounty встречается больше одного раза; ожидается одно поле.',
  'bug-bounty/notBoolean': '«{value}» — не True и не False; ожидается ровно «True» или «False».',
  'chained-values/chained':
    'Значений в одном поле {field}: {count}; ожидается отдельная строка {field} для каждого значения.',
  'expired/expired': 'Срок действия файла истёк {date}; ожидается дата в будущем.',
  'expires-missing/missing': 'Нет поля Expires; ожидается поле вроде «Expires: {value}».',
  'expires-soon/day': 'Срок действия файла истекает через {days} день; ожидается продление до этого.',
  'expires-soon/days': 'Срок действия файла истекает через {days} дн.; ожидается продление до этого.',
  'expires-too-far/tooFar': '{date} — больше чем через год; ожидается дата в пределах года.',
  'file-location/notWellKnown': '«{path}» находится не в .well-known/; ожидается .well-known/security.txt.',
  'size-limits/bytes': 'Размер файла — {bytes} байт; ожидается не более {max}.',
  'size-limits/lines': 'Строк в файле: {lines}; ожидается не более {max}.',
  'size-limits/field': 'Длина этого поля — {length} симв.; ожидается не более {max}.',
  'field-unknown/unknown': '«{name}» — не зарегистрированное поле security.txt; ожидается одно из: {known}.',
  'field-typo/typo': '«{name}» — не зарегистрированное поле; ожидается «{intended}».',
  'canonical-mismatch/unlisted':
    'Ни одно поле Canonical не указывает {url}, откуда был получен файл (RFC 9116 §2.5.2).',
  'canonical-path/notSecurityTxt':
    '«{value}» — не расположение security.txt; ожидается URL, оканчивающийся на /.well-known/security.txt.',
  'csaf/notMetadata': '«{value}» не оканчивается на /provider-metadata.json; ожидается URL метаданных поставщика CSAF.',
  'csaf/notFirst': 'Запись /.well-known/csaf/ для {host} — не первое поле CSAF; ожидается, что она будет первой.',
  'served-content-type/none': 'Нет Content-Type; ожидается text/plain; charset=utf-8 (RFC 9116 §3).',
  'served-content-type/type': 'Content-Type — «{contentType}»; ожидается text/plain; charset=utf-8 (RFC 9116 §3).',
  'served-content-type/charset': 'В Content-Type указана кодировка «{charset}»; ожидается utf-8 (RFC 9116 §3).',
  'served-html/html':
    '{url} отвечает 200 с HTML-страницей ({contentType}), а не security.txt; ожидается файл как text/plain.',
  'served-html/htmlNoType':
    '{url} отвечает 200 с HTML-страницей (без Content-Type), а не security.txt; ожидается файл как text/plain.',
  'served-locations-differ/differs':
    '{other} отдаёт другой файл, чем {url}; ожидается тот же файл или перенаправление на него.',
  'served-redirect/otherHost': 'Перенаправления ведут на другой хост: {last}; ожидается {from} или его поддомен.',
  'served-redirect/otherPath':
    'Перенаправления ведут на {last}; ожидается /.well-known/security.txt или /security.txt.',
  'served-status/status': '{url} ответил {status}; ожидается 200 с файлом.',
  'served-too-large/tooLarge': '{url} больше {size}: дальше не прочитан и не проверен; ожидается файл в несколько КБ.',
  'served-https/http': 'Файл запрашивается по http:// ({url}); ожидается https:// (RFC 9116 §3).',
  'served-https/redirect':
    'Перенаправление уходит с HTTPS: {from} ведёт на {to}; ожидается https:// на всём пути (RFC 9116 §3).',
  'signature-after-expires/afterExpires':
    'Подпись сделана {created}, позже Expires подписанного файла ({expires}); ожидается, что файл обновят до подписания.',
  'deployed-outdated/older':
    'Копия, развёрнутая по адресу {url}, старее: она истекает {there}, этот файл — {here}; ожидается, что этот файл будет развёрнут.',
  'deployed-outdated/newer':
    'Копия, развёрнутая по адресу {url}, новее: она истекает {there}, этот файл — {here}; ожидается, что этот файл будет приведён в соответствие с ней.',
  'served-tls/expired':
    'Срок действия TLS-сертификата {host} истёк ({code}); ожидается действительный сертификат для {host} от доверенного центра сертификации.',
  'served-tls/not-yet-valid':
    'TLS-сертификат {host} ещё не действует ({code}); ожидается действительный сертификат для {host} от доверенного центра сертификации.',
  'served-tls/wrong-host':
    'TLS-сертификат {host} выдан для другого имени хоста ({code}); ожидается действительный сертификат для {host} от доверенного центра сертификации.',
  'served-tls/self-signed':
    'TLS-сертификат {host} самоподписанный ({code}); ожидается действительный сертификат для {host} от доверенного центра сертификации.',
  'served-tls/untrusted':
    'TLS-сертификат {host} выдан не доверенным центром сертификации ({code}); ожидается действительный сертификат для {host} от доверенного центра сертификации.',
  'served-tls/other':
    'TLS-сертификат {host} отклонён ({code}); ожидается действительный сертификат для {host} от доверенного центра сертификации.',
  'served-unreachable/timeout': 'Нет ответа от {host} в течение {duration}; ожидается файл.',
  'served-unreachable/notFound': '{host} недоступен (такого хоста нет); ожидается файл по адресу {url}.',
  'served-unreachable/notResolved': '{host} недоступен (не удалось разрешить имя); ожидается файл по адресу {url}.',
  'served-unreachable/refused': '{host} недоступен (в соединении отказано); ожидается файл по адресу {url}.',
  'served-unreachable/reset': '{host} недоступен (соединение сброшено); ожидается файл по адресу {url}.',
  'served-unreachable/hostUnreachable': '{host} недоступен (хост недоступен); ожидается файл по адресу {url}.',
  'served-unreachable/networkUnreachable': '{host} недоступен (сеть недоступна); ожидается файл по адресу {url}.',
  'served-unreachable/network': '{host} недоступен ({code}); ожидается файл по адресу {url}.',
  'served-unreachable/loop': 'Перенаправления зацикливаются на {last}; ожидается, что они приведут к файлу.',
  'served-unreachable/tooMany':
    'Перенаправлений больше {max} (последнее — на {last}); ожидается файл не более чем через {max}.',
  'deployed-missing/timeout':
    'Не развёрнут: {url} не удалось получить (истекло время ожидания); ожидается этот файл там.',
  'deployed-missing/network': 'Не развёрнут: {url} не удалось получить (ошибка сети); ожидается этот файл там.',
  'deployed-missing/redirects': 'Не развёрнут: {url} не удалось получить (перенаправления); ожидается этот файл там.',
  'deployed-missing/tls': 'Не развёрнут: {url} не удалось получить ({code}); ожидается этот файл там.',
  'deployed-missing/html': 'Не развёрнут: {url} ответил HTML-страницей; ожидается этот файл там.',
  'deployed-missing/tooLarge': 'Не развёрнут: {url} ответил объёмом больше {size}; ожидается этот файл там.',
  'deployed-missing/status': 'Не развёрнут: {url} ответил {status}; ожидается этот файл там.',
  'deployed-contacts/both':
    'У копии, развёрнутой по адресу {url}, другие контакты: {there} только там, {here} только здесь; ожидаются те же контакты.',
  'deployed-contacts/onlyThere':
    'У копии, развёрнутой по адресу {url}, другие контакты: {there} только там; ожидаются те же контакты.',
  'deployed-contacts/onlyHere':
    'У копии, развёрнутой по адресу {url}, другие контакты: {here} только здесь; ожидаются те же контакты.',
  'served-legacy-location/status':
    'Файл есть только по устаревшему адресу {url}: {wellKnown} ответил {status}; ожидается файл там (RFC 9116 §3).',
  'served-legacy-location/html':
    'Файл есть только по устаревшему адресу {url}: {wellKnown} ответил HTML-страницей; ожидается файл там (RFC 9116 §3).',
  'served-legacy-location/tooLarge':
    'Файл есть только по устаревшему адресу {url}: {wellKnown} ответил объёмом больше {size}; ожидается файл там (RFC 9116 §3).',
  'served-legacy-location/timeout':
    'Файл есть только по устаревшему адресу {url}: {wellKnown} не удалось получить (истекло время ожидания); ожидается файл там (RFC 9116 §3).',
  'served-legacy-location/network':
    'Файл есть только по устаревшему адресу {url}: {wellKnown} не удалось получить (ошибка сети); ожидается файл там (RFC 9116 §3).',
  'served-legacy-location/redirects':
    'Файл есть только по устаревшему адресу {url}: {wellKnown} не удалось получить (перенаправления); ожидается файл там (RFC 9116 §3).',
  'served-legacy-location/tls':
    'Файл есть только по устаревшему адресу {url}: {wellKnown} не удалось получить ({code}); ожидается файл там (RFC 9116 §3).',
  'served-legacy-location/other':
    'Файл есть только по устаревшему адресу {url}: {wellKnown}: {answer}; ожидается файл там (RFC 9116 §3).',
  'signature-bad/named':
    'Неверная подпись: она не соответствует подписанному тексту с ключом {user}, отпечаток {fingerprint} (из {source}); файл изменён после подписания; ожидается, что его подпишут заново.',
  'signature-bad/fingerprint':
    'Неверная подпись: она не соответствует подписанному тексту с ключом с отпечатком {fingerprint} (из {source}); файл изменён после подписания; ожидается, что его подпишут заново.',
  'signature-bad/keyId':
    'Неверная подпись: она не соответствует подписанному тексту с ключом с ID {keyIds} (из {source}); файл изменён после подписания; ожидается, что его подпишут заново.',
  'signature-good/named': 'Верная подпись: {user}, отпечаток {fingerprint} (ключ из {source}).',
  'signature-good/namedMade': 'Верная подпись: {user}, отпечаток {fingerprint} (ключ из {source}), сделана {made}.',
  'signature-good/fingerprint': 'Верная подпись с отпечатком {fingerprint} (ключ из {source}).',
  'signature-good/fingerprintMade': 'Верная подпись с отпечатком {fingerprint} (ключ из {source}), сделана {made}.',
  'signature-good/keyId': 'Верная подпись с ID ключа {keyIds} (ключ из {source}).',
  'signature-good/keyIdMade': 'Верная подпись с ID ключа {keyIds} (ключ из {source}), сделана {made}.',
  'signature-key-invalid/namedRevoked':
    'Ключ подписи, {user}, отпечаток {fingerprint} (из {source}), отозван; ожидается файл, подписанный действительным ключом.',
  'signature-key-invalid/namedExpired':
    'Ключ подписи, {user}, отпечаток {fingerprint} (из {source}), истёк {expired}; ожидается файл, подписанный действительным ключом.',
  'signature-key-invalid/fingerprintRevoked':
    'Ключ подписи, отпечаток {fingerprint} (из {source}), отозван; ожидается файл, подписанный действительным ключом.',
  'signature-key-invalid/fingerprintExpired':
    'Ключ подписи, отпечаток {fingerprint} (из {source}), истёк {expired}; ожидается файл, подписанный действительным ключом.',
  'signature-key-not-found/notAmong':
    'Ключа, которым сделана подпись (ID ключа {keyIds}), нет среди ключей из {source}; ожидается ключ подписи там.',
  'signature-key-not-found/unreadable':
    'Ключ, которым сделана подпись (ID ключа {keyIds}), не найден: {source} не содержит ни одного читаемого ключа OpenPGP; ожидается ключ подписи там.',
  'signature-key-not-found/status':
    'Ключ, которым сделана подпись (ID ключа {keyIds}), не найден: {source} ответил {status}; ожидается ключ подписи там.',
  'signature-key-not-found/html':
    'Ключ, которым сделана подпись (ID ключа {keyIds}), не найден: {source} ответил HTML-страницей; ожидается ключ подписи там.',
  'signature-key-not-found/tooLarge':
    'Ключ, которым сделана подпись (ID ключа {keyIds}), не найден: {source} ответил объёмом больше {size}; ожидается ключ подписи там.',
  'signature-key-not-found/timeout':
    'Ключ, которым сделана подпись (ID ключа {keyIds}), не найден: {source} не удалось получить (истекло время ожидания); ожидается ключ подписи там.',
  'signature-key-not-found/network':
    'Ключ, которым сделана подпись (ID ключа {keyIds}), не найден: {source} не удалось получить (ошибка сети); ожидается ключ подписи там.',
  'signature-key-not-found/redirects':
    'Ключ, которым сделана подпись (ID ключа {keyIds}), не найден: {source} не удалось получить (перенаправления); ожидается ключ подписи там.',
  'signature-key-not-found/tls':
    'Ключ, которым сделана подпись (ID ключа {keyIds}), не найден: {source} не удалось получить ({code}); ожидается ключ подписи там.',
  'signature-key-not-found/other':
    'Ключ, которым сделана подпись (ID ключа {keyIds}), не найден: {reason}; ожидается ключ подписи там.',
  'field-syntax/nameChar':
    'Имя поля «{name}» содержит «{char}»; ожидаются печатные символы ASCII без пробелов и двоеточий (RFC 5322 field-name).',
  'field-syntax/nameControl':
    'Имя поля «{name}» содержит управляющий символ {code}; ожидаются печатные символы ASCII без пробелов и двоеточий (RFC 5322 field-name).',
  'field-syntax/valueChar':
    '«{char}» в значении {name} — не печатный символ US-ASCII; ожидается текст unstructured по RFC 5322 (комментарий может содержать любой Unicode).',
  'field-syntax/valueControl':
    'Управляющий символ {code} в значении {name} — не печатный символ US-ASCII; ожидается текст unstructured по RFC 5322 (комментарий может содержать любой Unicode).',
  'field-syntax/separator':
    '«{written}» — не «{name}: »; ожидается двоеточие сразу после имени и один пробел после него.',
  'field-syntax/commentControl':
    'Комментарий содержит управляющий символ {code}; ожидаются печатные символы, пробелы и табуляции.',
  'field-syntax/commentAbove':
    'Комментарий содержит {code}, выше U+FFFFF; ожидаются печатные символы, пробелы и табуляции.',
  'field-syntax/folded':
    'Строка начинается с пробельного символа и потому продолжает поле {name}, значение которого нельзя переносить; ожидается значение {name} в одной строке.',
  'field-syntax/stray':
    'Строка начинается с пробельного символа, но перед ней нет поля, которое она могла бы продолжать; ожидается её текст в начале строки.',
  'field-syntax/empty': 'У поля «{name}» нет значения; ожидается «{name}: значение».',
  'field-syntax/notNfc':
    'Строка не в форме нормализации Unicode C; ожидаются составные символы (RFC 5198 Net-Unicode).',
  'field-syntax/notField':
    'Строка не является ни полем, ни комментарием, ни пустой; ожидается «Имя: значение» или «# комментарий».',
  'preferred-languages/entryEmpty':
    'В Preferred-Languages пустая запись между запятыми; ожидается тег языка по обе стороны каждой запятой.',
  'preferred-languages/separators': 'В Preferred-Languages «{entry}» разделяет теги не запятой; ожидается «{tags}».',
  'preferred-languages/repeated':
    'Preferred-Languages встречается больше одного раза; ожидается одно поле со списком через запятую.',
  'preferred-languages/notRegistered':
    'В Preferred-Languages «{language}» — не зарегистрированный подтег языка; ожидается тег языка по RFC 5646, например «en» или «pt-BR».',
  'preferred-languages/country':
    'В Preferred-Languages «{language}» — код страны {country}, а не язык; ожидается тег языка по RFC 5646, например «en» или «pt-BR».',
  'preferred-languages/countryCorrected':
    'В Preferred-Languages «{language}» — код страны {country}, а не язык; ожидается «{corrected}».',
  'preferred-languages/underscore':
    'В Preferred-Languages «{tag}» разделяет подтеги символом «_»; ожидается «{corrected}».',
  'preferred-languages/malformed':
    'В Preferred-Languages «{tag}» составлен неправильно ({detail}); ожидается тег языка по RFC 5646, например «en» или «pt-BR».',
  'preferred-languages/notWellFormed':
    'В Preferred-Languages «{tag}» — неправильно составленный тег языка; ожидается тег языка по RFC 5646, например «en» или «pt-BR».',
  'preferred-languages/unregisteredExtlang':
    'В Preferred-Languages «{subtag}» в «{tag}» — не зарегистрированный подтег расширенного языка; ожидается тег языка по RFC 5646, например «en» или «pt-BR».',
  'preferred-languages/unregisteredScript':
    'В Preferred-Languages «{subtag}» в «{tag}» — не зарегистрированный подтег письменности; ожидается тег языка по RFC 5646, например «en» или «pt-BR».',
  'preferred-languages/unregisteredRegion':
    'В Preferred-Languages «{subtag}» в «{tag}» — не зарегистрированный подтег региона; ожидается тег языка по RFC 5646, например «en» или «pt-BR».',
  'preferred-languages/unregisteredVariant':
    'В Preferred-Languages «{subtag}» в «{tag}» — не зарегистрированный подтег варианта; ожидается тег языка по RFC 5646, например «en» или «pt-BR».',
  'preferred-languages/variantTwice':
    'В Preferred-Languages вариант «{subtag}» встречается в «{tag}» дважды; ожидается тег языка по RFC 5646, например «en» или «pt-BR».',
  'preferred-languages/extensionTwice':
    'В Preferred-Languages расширение «{subtag}» встречается в «{tag}» дважды; ожидается тег языка по RFC 5646, например «en» или «pt-BR».',
};
