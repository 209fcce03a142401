/**
 * Diagnostic messages in the user's language (the editor's locale, sent in `initialize`): each rule's message is
 * written once per language, in ./<language>.ts, in that language's one grammar ("X, expected Y" as the English
 * says it). So far the SECURITY.md rules whose message is one fixed sentence: what a policy lacks (response time,
 * disclosure window, supported versions, safe harbor, scope, issuance date, title, a private or encrypted channel),
 * public-issue instructions, an unverifiable key, a file that is no policy; every other message stays English, as
 * does the rule id. test/messages.test.ts checks that a catalog names only
 * rules with a single message, and the same rules in every language.
 */
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

export type { MessageCatalog };

export const MESSAGE_CATALOGS: Readonly<Record<string, MessageCatalog>> = { de, es, fr, pt, it, ru, zh, ja, ko };

/** A finding's message in a locale ("de", "pt-BR", "zh-cn"); the English message where there is none. */
export function localizedMessage(finding: { ruleId: string; message: string }, locale: string | undefined): string {
  const language = locale?.toLowerCase().split(/[-_]/)[0];
  const catalog = language && Object.hasOwn(MESSAGE_CATALOGS, language) ? MESSAGE_CATALOGS[language] : undefined;
  return catalog && Object.hasOwn(catalog, finding.ruleId) ? catalog[finding.ruleId] : finding.message;
}
