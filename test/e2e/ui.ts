/**
 * Driving the VS Code workbench (code-server in Chromium) as a user does, for the end-to-end suites: the Problems
 * panel, the Explorer, tabs, the command palette, the settings editor and the editor's lines. Each wait ends on
 * what the UI shows, and a failed wait saves a screenshot in the suite's folder.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

let page: Page;
let shots: string;
let userSettings: string;

/** The page the helpers below drive, the folder for their screenshots and the user settings file they edit. */
export function useWorkbench(workbench: Page, screenshots: string, settingsFile: string): void {
  page = workbench;
  shots = screenshots;
  userSettings = settingsFile;
}

export async function problems(): Promise<string[]> {
  return page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
}

/** Waits until some (or, with `present` false, no) row of the Problems panel has a label containing `text`. */
export async function waitForProblem(text: string, present = true, timeout = 60_000): Promise<void> {
  try {
    await page.waitForFunction(
      ([wanted, shown]) =>
        Array.from(document.querySelectorAll('.markers-panel .monaco-list-row')).some((r) =>
          (r.getAttribute('aria-label') ?? '').includes(wanted),
        ) === shown,
      [text, present] as const,
      { timeout },
    );
  } catch (error) {
    await page.screenshot({ path: join(shots, `failed-${text.replace(/\W+/g, '-')}.png`) });
    throw new Error(`${present ? 'No' : 'Still a'} problem with "${text}"; rows:\n${(await problems()).join('\n')}`, {
      cause: error,
    });
  }
}

/** Opens a workspace file from the Explorer, expanding its folders, and waits for its tab to be the active one. */
export async function openFile(relativePath: string): Promise<void> {
  const parts = relativePath.split('/');
  for (const [depth, part] of parts.entries()) {
    const item = page
      .locator(`.explorer-folders-view [role="treeitem"][aria-level="${depth + 1}"]`, { hasText: part })
      .filter({ has: page.getByText(part, { exact: true }) })
      .first();
    await item.waitFor({ timeout: 30_000 });
    const isFolder = depth < parts.length - 1;
    if (!isFolder || (await item.getAttribute('aria-expanded')) !== 'true') await item.click();
  }
  await waitForActiveTab(parts[parts.length - 1]);
}

/** Waits until the active editor tab names `name` (and, with `dirty`, has unsaved changes). */
export async function waitForActiveTab(name: string, options: { dirty?: boolean } = {}): Promise<void> {
  try {
    await page.waitForFunction(
      ([wanted, dirty]) => {
        const tab = document.querySelector('.tabs-container .tab.active');
        return (
          !!tab &&
          (tab.getAttribute('aria-label') ?? tab.textContent ?? '').includes(wanted) &&
          (!dirty || tab.classList.contains('dirty'))
        );
      },
      [name, options.dirty === true] as const,
      { timeout: 30_000 },
    );
  } catch (error) {
    await page.screenshot({ path: join(shots, `failed-tab-${name}.png`) });
    throw error;
  }
}

/**
 * Runs a command from the palette. In a window that has just opened, the extension's commands may not be listed
 * yet: the palette is then closed and opened again until they are, for up to a minute.
 */
export async function runCommand(title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input[aria-controls="quickInput_list"]');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+Shift+P');
    await input.waitFor({ timeout: 30_000 });
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 12) {
        await page.screenshot({ path: join(shots, 'failed-command.png') });
        throw new Error(`The command palette does not list "${title}"`, { cause: error });
      }
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('Enter');
}

/** Replaces the user settings the way a user does: in the settings.json editor, then saves. */
export async function editUserSettings(settings: object): Promise<void> {
  await runCommand('Preferences: Open User Settings (JSON)');
  await waitForActiveTab('settings.json');
  await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  // Typed on one line into an emptied editor; whatever auto-closing adds after the cursor is then removed.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(JSON.stringify(settings));
  await page.keyboard.press('Control+Shift+End');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+S');
  const wanted = JSON.stringify(settings);
  for (let waited = 0; JSON.stringify(parseOrUndefined(readFileSync(userSettings, 'utf8'))) !== wanted; waited += 200) {
    if (waited > 30_000) {
      await page.screenshot({ path: join(shots, 'failed-settings.png') });
      assert.fail(`settings.json was not saved with ${wanted}:\n${readFileSync(userSettings, 'utf8')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Waits until a line of the active editor shows `text`. */
export async function waitForLine(text: string | RegExp, label: string): Promise<void> {
  try {
    await page
      .locator('.part.editor .monaco-editor .view-line', { hasText: text })
      .first()
      .waitFor({ timeout: 30_000 });
  } catch (error) {
    await page.screenshot({ path: join(shots, `failed-${label}.png`) });
    throw new Error(`No editor line shows ${String(text)} (${label})`, { cause: error });
  }
}

export async function goTo(lineColumn: string): Promise<void> {
  await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(lineColumn);
  await page.keyboard.press('Enter');
}

/** The text box of the wizard step on screen. */
export function stepInput(): Locator {
  return page.locator('.quick-input-widget input').first();
}

/** Waits for the QuickPick / InputBox of a wizard step, by its prompt (text) or placeholder. */
export async function waitForStep(text: string | RegExp): Promise<void> {
  const [source, flags] =
    typeof text === 'string' ? [text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), ''] : [text.source, text.flags];
  try {
    await page.waitForFunction(
      ([src, fl]) => {
        const pattern = new RegExp(src, fl);
        return Array.from(document.querySelectorAll<HTMLElement>('.quick-input-widget')).some((w) => {
          if (w.offsetParent === null && getComputedStyle(w).display === 'none') return false;
          const input = w.querySelector<HTMLInputElement>('input');
          return pattern.test(w.textContent ?? '') || (!!input && pattern.test(input.placeholder));
        });
      },
      [source, flags] as const,
      { timeout: 30_000 },
    );
  } catch (error) {
    await page.screenshot({ path: join(shots, 'failed-wizard-step.png') });
    throw new Error(`No wizard step "${String(text)}"`, { cause: error });
  }
}
