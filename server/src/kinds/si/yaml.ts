/**
 * The yaml package and the schema validators (./yaml-apart.ts), loaded on first use. At the top of the CLI's
 * bundle they cost every run about 19 ms of start (140 KB of validators, 115 KB of yaml), and most runs check no
 * security-insights.yml.
 */
import type * as YamlApart from './yaml-apart';

let loaded: typeof YamlApart | undefined;

export function yaml(): typeof YamlApart {
  // A require, not an import: an import would load them when the bundle starts.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./yaml-apart') as typeof YamlApart);
}
