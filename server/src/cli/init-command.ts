/**
 * What `init` writes for the flags given, so that no flag is dropped without a word: SECURITY.md (with
 * --security-txt, a security.txt too) and, with --insights, a security-insights.yml. With --insights and
 * --security-txt or a flag of the policy (--key, --github, …), the policy (when there is none) and the security.txt
 * are written first, then the insights file from them. A flag for a file that will not be written is a usage error.
 */
import { InitError, runInit, type InitFlags, type InitIo } from './init';
import { runInitInsights, type InsightsFlags } from './init-insights';
import { refuseConfigOverwrite, writeInitConfig } from './init-config';

type Flags = InitFlags & InsightsFlags & { insights?: boolean; withConfig?: boolean };

/** Flags that only the new SECURITY.md reads, by their option name. */
const POLICY_FLAGS: Array<[keyof InitFlags, string]> = [
  ['github', '--github'],
  ['form', '--form'],
  ['key', '--key'],
  ['ackDays', '--ack-days'],
  ['disclosureDays', '--disclosure-days'],
  ['supported', '--supported'],
  ['dir', '--dir'],
  ['lang', '--lang'],
];
const TXT_FLAGS: Array<[keyof InitFlags, string]> = [
  ['site', '--site'],
  ['languages', '--languages'],
];
const INSIGHTS_FLAGS: Array<[keyof InsightsFlags, string]> = [
  ['name', '--name'],
  ['maintainer', '--maintainer'],
  ['license', '--license'],
  ['repository', '--repository'],
];

function given<F>(flags: F, names: Array<[keyof F, string]>): string[] {
  return names.filter(([key]) => flags[key] !== undefined).map(([, option]) => option);
}

function policyFlagsGiven(flags: Flags): string[] {
  const out = given(flags, POLICY_FLAGS);
  if (flags.scope === false) out.push('--no-scope');
  if (flags.safeHarbor === false) out.push('--no-safe-harbor');
  return out;
}

/** Throws when a flag is for a file these flags do not write. */
function refuseUnusedFlags(flags: Flags, io: InitIo): void {
  const insightsOnly = given(flags, INSIGHTS_FLAGS);
  if (!flags.insights && insightsOnly.length > 0)
    throw new InitError(`${insightsOnly.join(', ')}: for security-insights.yml, which only --insights writes.`);
  // In a terminal, init asks whether to write a security.txt too, which reads these.
  const txtOnly = given(flags, TXT_FLAGS);
  if (flags.securityTxt !== true && !io.interactive && txtOnly.length > 0)
    throw new InitError(`${txtOnly.join(', ')}: for the security.txt, which only --security-txt writes.`);
}

export async function runInitCommand(flags: Flags, io: InitIo): Promise<number> {
  refuseUnusedFlags(flags, io);
  if (flags.withConfig) refuseConfigOverwrite(io.cwd);
  const code = await writeFiles(flags, io);
  if (code === 0 && flags.withConfig) writeInitConfig(io.cwd, io.output);
  return code;
}

async function writeFiles(flags: Flags, io: InitIo): Promise<number> {
  if (!flags.insights) return runInit(flags, io);
  if (flags.securityTxt === true || policyFlagsGiven(flags).length > 0) {
    const code = await runInit(flags, io);
    if (code !== 0) return code;
  }
  return runInitInsights(flags, io);
}
