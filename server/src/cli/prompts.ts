/**
 * Terminal prompts for the shared question descriptions (core/questions.ts): `init` asks exactly what the VS
 * Code wizard asks, in the same words in each language (core/question-texts/; what the prompts say around them in
 * ./prompt-texts.ts). Enter keeps the [default]; "-" leaves an optional answer out; a bad answer is asked again.
 */
import type * as Readline from 'node:readline/promises';
import {
  promptMessage,
  type Choice,
  type ChoiceQuestion,
  type Message,
  type MultiQuestion,
  type Question,
  type TextQuestion,
} from '../core/questions';
import { questionText } from '../core/question-texts';
import { promptText, type PromptKey } from './prompt-texts';

const NONE = /^(?:-|none)$/i;

export class Prompter {
  private readonly rl;

  /** `language`: the language of the questions (./locale.ts, promptLanguage); English when undefined. */
  constructor(
    input: NodeJS.ReadableStream,
    private readonly output: NodeJS.WritableStream,
    readonly language?: string,
  ) {
    // Required here, not at the top: only `init` asks anything, and every other run would pay for loading it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createInterface } = require('node:readline/promises') as typeof Readline;
    this.rl = createInterface({ input, output, terminal: false });
  }

  /** What the prompts say around the questions, in the prompts' language. */
  say(...message: [PromptKey, ...Array<string | number>]): string {
    return promptText(message, this.language);
  }

  /** Asks until the answer is valid; an empty answer takes the default. */
  async ask(question: string, fallback: string, validate: (answer: string) => string | undefined): Promise<string> {
    for (;;) {
      const answer = (await this.rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback;
      const problem = validate(answer);
      if (!problem) return answer;
      this.output.write(`  ${problem}\n`);
    }
  }

  async confirm(question: string, fallback: boolean): Promise<boolean> {
    const answer = await this.ask(`${question} (y/n)`, fallback ? 'y' : 'n', (a) =>
      /^(?:y|yes|n|no)$/i.test(a) ? undefined : this.say('Answer y or n.'),
    );
    return /^y/i.test(answer);
  }

  /** Asks each question that applies to the draft, in order, and writes the answers into it. */
  async askAll<D>(questions: ReadonlyArray<Question<D>>, draft: D): Promise<void> {
    for (const q of questions) if (q.when?.(draft) ?? true) await this.askOne(q, draft);
  }

  private async askOne<D>(q: Question<D>, draft: D): Promise<void> {
    if (q.kind === 'text') await this.askText(q, draft);
    else if (q.kind === 'choice') await this.askChoice(q, draft);
    else await this.askMulti(q, draft);
  }

  private text(message: Message): string {
    return questionText(message, this.language);
  }

  /** A validator's message, in the prompts' language. */
  private problem(message: Message | undefined): string | undefined {
    return message && this.text(message);
  }

  /** The question, in the prompts' language. */
  private prompt<D>(q: Question<D>, draft: D): string {
    return this.text(promptMessage(q, draft));
  }

  /** The choices as a terminal user types them: `key = label`, the label in the prompts' language. */
  private keys<T>(choices: ReadonlyArray<Choice<T>>): string {
    const label = (c: Choice<T>): string => (c.message ? this.text(c.message) : this.text([c.label]));
    return choices.map((c) => (c.key === c.label ? c.key : `${c.key} = ${label(c)}`)).join(', ');
  }

  private async askText<D>(q: TextQuestion<D>, draft: D): Promise<void> {
    const fallback = q.get(draft) || (q.optional ? '-' : '');
    const answer = await this.ask(this.prompt(q, draft), fallback, (v) =>
      q.optional && NONE.test(v)
        ? undefined
        : v === ''
          ? this.say('An answer is needed.')
          : this.problem(q.validate(v)),
    );
    q.set(draft, q.optional && NONE.test(answer) ? '' : answer);
  }

  private async askChoice<D>(q: ChoiceQuestion<D, unknown>, draft: D): Promise<void> {
    const choices = q.choices(draft);
    const byKey = (v: string) => choices.find((c) => c.key.toLowerCase() === v.toLowerCase());
    const fallback = choices.find((c) => c.value === q.get(draft))?.key ?? '';
    const answer = await this.ask(`${this.prompt(q, draft)} (${this.keys(choices)})`, fallback, (v) => {
      if (byKey(v)) return undefined;
      const parsed = q.parse?.(v);
      return parsed === undefined
        ? this.say('Answer one of: {0}.', choices.map((c) => c.key).join(', '))
        : 'problem' in parsed
          ? this.text(parsed.problem)
          : undefined;
    });
    const chosen = byKey(answer);
    if (chosen)
      q.set(draft, chosen.value); // the value may be null ("none"): no ?? here
    else {
      const parsed = q.parse?.(answer);
      if (parsed && 'value' in parsed) q.set(draft, parsed.value);
    }
  }

  private async askMulti<D>(q: MultiQuestion<D, unknown>, draft: D): Promise<void> {
    const choices = q.choices(draft);
    const byKey = (v: string) => choices.find((c) => c.key.toLowerCase() === v.toLowerCase());
    const tokens = (v: string): string[] => (NONE.test(v) ? [] : v.split(/[,\s]+/).filter(Boolean));
    const selected = choices.filter((c) => q.get(draft).includes(c.value)).map((c) => c.key);
    const separate = this.say('separate with commas, "-" for none');
    const answer = await this.ask(
      `${this.prompt(q, draft)} (${this.keys(choices)}; ${separate})`,
      selected.join(', ') || '-',
      (v) => {
        const unknown = tokens(v).find((t) => !byKey(t));
        if (unknown) return this.say('"{0}" is not one of: {1}.', unknown, choices.map((c) => c.key).join(', '));
        return q.atLeastOne && tokens(v).length === 0 ? this.text([q.atLeastOne]) : undefined;
      },
    );
    q.set(
      draft,
      tokens(answer).map((t) => byKey(t)!.value),
    );
  }

  close(): void {
    this.rl.close();
  }
}
