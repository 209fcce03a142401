/** Russian: each rule's message, once (see ./index.ts). */
import type { MessageCatalog } from './types';

export const ru: MessageCatalog = {
  'no-response-timeframe':
    'Не указан срок ответа; ожидается обязательство вроде «подтверждаем получение сообщений в течение 3 рабочих дней».',
  'no-disclosure-timeline': 'Не указан срок раскрытия; ожидается окно скоординированного раскрытия, например 90 дней.',
  'no-supported-versions':
    'Не указаны поддерживаемые версии; ожидается, какие версии получают исправления безопасности.',
  'no-safe-harbor':
    'Нет правовой защиты исследователей; ожидается обещание не преследовать добросовестные исследования по закону.',
  'no-scope': 'Не указана область действия; ожидается, что в неё входит, а что нет.',
  'no-issuance-date': 'Не указана дата выпуска; ожидается строка вроде «Последнее обновление: ГГГГ-ММ-ДД».',
  'no-title': 'Нет заголовка; ожидается заголовок первого уровня вроде «# Политика безопасности».',
  'email-without-encryption':
    'Электронная почта — единственный канал; ожидается зашифрованная альтернатива (ключ OpenPGP, HTTPS-форма или приватные сообщения об уязвимостях на GitHub).',
  'no-private-channel':
    'Указаны только публичные каналы; ожидается конфиденциальный (почта, веб-форма или приватные сообщения об уязвимостях на GitHub).',
  'not-a-policy': 'В файле нигде не сказано, как сообщать об уязвимостях; ожидается политика безопасности.',
  'public-issue-reporting':
    'Сообщающим предлагают описать уязвимость в публичной задаче; ожидается конфиденциальный канал и «не создавайте публичную задачу».',
  'unverifiable-key': 'Сказано, что ключ есть на серверах ключей; ожидается отпечаток или URL для его проверки.',
  'response-timeframe-long/long': 'Первый ответ обещан в течение {days} дн.; ожидается не более {limit} дн.',
  'stale-date/old': 'Дате «{date}» больше {months} мес.; ожидается дата за последний год.',
  'empty-section/empty': 'Раздел «{heading}» пуст; ожидается текст перед следующим заголовком.',
  'security-md-missing/none':
    'Нет SECURITY.md в корне, .github/ или docs/; ожидается политика, которая сообщает, как связаться с вами конфиденциально. На GitHub может действовать политика организации по умолчанию: укажите локальную копию её репозитория .github в --org-defaults PATH (или "orgDefaults" в .security-policy.json).',
  'security-md-missing/elsewhere':
    'Нет SECURITY.md там, где его показывает GitHub (корень, .github/ или docs/): {file} не показывается; ожидается, что его перенесут туда. На GitHub может действовать политика организации по умолчанию: укажите локальную копию её репозитория .github в --org-defaults PATH (или "orgDefaults" в .security-policy.json).',
  'policy-location/elsewhere': 'GitHub не показывает «{path}»; ожидается SECURITY.md в корне, .github/ или docs/.',
  'policy-location/inherited':
    'GitHub не показывает «{path}», а показывает политику организации по умолчанию ({inherited}); ожидается SECURITY.md в корне, .github/ или docs/.',
  'policy-duplicate/duplicate':
    'Есть ещё одна политика ({others}), и GitHub показывает «{shown}»; ожидается один SECURITY.md.',
  'scorecard-shadowed/shadowed':
    'OpenSSF Scorecard может оценить {files} вместо этой политики; ожидается, что других файлов с именем security.md нет.',
  'supported-versions-table/cells': 'Ячеек в этой строке: {cells}; ожидается {columns}, как в заголовке.',
  'supported-versions-table/shortcode':
    'Шорткод «{shortcode}» не отображается на GitHub; ожидается эмодзи, например ✅, или шорткод, например :white_check_mark:.',
  'supported-versions-table/ended': 'Поддержка «{support}» уже закончилась; ожидается актуальная дата.',
  'supported-versions-table/conflict':
    'Версия {version} отмечена как поддерживаемая, но «{other}» отмечает её как неподдерживаемую; ожидается один статус на версию.',
  'supported-versions-table/none': 'Ни одна версия не отмечена как поддерживаемая; ожидается хотя бы одна строка с ✅.',
  'template-unedited/instructions': 'Здесь остались инструкции из шаблона GitHub; ожидается собственный текст проекта.',
  'template-unedited/sampleTable':
    'Здесь осталась примерная таблица версий GitHub (5.1.x, 5.0.x, 4.0.x, < 4.0); ожидаются собственные версии проекта.',
  'mojibake/misdecoded':
    'Неверно декодированный текст «{found}»; ожидается «{replacement}» (UTF-8 прочитан как Windows-1252/1254).',
  'merge-conflict-marker/marker': 'Маркер конфликта слияния «{marker}»; ожидается, что конфликт разрешён.',
  'not-utf8/binary': 'Файл содержит байты NUL и похож на двоичный; ожидается текст в UTF-8.',
  'not-utf8/invalid': 'Здесь недопустимый UTF-8 (показан как U+FFFD); ожидается текст в UTF-8.',
  'no-contact/noChannel':
    'Не указано, как сообщить об уязвимости; ожидается адрес электронной почты, URL для сообщений или приватные сообщения об уязвимостях на GitHub.',
  'no-contact/noContactField': 'Нет поля Contact; ожидается хотя бы одно «Contact:» с URI mailto:, tel: или https://.',
  'insecure-link/insecure': '«{url}» не зашифрован; ожидается https://.',
  'undeliverable-contact/noreply':
    '«{address}» — адрес noreply, который не принимает сообщения; ожидается ящик, который кто-то читает.',
  'undeliverable-contact/invalid': '«{address}» — недопустимый адрес электронной почты; ожидается name@domain.tld.',
  'undeliverable-contact/invalidMailto':
    '«{address}» — недопустимый адрес электронной почты; ожидается mailto:name@domain.tld.',
  'undeliverable-contact/cloudflare':
    'Вместо адреса скопирован скрытый Cloudflare текст «[email protected]»; ожидается настоящий адрес.',
  'undeliverable-contact/mailtoInvalid':
    'В ссылке mailto «{url}» нет допустимого адреса; ожидается mailto:name@domain.tld.',
  'undeliverable-contact/noMailto': 'В ссылке на «{url}» нет «mailto:»; ожидается mailto:{url}.',
  'broken-link/empty': 'Пустая ссылка; ожидается URL, файл или #заголовок.',
  'broken-link/anchor': 'Ни один заголовок не даёт якорь «{anchor}»; ожидается один из заголовков документа.',
  'broken-link/host': 'Хост «{host}» в «{url}» записан неверно; ожидается доменное имя вроде «{domain}».',
  'broken-link/file': 'Файла «{path}» не существует; ожидается путь относительно этой политики.',
  'broken-link/notInRepository': '«{path}» нет в этом репозитории; ожидается путь к существующему файлу.',
  'placeholder/unfilled': 'Незаполненный заполнитель «{value}»; ожидается настоящее значение.',
  'placeholder/exampleDomain':
    '«{address}» использует зарезервированный домен для примеров; ожидается настоящий адрес.',
  'placeholder/reservedLink': 'Ссылка на зарезервированный домен «{host}»; ожидается настоящий адрес.',
  'placeholder/sample': '«{value}» — пример из шаблона Security Insights; ожидается значение самого проекта.',
  'placeholder/reservedDomain': '«{value}» использует зарезервированный домен «{domain}»; ожидается настоящий адрес.',
  'check-limits':
    'В этом абзаце больше скобок, обратных кавычек или знаков цитаты, чем бывает в политике, поэтому он читается как простой текст (ссылки и код в нём не распознаются).',
  'insights-missing':
    'В репозитории нет security-insights.yml; ожидается файл в корне или в .github/ как свидетельство для OSPS Baseline.',
  'contact-mismatch/txt':
    'В security.txt указано {contacts}, а в SECURITY.md — {policy}; ожидаются одни и те же контакты.',
  'contact-mismatch/txtInherited':
    'В security.txt указано {contacts}, а в SECURITY.md (унаследованном от {inherited}) — {policy}; ожидаются одни и те же контакты.',
  'contact-mismatch/siPolicy':
    'В security-insights.yml указано «{mine}», а в SECURITY.md — {emails}; ожидается один и тот же контакт.',
  'contact-mismatch/siInherited':
    'В security-insights.yml указано «{mine}», а в SECURITY.md (унаследованном от {inherited}) — {emails}; ожидается один и тот же контакт.',
  'contact-mismatch/siSecurityTxt':
    'В security-insights.yml указано «{mine}», а в security.txt — {emails}; ожидается один и тот же контакт.',
  'disable-unknown-rule/suggestion':
    'Неизвестное правило «{id}» в комментарии отключения; возможно, имелось в виду «{suggestion}»?',
  'disable-unknown-rule/unknown': 'Неизвестное правило «{id}» в комментарии отключения: он ничего не отключает.',
  'disable-unused/none': 'Неиспользуемый комментарий отключения: он не подавил ни одного замечания.',
  'disable-unused/one': 'Неиспользуемый комментарий отключения: здесь нет замечаний «{id}», которые нужно подавить.',
  'disable-unused/many': 'Неиспользуемый комментарий отключения: здесь нет замечаний {ids}, которые нужно подавить.',
};
