/**
 * `check --locale <tag>`: the findings' messages in a language, where core/messages has them (the rule ids stay). The
 * check puts each one beside the English as `localizedMessage` (fileReport, with the message's values); text, GitHub
 * annotations, Markdown and HTML show it instead of the English message, JSON, JSON Lines and SARIF keep the English
 * `message` for scripts and the localized one beside it (in SARIF the result's properties). Without `--locale`, the
 * language is the environment's (environmentLocale), as for other command-line tools.
 */
import type { UnitResult } from './check-unit';
import type { Format } from './formats';
import type { Reporter } from './reporters';
import { translatedLanguage } from '../core/l10n';
import { writtenLanguage } from '../kinds/md/texts';

/** The variables POSIX reads for the language of messages, in the order it reads them. */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language the environment asks for, read as POSIX does: the first of LC_ALL, LC_MESSAGES and LANG that is set
 * and not empty, `language[_territory][.codeset][@modifier]` ("de_DE.UTF-8" → "de-DE"); undefined for English, which
 * C and POSIX (with any codeset, "C.UTF-8") are, and for nothing set.
 */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = LOCALE_VARIABLES.map((name) => env[name]).find((v) => v !== undefined && v !== '');
  const name = value?.split(/[.@]/)[0];
  if (!name || name === 'C' || name === 'POSIX') return undefined;
  return name.replace('_', '-');
}

/** `init`'s default policy language: the environment's, when a policy can be written in it (as the wizard takes
 * VS Code's display language). */
export function environmentPolicyLanguage(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return writtenLanguage(environmentLocale(env));
}

/**
 * The language `init` asks its questions in: the environment's when the questions are written in it, else the
 * policy's (`--lang`) when they are; undefined for English.
 */
export function promptLanguage(policyLanguage: string | undefined, locale: string | undefined): string | undefined {
  return translatedLanguage(locale) ?? translatedLanguage(policyLanguage);
}

const KEEPS_ENGLISH: ReadonlySet<Format> = new Set(['json', 'jsonl', 'sarif']);

export function localizing(reporter: Reporter, format: Format, locale: string | undefined): Reporter {
  if (!locale || KEEPS_ENGLISH.has(format)) return reporter;
  return { add: (result) => reporter.add(localized(result)), end: () => reporter.end() };
}

function localized(result: UnitResult): UnitResult {
  const reports = result.reports.map((r) => ({
    ...r,
    diagnostics: r.diagnostics.map(({ localizedMessage, ...d }) =>
      localizedMessage === undefined ? d : { ...d, message: localizedMessage },
    ),
  }));
  return { ...result, reports };
}
