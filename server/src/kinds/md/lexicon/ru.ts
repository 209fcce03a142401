/** Russian: case endings vary, so a few phrases are patterns ("проблема/проблемы безопасности"). */
import type { Pattern, Words } from './types';

const SECURITY_PROBLEM: Pattern = { pattern: String.raw`проблем\S{0,2} безопасности`, reads: 'проблема безопасности' };

export const ru: Words = {
  headings: {
    reporting: ['сообщ', 'уязвим', 'контакт'],
    supportedVersions: ['поддерживаемые версии'],
    response: ['сроки', 'время ответа', 'ответ'],
    disclosure: ['раскрыт'],
    scope: ['област', 'рамки'],
    safeHarbor: ['добросовестн', 'безопасная гавань', 'правов'],
  },
  reporting: ['сообщ', 'уязвим'],
  policy: ['уязвим', SECURITY_PROBLEM],
  vulnerability: ['уязвим', SECURITY_PROBLEM],
  response: ['ответ', 'подтверд', 'отклик'],
  disclosure: ['публик', 'раскры'],
  negation: ['не', 'никогда'],
  trackerNouns: ['задач'],
  trackerBefore: ['откройте', 'создайте'],
  trackerAfter: ['открыть', 'создать'],
  githubPrivate: [
    {
      pattern: String.raw`приватн\S{0,4} сообщени\S{0,3} об уязвимост`,
      reads: 'приватное сообщение об уязвимости',
    },
  ],
  supportedVersions: ['поддерживаемые версии', 'только последн'],
  scope: ['область действия', 'область применения', 'вне области'],
  safeHarbor: ['добросовестн', 'безопасная гавань'],
  noLegalAction: ['не будем преследовать'],
  resourceHeadings: ['ресурсы'],
  publicKey: [{ pattern: String.raw`открыт\S{0,3} ключ`, reads: 'открытый ключ' }],
  keyServer: [{ pattern: String.raw`сервер\S{0,3} ключей`, reads: 'сервер ключей' }],
  template: [
    'Используйте этот раздел, чтобы',
    'какие версии вашего проекта',
    'Расскажите им, куда',
    'расскажите им, куда',
  ],
};
