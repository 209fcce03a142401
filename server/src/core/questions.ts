/**
 * The questions behind "Create SECURITY.md", "Create security.txt" and `security-policy init`, described once:
 * prompts, choices, defaults (from the draft), validation, order and when each is asked. The VS Code wizard
 * renders them as QuickPicks and InputBoxes, `init` as terminal prompts; both then generate from the same draft.
 */
/**
 * A text with `{0}`-style arguments, as VS Code's `l10n.t` takes it: a host that translates looks the text up and
 * puts the arguments in; the others format it (`formatMessage`).
 */
export type Message = readonly [text: string, ...args: Array<string | number>];

export function formatMessage([text, ...args]: Message): string {
  return text.replace(/\{(\d)\}/g, (whole, i: string) => String(args[Number(i)] ?? whole));
}

/** A choice whose label is a message (translated by hosts that translate). */
export function messageChoice<T>(value: T, key: string, message: Message): Choice<T> {
  return { value, key, label: formatMessage(message), message };
}

export interface Choice<T> {
  value: T;
  /** What a person picks: the wizard's item label. */
  label: string;
  /** The label as a message, when it has arguments or reads as prose a host may translate. */
  message?: Message;
  /** What a terminal user types for it. */
  key: string;
  description?: string;
  detail?: string;
}

interface QuestionBase<D> {
  id: string;
  /** The question; a function where it mentions something of the draft, then a message with its arguments. */
  prompt: string | ((draft: D) => Message);
  /** Asked only when this holds for the draft so far. */
  when?: (draft: D) => boolean;
}

/** One of several choices; a terminal also accepts any text `parse` understands (e.g. another number of days). */
export interface ChoiceQuestion<D, T> extends QuestionBase<D> {
  kind: 'choice';
  choices(draft: D): Array<Choice<T>>;
  get(draft: D): T;
  set(draft: D, value: T): void;
  parse?(text: string): { value: T } | { problem: Message };
}

/** Any number of choices, or at least one when `atLeastOne` says why. */
export interface MultiQuestion<D, T> extends QuestionBase<D> {
  kind: 'multi';
  choices(draft: D): Array<Choice<T>>;
  get(draft: D): T[];
  set(draft: D, values: T[]): void;
  atLeastOne?: string;
}

/**
 * Free text, validated as it is typed; an optional answer may be left empty. `validate` says what is wrong as a
 * message (its English template, translated in core/question-texts/), or undefined when the answer is valid.
 */
export interface TextQuestion<D> extends QuestionBase<D> {
  kind: 'text';
  placeholder: string;
  optional: boolean;
  validate: (value: string) => Message | undefined;
  get: (draft: D) => string;
  set: (draft: D, value: string) => void;
}

// Methods (not function properties) make a question of any choice type fit the list; each is typed where written.
export type Question<D> = ChoiceQuestion<D, unknown> | MultiQuestion<D, unknown> | TextQuestion<D>;

export function promptOf<D>(question: Question<D>, draft: D): string {
  return formatMessage(promptMessage(question, draft));
}

/** The question as a message, for a host that translates it. */
export function promptMessage<D>(question: Question<D>, draft: D): Message {
  return typeof question.prompt === 'function' ? question.prompt(draft) : [question.prompt];
}

/** A validator that accepts an empty answer (an optional question). */
export const optional =
  (validate: (v: string) => Message | undefined) =>
  (v: string): Message | undefined =>
    v === '' ? undefined : validate(v);
