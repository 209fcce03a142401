/** Russian: the wizard's and `init`'s questions, keyed by their English text (see ./index.ts). */
import type { QuestionTexts } from './types';

export const ru: QuestionTexts = {
  'Which language should the policy be written in?': 'На каком языке написать политику?',
  'Where should the policy go? GitHub shows it from any of these.':
    'Где разместить политику? GitHub показывает её из любого из этих мест.',
  'How should reporters reach you privately? (pick one or more)':
    'Как сообщающие могут связаться с вами конфиденциально? (один или несколько вариантов)',
  'Pick at least one way to report.': 'Выберите хотя бы один способ сообщить.',
  'GitHub repository (owner/repo) with private vulnerability reporting enabled':
    'Репозиторий GitHub (owner/repo) с включёнными приватными сообщениями об уязвимостях',
  'Email address for reports': 'Адрес электронной почты для сообщений',
  'Web form for reports': 'Веб-форма для сообщений',
  'OpenPGP key URL for encrypted reports (optional: leave empty for none)':
    'URL ключа OpenPGP для зашифрованных сообщений (необязательно: оставьте пустым, если ключа нет)',
  'Acknowledge a report within…': 'Подтверждать получение сообщения в течение…',
  'Coordinated disclosure: publish within…': 'Скоординированное раскрытие: публиковать в течение…',
  'Supported versions: "<" or "!" marks unsupported ones; empty means the latest release only':
    'Поддерживаемые версии: "<" или "!" отмечает неподдерживаемые; пусто — только последний релиз',
  'Supported versions: "<" or "!" marks unsupported ones (from {0}); empty means the latest release only':
    'Поддерживаемые версии: "<" или "!" отмечает неподдерживаемые (по данным {0}); пусто — только последний релиз',
  'Optional sections': 'Необязательные разделы',
  'Contacts from the policy (the security.txt should name the same)':
    'Контакты из политики (в security.txt должны быть те же)',
  'Contacts from {0} (the security.txt should name the same)': 'Контакты из {0} (в security.txt должны быть те же)',
  'Pick at least one contact.': 'Выберите хотя бы один контакт.',
  'An email or https:// URL for reports': 'Адрес электронной почты или URL https:// для сообщений',
  '{0} names no contact: an email or https:// URL for reports':
    'В {0} нет контактов: адрес электронной почты или URL https:// для сообщений',
  'OpenPGP key URL (Encryption; optional)': 'URL ключа OpenPGP (Encryption; необязательно)',
  'The web site that will serve the file, for Canonical (optional)':
    'Сайт, который будет отдавать файл, для Canonical (необязательно)',
  'Policy: the URL of your security policy (optional)': 'Policy: URL вашей политики безопасности (необязательно)',
  'Preferred languages for reports (RFC 5646 tags, comma-separated)':
    'Предпочитаемые языки сообщений (теги RFC 5646 через запятую)',
  'Project name': 'Название проекта',
  'Repository URL (repository.url; the git remote by default)':
    'URL репозитория (repository.url; по умолчанию — git remote)',
  'Who administers the project (a person or a team)': 'Кто администрирует проект (человек или команда)',
  'Security contact email (optional; SECURITY.md names it by default)':
    'Почта для вопросов безопасности (необязательно; по умолчанию — из SECURITY.md)',
  'Security policy URL (optional; your SECURITY.md by default)':
    'URL политики безопасности (необязательно; по умолчанию — ваш SECURITY.md)',
  'License (SPDX expression)': 'Лицензия (выражение SPDX)',
  'Repository status (repostatus.org)': 'Состояние репозитория (repostatus.org)',
  'repository root': 'корень репозитория',
  'next to other GitHub files': 'рядом с другими файлами GitHub',
  'with the documentation': 'вместе с документацией',
  'GitHub private vulnerability reporting': 'Приватные сообщения об уязвимостях на GitHub',
  'enable it in the repository settings': 'включите в настройках репозитория',
  'Reports arrive as draft security advisories.': 'Сообщения приходят как черновики бюллетеней безопасности.',
  Email: 'Электронная почта',
  'a monitored address such as security@…': 'ящик, который читают, например security@…',
  'Web form': 'Веб-форма',
  'an https:// page for reports': 'страница https:// для сообщений',
  '1 business day': '1 рабочий день',
  '{0} business days': 'рабочих дней: {0}',
  recommended: 'рекомендуется',
  '{0} days': 'дней: {0}',
  'the common default': 'обычное значение',
  'No fixed window': 'Без фиксированного срока',
  'agree on a date with each reporter': 'согласовывать дату с каждым сообщившим',
  Scope: 'Область действия',
  'what is in and out of scope': 'что входит в область действия, а что нет',
  'Safe Harbor': 'Правовая защита',
  'no legal action against good-faith research': 'никаких судебных преследований за добросовестные исследования',
  // The answers' validation messages (core/answers.ts and each kind's answers.ts and questions.ts).
  'Enter an email address, e.g. security@your-project.org.':
    'Введите адрес электронной почты, например security@your-project.org.',
  'Enter the address without "mailto:".': 'Введите адрес без "mailto:".',
  '"{0}" is not an email address, expected e.g. security@your-project.org.':
    '"{0}" — не адрес электронной почты; ожидается, например, security@your-project.org.',
  '"{0}" cannot receive reports, expected a monitored mailbox.':
    'На "{0}" нельзя отправлять сообщения; ожидается ящик, который читают.',
  'Enter a URL starting with https://.': 'Введите URL, начинающийся с https://.',
  '"{0}" is not a URL, expected one starting with https://.': '"{0}" — не URL; ожидается URL, начинающийся с https://.',
  '"{0}" is not https, expected a URL starting with https://.':
    '"{0}" — не https; ожидается URL, начинающийся с https://.',
  '"{0}" has no domain name, expected e.g. https://your-project.org/...':
    'В "{0}" нет доменного имени; ожидается, например, https://your-project.org/...',
  '"{0}" is not a GitHub repository, expected owner/repo.': '"{0}" — не репозиторий GitHub; ожидается owner/repo.',
  '{0} is not a number of business days from 1 to {1}.': '{0} — не число рабочих дней от 1 до {1}.',
  '{0} is not a disclosure window from {1} to {2} days.': '{0} — не срок раскрытия от {1} до {2} дней.',
  '"{0}" is not a version, expected e.g. "3.x, < 3.0".': '"{0}" — не версия; ожидается, например, "3.x, < 3.0".',
  'No version is supported, expected at least one, e.g. "3.x, < 3.0".':
    'Ни одна версия не поддерживается; ожидается хотя бы одна, например "3.x, < 3.0".',
  'Enter at least one language tag, e.g. en.': 'Введите хотя бы один языковой тег, например en.',
  '"{0}" is not a registered language subtag, expected e.g. en, de or pt-BR.':
    '"{0}" — не зарегистрированный подтег языка; ожидается, например, en, de или pt-BR.',
  '"{0}" is the country code of {1}, not a language, expected e.g. en, de or pt-BR.':
    '"{0}" — код страны {1}, а не язык; ожидается, например, en, de или pt-BR.',
  '"{0}" is the country code of {1}, not a language, expected "{2}".':
    '"{0}" — код страны {1}, а не язык; ожидается "{2}".',
  '"{0}" separates its subtags with "_", expected "{1}".': '"{0}" разделяет подтеги символом "_"; ожидается "{1}".',
  '"{0}" is not well-formed ({1}), expected e.g. en, de or pt-BR.':
    '"{0}" составлен неправильно ({1}); ожидается, например, en, de или pt-BR.',
  '"{0}" is not a well-formed language tag, expected e.g. en, de or pt-BR.':
    '"{0}" — неправильно составленный тег языка; ожидается, например, en, de или pt-BR.',
  '"{0}" in "{1}" is not a registered extended language subtag, expected e.g. en, de or pt-BR.':
    '"{0}" в "{1}" — не зарегистрированный подтег расширенного языка; ожидается, например, en, de или pt-BR.',
  '"{0}" in "{1}" is not a registered script subtag, expected e.g. en, de or pt-BR.':
    '"{0}" в "{1}" — не зарегистрированный подтег письменности; ожидается, например, en, de или pt-BR.',
  '"{0}" in "{1}" is not a registered region subtag, expected e.g. en, de or pt-BR.':
    '"{0}" в "{1}" — не зарегистрированный подтег региона; ожидается, например, en, de или pt-BR.',
  '"{0}" in "{1}" is not a registered variant subtag, expected e.g. en, de or pt-BR.':
    '"{0}" в "{1}" — не зарегистрированный подтег варианта; ожидается, например, en, de или pt-BR.',
  'The variant "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    'Вариант "{0}" встречается в "{1}" дважды; ожидается, например, en, de или pt-BR.',
  'The extension "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    'Расширение "{0}" встречается в "{1}" дважды; ожидается, например, en, de или pt-BR.',
  'Enter the project name.': 'Введите название проекта.',
  'Enter a name.': 'Введите имя.',
  'Enter an SPDX license expression such as MIT or Apache-2.0 OR MIT.':
    'Введите выражение лицензии SPDX, например MIT или Apache-2.0 OR MIT.',
};
