/**
 * What `init` writes for the flags given: SECURITY.md (with --security-txt, a security.txt too) and, with
 * --insights, a security-insights.yml. With --insights and --security-txt both, the policy and the security.txt are
 * written first (the policy only when there is none), then the insights file from them: no flag is dropped.
 */
import { runInit, type InitFlags, type InitIo } from './init';
import { runInitInsights, type InsightsFlags } from './init-insights';

export async function runInitCommand(
  flags: InitFlags & InsightsFlags & { insights?: boolean },
  io: InitIo,
): Promise<number> {
  if (!flags.insights) return runInit(flags, io);
  if (flags.securityTxt === true) {
    const code = await runInit(flags, io);
    if (code !== 0) return code;
  }
  return runInitInsights(flags, io);
}
