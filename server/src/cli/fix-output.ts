/**
 * What `check --fix` and `check --diff` say about the fixes, the same for `check` and for `merge` (which writes a
 * sharded run's output): after `--fix`, the line "Fixed N problems in M files; K remaining." (at the end of the text
 * format, else on stderr, so that stdout stays the format's); with `--diff`, stdout holds only the unified diffs of
 * the files `--fix` would change, in the run's order, and stderr the line "Would fix N problems in M files." (or
 * "Nothing to fix.").
 */
import type { UnitResult } from './check-unit';
import { count, newCounts, plural, totalOf } from './counts';
import type { Format } from './formats';
import type { Reporter } from './reporters';

type Write = (text: string) => void;

/** The fixes of the results (as ./fix-file.ts found them): how many, in how many files. */
class FixCount {
  problems = 0;
  files = 0;

  add(result: UnitResult): void {
    for (const fix of result.fixes ?? []) {
      this.problems += fix.applied;
      this.files++;
    }
  }

  get text(): string {
    return `${plural(this.problems, 'problem')} in ${plural(this.files, 'file')}`;
  }
}

/**
 * The format's reporter, followed after `--fix` by the line of what was fixed and what remains (the findings shown
 * after fixing, as the summary counts them): the text format's last line on stdout, else a line on stderr.
 */
export function withFixLine(reporter: Reporter, format: Format, stdout: Write, stderr: Write): Reporter {
  const fixed = new FixCount();
  const remaining = newCounts();
  return {
    add(result) {
      fixed.add(result);
      count(remaining, result.reports);
      reporter.add(result);
    },
    end() {
      reporter.end();
      const line = `Fixed ${fixed.text}; ${totalOf(remaining)} remaining.\n`;
      (format === 'text' ? stdout : stderr)(line);
    },
  };
}

/** `--diff`'s reporter: the diffs on stdout as the results come, the count on stderr at the end. */
export function diffReporter(stdout: Write, stderr: Write): Reporter & { changed(): boolean } {
  const fixes = new FixCount();
  return {
    add(result) {
      fixes.add(result);
      for (const fix of result.fixes ?? []) if (fix.diff) stdout(fix.diff);
    },
    end: () => stderr(fixes.files === 0 ? 'Nothing to fix.\n' : `Would fix ${fixes.text}.\n`),
    changed: () => fixes.files > 0,
  };
}

/** The output of a check: `--diff`'s diffs, else the format's reporter, with the line of what `--fix` fixed. */
export function fixOutput(
  flags: { fix?: boolean; diff?: boolean; format: Format },
  reporter: () => Reporter,
  stdout: Write,
  stderr: Write,
): Reporter & { changed?: () => boolean } {
  if (flags.diff) return diffReporter(stdout, stderr);
  return flags.fix ? withFixLine(reporter(), flags.format, stdout, stderr) : reporter();
}
