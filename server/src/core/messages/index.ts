/**
 * Diagnostic messages in the user's language (the editor's locale, sent in `initialize`): each message is written
 * once per language, in ./<language>.ts (security.txt's in ./txt/<language>.ts, security-insights.yml's in
 * ./si/<language>.ts), in that language's one grammar ("X, expected Y" as the English says it),
 * as a whole sentence with the same `{placeholders}` as the English. A catalog's key is the rule id for a rule whose
 * message is one fixed sentence, `<rule id>/<message id>` for a sentence of a rule's `meta.messages`, which the rule
 * reports by id with its values (core/message-text.ts). Messages not in a catalog stay English, as does the rule id.
 * test/messages.test.ts checks that every catalog has the same keys, each naming a rule's single message or one of
 * its `meta.messages`, with the same placeholders, none left in English.
 */
import { formatMessage, type MessageValues } from '../message-text';
import type { MessageCatalog } from './types';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { it } from './it';
import { ru } from './ru';
import { zh } from './zh';
import { ja } from './ja';
import { ko } from './ko';
import { deTxt } from './txt/de';
import { esTxt } from './txt/es';
import { frTxt } from './txt/fr';
import { ptTxt } from './txt/pt';
import { itTxt } from './txt/it';
import { ruTxt } from './txt/ru';
import { zhTxt } from './txt/zh';
import { jaTxt } from './txt/ja';
import { koTxt } from './txt/ko';
import { deSi } from './si/de';
import { esSi } from './si/es';
import { frSi } from './si/fr';
import { ptSi } from './si/pt';
import { itSi } from './si/it';
import { ruSi } from './si/ru';
import { zhSi } from './si/zh';
import { jaSi } from './si/ja';
import { koSi } from './si/ko';

export type { MessageCatalog };

/**
 * Each language's catalog: SECURITY.md's and the shared rules (./<language>.ts), security.txt's
 * (./txt/<language>.ts), security-insights.yml's (./si/<language>.ts).
 */
export const MESSAGE_CATALOGS: Readonly<Record<string, MessageCatalog>> = {
  de: { ...de, ...deTxt, ...deSi },
  es: { ...es, ...esTxt, ...esSi },
  fr: { ...fr, ...frTxt, ...frSi },
  pt: { ...pt, ...ptTxt, ...ptSi },
  it: { ...it, ...itTxt, ...itSi },
  ru: { ...ru, ...ruTxt, ...ruSi },
  zh: { ...zh, ...zhTxt, ...zhSi },
  ja: { ...ja, ...jaTxt, ...jaSi },
  ko: { ...ko, ...koTxt, ...koSi },
};

/** The catalog key of a finding's message: `<rule id>/<message id>`, or the rule id for a rule's one fixed sentence. */
export const messageKey = (finding: { ruleId: string; messageId?: string }): string =>
  finding.messageId === undefined ? finding.ruleId : `${finding.ruleId}/${finding.messageId}`;

/** A finding's message in a locale ("de", "pt-BR", "zh-cn"); the English message where there is none. */
export function localizedMessage(
  finding: { ruleId: string; message: string; messageId?: string; values?: MessageValues },
  locale: string | undefined,
): string {
  const language = locale?.toLowerCase().split(/[-_]/)[0];
  const catalog = language && Object.hasOwn(MESSAGE_CATALOGS, language) ? MESSAGE_CATALOGS[language] : undefined;
  const key = messageKey(finding);
  return catalog && Object.hasOwn(catalog, key) ? formatMessage(catalog[key], finding.values) : finding.message;
}
