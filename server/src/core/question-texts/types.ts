/** A language's texts of the questions, keyed by the English text (`{0}` where a value goes, as in the English). */
export type QuestionTexts = Readonly<Record<string, string>>;
