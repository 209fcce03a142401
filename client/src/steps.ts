/**
 * A wizard's steps in VS Code: one QuickPick or InputBox at a time, with a Back button after the first step and
 * the step count in the title; Escape cancels everything.
 */
import * as vscode from 'vscode';

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
