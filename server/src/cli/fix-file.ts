/**
 * `check --fix` and `check --diff` on one opened file: the safe fixes the engine applies (`fixText`), written in
 * place (./node/safe-write.ts) or, with `--diff`, shown as the unified diff of what would be written. Either way
 * the result says how many fixes, so that the run can say "Fixed N problems in M files" or "Would fix …".
 */
import { fixText, unifiedDiff, type Config, type Environment, type FileKind } from '../index';
import { looksBinary, type OpenedFile } from '../node/safe-io';
import { replaceOpenedFile } from '../node/safe-write';
import { quotePath } from './quote-path';

/** A file `--fix` rewrote, or `--diff` found it would: the fixes applied, and with `--diff` the diff. */
export interface FileFix {
  /** The path as the text format shows it. */
  file: string;
  /** Fixes applied (a fix may repair one finding; `fixText`'s count, over its passes). */
  applied: number;
  /** `--diff`: the unified diff from the file to what `--fix` would write (`--- a/<file>`, `+++ b/<file>`). */
  diff?: string;
}

export type FixMode = 'fix' | 'diff';

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A side of the diff as git names it: `a/` or `b/` before the path, the whole quoted (./quote-path.ts) when the path
 * holds a control character, and followed by a tab when it holds a space, so that `patch` reads it whole.
 */
function diffName(side: 'a' | 'b', file: string): string {
  const name = quotePath(`${side}/${file}`);
  return name.includes(' ') ? `${name}\t` : name;
}

/** The unified diff turning the file's text into `fixed`, under git's names for it. */
export const fixDiff = (file: string, text: string, fixed: string): string =>
  unifiedDiff(text, fixed, diffName('a', file), diffName('b', file), { exact: true });

/**
 * Applies the safe fixes to an opened file (shown as `shown`) and, with `--fix`, writes them; returns the text to
 * check (the fixed text once written, else the text read) and, when the file changed or would, its FileFix. A file
 * that cannot be written is checked as read, and a note says why it was not fixed; one that is not UTF-8 text is
 * never fixed, so that no byte is lost (with `--diff`, a note says so).
 */
export function fixOpenedFile(
  file: OpenedFile,
  shown: string,
  mode: FixMode,
  check: { kind: FileKind; config: Config; env: Environment },
  notes: string[],
): { text: string; fix?: FileFix } {
  const fixed = fixText(file.text, check);
  if (fixed.applied === 0 || fixed.text === file.text) return { text: file.text };
  // Writing the decoded text back would turn every invalid byte into U+FFFD: such a file is left alone.
  if (!isValidUtf8(file.bytes) || looksBinary(file.bytes)) {
    notes.push(`${quotePath(shown)}: not UTF-8 text; not fixed, so that no byte is lost.`);
    return { text: file.text };
  }
  if (mode === 'diff')
    return {
      text: file.text,
      fix: { file: shown, applied: fixed.applied, diff: fixDiff(shown, file.text, fixed.text) },
    };
  const written = replaceOpenedFile(file, fixed.text);
  if (written.ok) return { text: fixed.text, fix: { file: shown, applied: fixed.applied } };
  notes.push(`${quotePath(shown)}: ${written.reason}.`);
  return { text: file.text };
}
