/**
 * `check --locale <tag>`: the findings' messages in a language, where core/messages has them (the rule ids stay).
 * Text, GitHub annotations, Markdown and HTML show the localized message; JSON, JSON Lines and SARIF keep the English
 * `message` for scripts and add the localized one (`localizedMessage`, in SARIF the result's properties).
 */
import { localizedMessage } from '../core/messages';
import type { UnitResult } from './check-unit';
import type { Format } from './formats';
import type { Reporter } from './reporters';

const KEEPS_ENGLISH: ReadonlySet<Format> = new Set(['json', 'jsonl', 'sarif']);

export function localizing(reporter: Reporter, format: Format, locale: string | undefined): Reporter {
  if (!locale) return reporter;
  const keep = KEEPS_ENGLISH.has(format);
  return { add: (result) => reporter.add(localized(result, locale, keep)), end: () => reporter.end() };
}

function localized(result: UnitResult, locale: string, keepEnglish: boolean): UnitResult {
  const reports = result.reports.map((r) => ({
    ...r,
    diagnostics: r.diagnostics.map((d) => {
      const text = localizedMessage({ ruleId: d.rule, message: d.message }, locale);
      if (text === d.message) return d;
      return keepEnglish ? { ...d, localizedMessage: text } : { ...d, message: text };
    }),
  }));
  return { ...result, reports };
}
