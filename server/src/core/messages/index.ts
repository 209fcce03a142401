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
import { l10nCatalogs, translatedLanguage } from '../l10n';

export type { MessageCatalog };

/** The catalog key of a finding's message: `<rule id>/<message id>`, or the rule id for a rule's one fixed sentence. */
export const messageKey = (finding: { ruleId: string; messageId?: string }): string =>
  finding.messageId === undefined ? finding.ruleId : `${finding.ruleId}/${finding.messageId}`;

/** A finding's message in a locale ("de", "pt-BR", "zh-cn"); the English message where there is none. */
export function localizedMessage(
  finding: { ruleId: string; message: string; messageId?: string; values?: MessageValues },
  locale: string | undefined,
): string {
  const language = translatedLanguage(locale);
  const catalog = language && l10nCatalogs().MESSAGE_CATALOGS[language];
  const key = messageKey(finding);
  return catalog && Object.hasOwn(catalog, key) ? formatMessage(catalog[key], finding.values) : finding.message;
}
