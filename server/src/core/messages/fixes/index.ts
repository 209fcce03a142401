/**
 * Quick-fix titles in the user's language (the editor's locale, sent in `initialize`), written once per language in
 * ./<language>.ts as the message catalogs are (../index.ts), with the same `{placeholders}` as the English. A key is
 * `<rule id>/<title id>` for a title of a rule's `meta.fixTitles`, which its fix names by `titleId` with its
 * `titleValues` (core/message-text.ts forms the English title the same way); `note/<id>` for a note a kind adds to
 * every fix's title (core/kind.ts: `fixNote`); `lsp/<id>` for the language server's own actions (lsp/code-actions.ts:
 * LSP_TITLES). Titles not in a catalog stay English. test/fix-titles.test.ts checks that every catalog has the same
 * keys, each naming one of those English titles, with the same placeholders, none left in English.
 */
import { formatMessage, type MessageValues } from '../../message-text';
import type { Fix } from '../../types';
import type { MessageCatalog } from '../types';
import { l10nCatalogs, translatedLanguage } from '../../l10n';
/** The catalog of a locale ("de", "pt-BR", "zh-cn"), undefined for English and languages without one. */
function catalogOf(locale: string | undefined): MessageCatalog | undefined {
  const language = translatedLanguage(locale);
  return language ? l10nCatalogs().FIX_TITLE_CATALOGS[language] : undefined;
}

/** A title by its catalog key in a locale, from the English template and the values; the English where there is none. */
export function localizedTitle(
  key: string,
  english: string,
  values: MessageValues | undefined,
  locale: string | undefined,
): string {
  const catalog = catalogOf(locale);
  return formatMessage(catalog && Object.hasOwn(catalog, key) ? catalog[key] : english, values);
}

/** A finding's fix title in a locale, with the kind's note in that language; the English title where there is none. */
export function localizedFixTitle(
  finding: { ruleId: string; fix: Pick<Fix, 'title' | 'titleId' | 'titleValues' | 'noteId'> },
  locale: string | undefined,
): string {
  const { fix } = finding;
  const catalog = catalogOf(locale);
  const key = `${finding.ruleId}/${fix.titleId}`;
  if (!catalog || fix.titleId === undefined || !Object.hasOwn(catalog, key)) return fix.title;
  const title = formatMessage(catalog[key], fix.titleValues);
  if (fix.noteId === undefined) return title;
  const note = `note/${fix.noteId}`;
  return Object.hasOwn(catalog, note) ? title + catalog[note] : fix.title;
}
