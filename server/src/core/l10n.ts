/**
 * The translated catalogs (./l10n-catalogs.ts), loaded the first time a language other than English asks for one:
 * an English run never builds them. For Node they are a file of their own (dist/l10n-catalogs.js, scripts/build.mjs),
 * which an English run does not even parse; the web bundle holds them, initialised on the same first use.
 */
import type * as Catalogs from './l10n-catalogs';
import { LANGUAGES } from './timeframe-words';

/**
 * The languages with catalogs, known without loading them: every language the engine reads but English.
 * test/l10n.test.ts checks it against every catalog.
 */
export const TRANSLATED_LANGUAGES: ReadonlySet<string> = new Set(LANGUAGES.filter((language) => language !== 'en'));

/** The language of a locale ("de", "pt-BR", "zh-cn") when it has catalogs; undefined for English and the others. */
export function translatedLanguage(locale: string | undefined): string | undefined {
  const language = locale?.toLowerCase().split(/[-_]/)[0];
  return language && TRANSLATED_LANGUAGES.has(language) ? language : undefined;
}

let catalogs: typeof Catalogs | undefined;

/** The catalogs, loaded on the first call. */
export function l10nCatalogs(): typeof Catalogs {
  // A require, not an import: an import would build every catalog when the bundle starts.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (catalogs ??= require('./l10n-catalogs') as typeof Catalogs);
}
