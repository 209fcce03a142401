/**
 * Terminal prompts for the shared question descriptions (core/questions.ts): `init` asks exactly what the VS
 * Code wizard asks. Enter keeps the [default]; "-" leaves an optional answer out; a bad answer is asked again.
 */
import { createInterface } from 'node:readline/promises';
import { promptOf, type Question } from '../core/questions';

const NONE = /^(?:-|none)$/i;

export class Prompter {
  private readonly rl;

  constructor(
    input: NodeJS.ReadableStream,
    private readonly output: NodeJS.WritableStream,
  ) {
    this.rl = createInterface({ input, output, terminal: false });
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
      /^(?:y|yes|n|no)$/i.test(a) ? undefined : 'Answer y or n.',
    );
    return /^y/i.test(answer);
  }

  /** Asks each question that applies to the draft, in order, and writes the answers into it. */
  async askAll<D>(questions: ReadonlyArray<Question<D>>, draft: D): Promise<void> {
    for (const q of questions) if (q.when?.(draft) ?? true) await this.askOne(q, draft);
  }

  private async askOne<D>(q: Question<D>, draft: D): Promise<void> {
    const prompt = promptOf(q, draft);
    if (q.kind === 'text') {
      const fallback = q.get(draft) || (q.optional ? '-' : '');
      const answer = await this.ask(prompt, fallback, (v) =>
        q.optional && NONE.test(v) ? undefined : v === '' ? 'An answer is needed.' : q.validate(v),
      );
      q.set(draft, q.optional && NONE.test(answer) ? '' : answer);
      return;
    }
    const choices = q.choices(draft);
    const keys = choices.map((c) => (c.key === c.label ? c.key : `${c.key} = ${c.label}`)).join(', ');
    const byKey = (v: string) => choices.find((c) => c.key.toLowerCase() === v.toLowerCase());
    if (q.kind === 'choice') {
      const fallback = choices.find((c) => c.value === q.get(draft))?.key ?? '';
      const answer = await this.ask(`${prompt} (${keys})`, fallback, (v) => {
        if (byKey(v)) return undefined;
        const parsed = q.parse?.(v);
        return parsed === undefined
          ? `Answer one of: ${choices.map((c) => c.key).join(', ')}.`
          : 'problem' in parsed
            ? parsed.problem
            : undefined;
      });
      const chosen = byKey(answer);
      if (chosen)
        q.set(draft, chosen.value); // the value may be null ("none"): no ?? here
      else {
        const parsed = q.parse?.(answer);
        if (parsed && 'value' in parsed) q.set(draft, parsed.value);
      }
      return;
    }
    const tokens = (v: string): string[] => (NONE.test(v) ? [] : v.split(/[,\s]+/).filter(Boolean));
    const selected = choices.filter((c) => q.get(draft).includes(c.value)).map((c) => c.key);
    const answer = await this.ask(
      `${prompt} (${keys}; separate with commas, "-" for none)`,
      selected.join(', ') || '-',
      (v) => {
        const unknown = tokens(v).find((t) => !byKey(t));
        if (unknown) return `"${unknown}" is not one of: ${choices.map((c) => c.key).join(', ')}.`;
        return q.atLeastOne && tokens(v).length === 0 ? q.atLeastOne : undefined;
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
