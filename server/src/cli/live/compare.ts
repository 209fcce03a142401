/**
 * A local security.txt compared with its deployed copy: `check https://example.org --compare PATH` compares it with
 * what the site serves, `check --online` with what its Canonical URLs serve (./online.ts). The `deployed-*` rules
 * report on the local file; the diff from the deployed copy to the local file goes with its report.
 */
import { unifiedDiff, type Config, type DeployedCopy } from '../../index';
import { compareWithDeployed } from '../../node/deployed';
import { fileReport, type FileReport } from '../formats';

/** The diff from the deployed copy to the local file; none when nothing was deployed or the lines are the same. */
export function deployedDiff(deployed: DeployedCopy, local: string, shown: string): string | undefined {
  if (deployed.text === undefined) return undefined;
  return unifiedDiff(deployed.text, local, `${deployed.served.url} (deployed)`, shown) || undefined;
}

/**
 * The report of the local file (`shown`) compared with each deployed copy: the findings (their messages also in
 * `locale`), and the diffs.
 */
export function comparedReport(
  shown: string,
  local: string,
  copies: ReadonlyArray<{ deployed: DeployedCopy }>,
  config: Config,
  today: Date,
  locale?: string,
): FileReport {
  const findings = copies.flatMap((c) => compareWithDeployed(local, c.deployed, config, today));
  const diffs = copies.map((c) => deployedDiff(c.deployed, local, shown)).filter((d) => d !== undefined);
  return {
    ...fileReport(shown, 'txt', local, findings, locale),
    ...(diffs.length > 0 ? { diff: diffs.join('') } : {}),
  };
}
