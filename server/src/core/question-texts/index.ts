/**
 * The questions of the wizards and of `init` (core/questions.ts and each kind's questions.ts) in the user's language:
 * their prompts, choices and descriptions, and what their validators say of a bad answer (core/answers.ts, each
 * kind's answers.ts), each written once per language in ./<language>.ts and keyed by its
 * English text, with the same `{0}` placeholders. The VS Code wizard (client/src/steps.ts) and the terminal prompts
 * (cli/prompts.ts) both read them here. A text not here (a path, a repository, a language's own name) stays as it is.
 * test/l10n.test.ts requires every question's texts in every language.
 */
import { formatMessage, type Message } from '../questions';
import type { QuestionTexts } from './types';
import { l10nCatalogs, translatedLanguage } from '../l10n';
export type { QuestionTexts };

/** A question's text in a locale ("de", "pt-BR", "zh-cn"), its arguments put in; the English where there is none. */
export function questionText([text, ...args]: Message, locale: string | undefined): string {
  const language = translatedLanguage(locale);
  const texts = language ? l10nCatalogs().QUESTION_TEXTS[language] : undefined;
  return formatMessage([texts && Object.hasOwn(texts, text) ? texts[text] : text, ...args]);
}
