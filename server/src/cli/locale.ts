/**
 * `check --locale <tag>`: the findings' messages in a language, where core/messages has them (the rule ids stay). The
 * check puts each one beside the English as `localizedMessage` (fileReport, with the message's values); text, GitHub
 * annotations, Markdown and HTML show it instead of the English message, JSON, JSON Lines and SARIF keep the English
 * `message` for scripts and the localized one beside it (in SARIF the result's properties).
 */
import type { UnitResult } from './check-unit';
import type { Format } from './formats';
import type { Reporter } from './reporters';

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
