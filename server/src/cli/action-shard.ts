/**
 * The Action with `shard: K/N`, in each job of a CI matrix: checks the repositories of shard K (`check --shard`,
 * ./check-shard.ts) and writes them to `shard-file` (default `security-policy-shard-K-of-N.jsonl`) for the job
 * that runs `security-policy merge` on every shard's file (upload it as an artifact). No SARIF, annotations or job
 * summary here, and findings do not fail the step: the merge writes those, and its exit code is the run's.
 */
import { appendFileSync, closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { runShardCheck } from './check-shard';
import { parseShard } from './shard';

type Env = Record<string, string | undefined>;

/** An input as the runner passes it (INPUT_ and the name in capitals); '' when not given. */
const input = (env: Env, name: string): string => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();

export async function runActionShard(env: Env, paths: string[], profile: string | undefined): Promise<number> {
  const shard = parseShard(input(env, 'shard'));
  const flags = {
    profile,
    config: input(env, 'config') || undefined,
    today: input(env, 'today') || undefined,
    orgDefaults: input(env, 'org-defaults') || undefined,
  };
  const file = resolve(input(env, 'shard-file') || `security-policy-shard-${shard.index}-of-${shard.count}.jsonl`);
  const fd = openSync(file, 'w');
  try {
    await runShardCheck(paths, { ...flags, format: 'sarif', shard }, (text) => void writeSync(fd, text));
  } finally {
    closeSync(fd);
  }
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `shard-file=${file}\n`);
  return 0;
}
