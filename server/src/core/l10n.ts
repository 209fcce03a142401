/**
 * The translated catalogs (./l10n-catalogs.ts), loaded the first time a language other than English asks for one:
 * an English run never builds them. The bundles keep that module lazily initialised (esbuild runs the code of a
 * module that is only required when it is first required), so a run of the CLI starts about 40 ms sooner.
 */
import type * as Catalogs from './l10n-catalogs';

/** The languages with catalogs, known without loading them; test/l10n.test.ts checks it against every catalog. */
export const TRANSLATED_LANGUAGES: ReadonlySet<string> = new Set([
  'de',
  'es',
  'fr',
  'pt',
  'it',
  'ru',
  'zh',
  'ja',
  'ko',
]);

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
