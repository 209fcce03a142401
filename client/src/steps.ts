/**
 * A wizard's steps in VS Code: one QuickPick or InputBox at a time, with a Back button after the first step and
 * the step count in the title; Escape cancels everything. `stepOf` makes a step of a question of the shared
 * description (core/questions.ts), its texts in VS Code's display language.
 */
import * as vscode from 'vscode';
import { promptMessage, questionText, type Choice, type Message, type Question } from '../../server/src/client-api';

class Cancelled extends Error {}
const BACK = Symbol('back');
export type Step = () => Promise<'next' | 'skip' | typeof BACK>;

export interface PickItem<T> extends vscode.QuickPickItem {
  value: T;
}

/** One QuickPick / InputBox at a time, with a Back button after the first step; Escape cancels everything. */
export class Steps {
  position = 0;
  total = 0;

  constructor(private readonly title: string) {}

  pick<T>(options: { placeholder: string; items: PickItem<T>[]; active?: T }): Promise<T | typeof BACK> {
    return this.show(vscode.window.createQuickPick<PickItem<T>>(), (qp, done) => {
      qp.placeholder = options.placeholder;
      qp.items = options.items;
      const active = options.items.find((i) => i.value === options.active);
      if (active) qp.activeItems = [active];
      return qp.onDidAccept(() => {
        const chosen = qp.selectedItems[0] ?? qp.activeItems[0];
        if (chosen) done(chosen.value);
      });
    });
  }

  pickMany<T>(options: {
    placeholder: string;
    items: PickItem<T>[];
    selected: T[];
    atLeastOne?: string;
  }): Promise<T[] | typeof BACK> {
    return this.show(vscode.window.createQuickPick<PickItem<T>>(), (qp, done) => {
      qp.canSelectMany = true;
      qp.placeholder = options.placeholder;
      qp.items = options.items;
      qp.selectedItems = options.items.filter((i) => options.selected.includes(i.value));
      return qp.onDidAccept(() => {
        if (options.atLeastOne && qp.selectedItems.length === 0) {
          qp.placeholder = options.atLeastOne;
          return;
        }
        done(qp.selectedItems.map((i) => i.value));
      });
    });
  }

  input(options: {
    prompt: string;
    value: string;
    placeholder?: string;
    validate?: (value: string) => string | undefined;
  }): Promise<string | typeof BACK> {
    return this.show(vscode.window.createInputBox(), (box, done) => {
      box.prompt = options.prompt;
      box.value = options.value;
      box.placeholder = options.placeholder;
      const validate = (): string | undefined => options.validate?.(box.value.trim());
      const change = box.onDidChangeValue(() => {
        box.validationMessage = box.value.trim() ? validate() : undefined;
      });
      const accept = box.onDidAccept(() => {
        const problem = validate();
        box.validationMessage = problem;
        if (!problem) done(box.value.trim());
      });
      return vscode.Disposable.from(change, accept);
    });
  }

  private show<
    Q extends vscode.QuickInput & {
      buttons: readonly vscode.QuickInputButton[];
      onDidTriggerButton: vscode.Event<vscode.QuickInputButton>;
    },
    R,
  >(input: Q, wire: (input: Q, done: (value: R) => void) => vscode.Disposable): Promise<R | typeof BACK> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (value: R | typeof BACK): void => {
        settled = true;
        resolve(value);
        input.hide();
      };
      input.title = this.title;
      input.step = this.position;
      input.totalSteps = this.total;
      input.ignoreFocusOut = true;
      input.buttons = this.position > 1 ? [vscode.QuickInputButtons.Back] : [];
      const disposables = [
        wire(input, finish),
        input.onDidTriggerButton((button) => {
          if (button === vscode.QuickInputButtons.Back) finish(BACK);
        }),
        input.onDidHide(() => {
          for (const d of disposables) d.dispose();
          input.dispose();
          if (!settled) reject(new Cancelled());
        }),
      ];
      input.show();
    });
  }

  /** A step: asks (unless `when` says to skip it) and hands an answer that is not Back to `take`. */
  step<T>(ask: () => Promise<T | typeof BACK>, take: (answer: T) => void, when: () => boolean = () => true): Step {
    return async () => {
      if (!when()) return 'skip';
      const answer = await ask();
      if (answer === BACK) return BACK;
      take(answer);
      return 'next';
    };
  }

  /** Runs the steps in order; Back returns to the last step that was shown. False when the user pressed Escape. */
  async run(steps: Step[]): Promise<boolean> {
    try {
      await this.runSteps(steps);
      return true;
    } catch (error) {
      if (error instanceof Cancelled) return false;
      throw error;
    }
  }

  private async runSteps(steps: Step[]): Promise<void> {
    this.total = steps.length;
    const shown: number[] = [];
    let i = 0;
    while (i < steps.length) {
      this.position = shown.length + 1;
      const result = await steps[i]();
      if (result === BACK) {
        i = shown.pop() ?? 0;
      } else {
        if (result === 'next') shown.push(i);
        i++;
      }
    }
  }
}

/**
 * The questions' texts in VS Code's display language, as the engine writes them (core/question-texts/, which `init`
 * reads too); a text not there (a path, a repository, a language's own name) is shown as it is.
 */
const t = (message: Message): string => questionText(message, vscode.env.language);

/** A wizard step for a question of the shared description (core/questions.ts). */
export function stepOf<D>(ui: Steps, q: Question<D>, draft: D): Step {
  const when = (): boolean => q.when?.(draft) ?? true;
  const prompt = (): string => t(promptMessage(q, draft));
  const items = <T>(choices: Array<Choice<T>>): Array<PickItem<T>> =>
    choices.map((c) => ({
      label: c.message ? t(c.message) : t([c.label]),
      description: c.description && t([c.description]),
      detail: c.detail && t([c.detail]),
      value: c.value,
    }));
  switch (q.kind) {
    case 'choice':
      return ui.step(
        () => ui.pick({ placeholder: prompt(), items: items(q.choices(draft)), active: q.get(draft) }),
        (value) => q.set(draft, value),
        when,
      );
    case 'multi':
      return ui.step(
        () =>
          ui.pickMany({
            placeholder: prompt(),
            items: items(q.choices(draft)),
            selected: q.get(draft),
            atLeastOne: q.atLeastOne && t([q.atLeastOne]),
          }),
        (values) => q.set(draft, values),
        when,
      );
    case 'text':
      return ui.step(
        () =>
          ui.input({
            prompt: prompt(),
            value: q.get(draft),
            placeholder: q.placeholder,
            validate: (value) => {
              const problem = q.validate(value);
              return problem && t(problem);
            },
          }),
        (value) => q.set(draft, value),
        when,
      );
  }
}
