/**
 * The commands of a check split over a CI matrix: `merge` joins the shards' files (./merge.ts), and `shard` says
 * which names of a list belong to a shard, so that a job clones only its share (`gh repo list … | security-policy
 * shard 2/4`) before `check --shard 2/4`.
 */
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { FORMATS } from './formats';
import { runMerge, type MergeFlags } from './merge';
import { parseShard, shardOfName } from './shard';

export function addMergeCommands(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('merge')
    .description(
      'Join the files of `check --shard K/N` runs (every shard of one run) into the output a single check gives, in their format or --format',
    )
    .argument('<files...>', 'the shard files, in any order')
    .addOption(new Option('-f, --format <format>', "output format (default: the shards' format)").choices([...FORMATS]))
    .option('--no-color', 'plain text output')
    .action((files: string[], flags: MergeFlags) => setExitCode(runMerge(files, flags)));
  program
    .command('shard')
    .description(
      'Print the repository names (one a line, from stdin) that belong to shard K of N, as `check --shard K/N` shares them',
    )
    .argument('<K/N>', 'the shard, e.g. 2/4')
    .action((value: string) => {
      const shard = parseShard(value);
      const names = readFileSync(0, 'utf8')
        .split(/\r?\n/)
        .filter((name) => name !== '');
      const mine = names.filter((name) => shardOfName(name, shard.count) === shard.index);
      process.stdout.write(mine.map((name) => `${name}\n`).join(''));
    });
}

/** The check's options for long scans: progress on stderr (./progress.ts) and `--shard` (./shard.ts). */
export function addScanOptions(check: Command): void {
  check
    .option(
      '--progress',
      'show progress on stderr (repositories done, rate, time left); default: on a terminal, outside CI',
    )
    .option('--no-progress', 'no progress on stderr')
    .addOption(
      new Option(
        '--shard <K/N>',
        'check shard K of N (a share of the repositories by name, the same on every machine) and write it for `security-policy merge`',
      ).argParser(parseShard),
    );
}
