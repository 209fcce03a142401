/**
 * `security-policy merge <shard files…>`: joins the files written by `check --shard K/N` (./shard.ts) into the
 * output a single `check` of the same paths gives, byte for byte: the repositories back in the run's order, and the
 * format (the shards', or `--format`) written through the same reporters, so totals, SARIF's single document and
 * the OSPS levels are those of one run. The exit code is the run's. Each shard file is read a line at a time and
 * the shards are merged as they are read, so memory holds one repository per shard (and what JSON and SARIF, single
 * documents, keep until the end). Shards of different runs or versions, a shard missing, twice, truncated or out of
 * order are refused (exit 2).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { UnitResult } from './check-unit';
import { describeFsError } from '../node/safe-io';
import { ExitCode } from './exit-code';
import { FORMATS, VERSION, type Format } from './formats';
import { quotePath } from './quote-path';
import { fixOutput } from './fix-output';
import { reporterFor } from './reporters';
import { UsageError } from './repositories';
import { compareOrder, type ShardHeader, type ShardLine, type ShardRun } from './shard';

/** The lines of a file, read a chunk at a time. */
function* linesOf(path: string): Generator<string> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new UsageError(`${quotePath(path)}: cannot be read (${describeFsError(error)}).`);
  }
  try {
    const decoder = new StringDecoder('utf8');
    const chunk = Buffer.alloc(1 << 16);
    let rest = '';
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      const lines = (rest + decoder.write(chunk.subarray(0, n))).split('\n');
      rest = lines.pop() ?? '';
      yield* lines;
    }
    if (rest + decoder.end() !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}

/** One shard file as it is read: its header, then its lines in order, checked. */
class ShardReader {
  readonly header: ShardHeader;
  head: ShardLine | undefined;
  private readonly lines: Generator<string>;

  constructor(readonly path: string) {
    this.lines = linesOf(path);
    const notAShard = this.refused('not a file written by `security-policy check --shard K/N`');
    let first: Record<string, unknown> | undefined;
    try {
      first = this.parse(this.nextLine());
    } catch {
      throw notAShard;
    }
    if (!first || first.securityPolicyShard !== 1 || typeof first.shard !== 'string' || !first.run) throw notAShard;
    this.header = first as unknown as ShardHeader;
    this.advance();
  }

  /** Moves to the next repository; at the end, checks that the shard was written to its last line. */
  advance(): void {
    const before = this.head;
    const line = this.parse(this.nextLine());
    if (line?.end === true) {
      this.head = undefined;
      return;
    }
    if (!line || !line.order || !line.result)
      throw this.refused('truncated, no last line (was the shard run to its end?)');
    this.head = line as unknown as ShardLine;
    if (before && compareOrder(before.order, this.head.order) > 0) throw this.refused('repositories out of order');
  }

  private nextLine(): string | undefined {
    const next = this.lines.next();
    return next.done ? undefined : next.value;
  }

  private parse(line: string | undefined): Record<string, unknown> | undefined {
    if (line === undefined) return undefined;
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw this.refused('a line is not JSON');
    }
  }

  refused(why: string): UsageError {
    return new UsageError(`${quotePath(this.path)}: ${why}.`);
  }
}

/** The shards' common run, once they are known to be all the shards of one run, each once. */
function commonRun(readers: ShardReader[]): ShardRun {
  if (readers.length === 0) throw new UsageError('No shard files given.');
  const run = readers[0].header.run;
  const count = Number(readers[0].header.shard.split('/')[1]);
  const seen = new Set<string>();
  for (const reader of readers) {
    const { shard, run: other } = reader.header;
    if (JSON.stringify(other) !== JSON.stringify(run))
      throw reader.refused(`a shard of another run (${JSON.stringify(other)}, not ${JSON.stringify(run)})`);
    if (Number(shard.split('/')[1]) !== count) throw reader.refused(`shard ${shard}, expected one of ${count}`);
    if (seen.has(shard)) throw reader.refused(`shard ${shard} given twice`);
    seen.add(shard);
  }
  const missing = Array.from({ length: count }, (_, i) => `${i + 1}/${count}`).filter((s) => !seen.has(s));
  if (missing.length > 0) throw new UsageError(`Missing shard${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`);
  if (run.version !== VERSION)
    throw new UsageError(`The shards were written by security-policy ${run.version}, this is ${VERSION}.`);
  return run;
}

/** The shards' lines in the run's order (the smallest head first; few shards, so a scan of the heads). */
function* merged(readers: ShardReader[]): Generator<ShardLine> {
  for (;;) {
    let next: ShardReader | undefined;
    for (const r of readers) if (r.head && (!next || compareOrder(r.head.order, next.head!.order) < 0)) next = r;
    if (!next) return;
    yield next.head!;
    next.advance();
  }
}

/**
 * The results of the whole run. A folder given by name where a shard found nothing is "not a repository" only
 * when no shard found one there; every shard that found nothing says so, once kept.
 */
function* results(lines: Iterable<ShardLine>): Generator<UnitResult> {
  let pending: ShardLine | undefined;
  for (const line of lines) {
    if (pending && pending.order.arg === line.order.arg) {
      if (!line.result.notARepository) pending = undefined;
      else continue;
    }
    if (pending) yield pending.result;
    pending = undefined;
    if (line.result.notARepository) pending = line;
    else yield line.result;
  }
  if (pending) yield pending.result;
}

export interface MergeFlags {
  format?: Format;
  color?: boolean;
}

export function runMerge(files: string[], flags: MergeFlags): number {
  const readers = files.map((f) => new ShardReader(f));
  const run = commonRun(readers);
  const format = flags.format ?? run.format;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${format}".`);
  const write = (s: string): void => void process.stdout.write(s);
  const warn = (s: string): void => void process.stderr.write(s);
  const color = flags.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const fix = { fix: run.fix === 'fix', diff: run.fix === 'diff', format };
  const reporter = fixOutput(
    fix,
    () => reporterFor(format, write, color, { profile: run.profile, today: run.today }),
    write,
    warn,
  );
  const exit = new ExitCode({ quiet: run.quiet, maxWarnings: run.maxWarnings ?? undefined }, run.paths.length > 0);
  for (const result of results(merged(readers))) reporter.add(exit.add(result));
  reporter.end();
  if (reporter.changed) return exit.diffCode(reporter.changed());
  return exit.code((line) => warn(`${line}\n`));
}
