/**
 * `--quiet` and `--max-warnings`, as eslint defines them: quiet reports errors only (warnings and the rest are
 * neither shown nor counted), and more warnings than the maximum make the check fail (exit 1) after its report.
 */
import type { UnitResult } from './check-unit';
import { InvalidArgumentError } from 'commander';

export interface ThresholdFlags {
  quiet?: boolean;
  maxWarnings?: number;
}

/** The result as `--quiet` shows it: error-severity findings only. */
export function shownResult(result: UnitResult, flags: ThresholdFlags): UnitResult {
  if (!flags.quiet) return result;
  return {
    ...result,
    reports: result.reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })),
  };
}

/** The warnings of a result as shown. */
export function warningsIn(result: UnitResult): number {
  let n = 0;
  for (const r of result.reports) for (const d of r.diagnostics) if (d.severity === 'warning') n++;
  return n;
}

/** The line for stderr when the warnings pass `--max-warnings`, else undefined. */
export function tooManyWarnings(warnings: number, flags: ThresholdFlags): string | undefined {
  if (flags.maxWarnings === undefined || warnings <= flags.maxWarnings) return undefined;
  return `security-policy: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${flags.maxWarnings}.`;
}

/** `--max-warnings <n>`: a whole number, 0 or more. */
export function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n))
    throw new InvalidArgumentError('Expected a whole number, 0 or more.');
  return n;
}
