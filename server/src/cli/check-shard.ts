/**
 * `security-policy check --shard K/N`: checks the repositories of shard K (./shard.ts) and writes them for
 * `security-policy merge`, with the OSPS Baseline levels whatever the format, so that the merge can write any.
 * Its exit code says whether the shard ran (0) or not (2, a usage error); whether the findings pass is the merge's.
 */
import { checkPaths, type CheckFlags } from './check';
import { shardWriter } from './shard';

export async function runShardCheck(
  paths: string[],
  flags: CheckFlags & { shard: NonNullable<CheckFlags['shard']> },
  write: (text: string) => void = (text) => void process.stdout.write(text),
): Promise<number> {
  const writer = shardWriter(write, flags.shard);
  await checkPaths(
    paths,
    { ...flags, levels: true },
    (result, order) => writer.add(order, result),
    ({ profile, today }) =>
      writer.header({
        format: flags.format,
        paths,
        profile,
        today,
        quiet: flags.quiet === true,
        maxWarnings: flags.maxWarnings ?? null,
        ...(flags.diff ? { fix: 'diff' as const } : flags.fix ? { fix: 'fix' as const } : {}),
      }),
  );
  writer.end();
  return 0;
}
