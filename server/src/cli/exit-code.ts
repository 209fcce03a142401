/**
 * The exit code of a check, worked out from its results as they are reported, the same way for `check` and for
 * `merge` (which reports the results of a check's shards): 2 when a path could not be checked or a folder given by
 * name holds nothing to check, 1 when a finding is an error or the warnings pass `--max-warnings`, else 0. With
 * `--diff`, which shows what `--fix` would change and checks nothing, 1 when a file would change (as ruff's `--diff`).
 */
import type { UnitResult } from './check-unit';
import { shownResult, tooManyWarnings, warningsIn, type ThresholdFlags } from './thresholds';

export class ExitCode {
  private errors = false;
  private warnings = 0;
  private failed = false;
  private notRepositories = 0;

  /** `pathsGiven`: paths were given (with none, the current folder being no repository is not an error). */
  constructor(
    private readonly flags: ThresholdFlags,
    private readonly pathsGiven: boolean,
  ) {}

  /** Counts a result, and returns it as the flags show it (`--quiet`: errors only). */
  add(result: UnitResult): UnitResult {
    this.errors ||= result.reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
    this.failed ||= result.failed;
    if (result.notARepository && this.pathsGiven) this.notRepositories++;
    const shown = shownResult(result, this.flags);
    this.warnings += warningsIn(shown);
    return shown;
  }

  /** The code, once every result is in; too many warnings are said on stderr (`warn`). */
  code(warn: (line: string) => void): number {
    if (this.failed || this.notRepositories > 0) return 2;
    const tooMany = tooManyWarnings(this.warnings, this.flags);
    if (tooMany) warn(tooMany);
    return this.errors || tooMany ? 1 : 0;
  }

  /** `--diff`'s code: 2 as above, else 1 when `--fix` would change a file (`changed`), else 0, whatever the findings. */
  diffCode(changed: boolean): number {
    if (this.failed || this.notRepositories > 0) return 2;
    return changed ? 1 : 0;
  }
}
