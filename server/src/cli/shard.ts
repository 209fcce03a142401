/**
 * `check --shard K/N`: a deterministic share of the repositories, for a CI matrix of N jobs, and the file each job
 * writes for `security-policy merge` (./merge.ts).
 *
 * A repository belongs to a shard by its name alone (its path below the folder given, e.g. `api` in `check acme`,
 * or the folder's own name when it is the repository): a 32-bit hash of the name's UTF-8 bytes, scaled to N. So the
 * share is the same on every machine and in every run, whether the job has cloned the whole organisation or only
 * its share, and a repository added or removed moves no other. Each repository weighs one: shards hold about the
 * same number of repositories (10,000 generated names over 4 shards: 2,454 / 2,474 / 2,589 / 2,483, pinned by
 * test/cli-shard.test.ts).
 *
 * A shard's output is not the final format but what every format is written from: JSON Lines, a header naming the
 * run (paths, profile, date, format, version), one line per repository with its place in a whole run's order and
 * its result, and a last line, so that a truncated file is refused. The merge puts the lines back in that order and
 * writes the format through the same reporters as `check`: its output is the one a single run gives, byte for byte.
 */
import { basename } from 'node:path';
import type { UnitResult } from './check-unit';
import { VERSION, type Format } from './formats';
import { UsageError, type Unit } from './repositories';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** The most shards a run may be split into. */
export const MAX_SHARDS = 1024;

export function parseShard(value: string): Shard {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count)
    throw new UsageError(`Invalid --shard "${value}", expected K/N with 1 <= K <= N <= ${MAX_SHARDS} (e.g. 2/4).`);
  return { index, count };
}

/**
 * Where a repository comes in a whole run: the index of the path given that led to it, then either the batch of
 * files given by name (checked before the folder at that index) or its path below that folder, in folders.
 */
export interface OrderKey {
  arg: number;
  /** Files given by name: the batch's number among those checked before the folder `arg` (or at the end). */
  batch?: number;
  /** A folder's repository: its path below the folder given, in segments ([] for the folder itself). */
  path?: string[];
}

/** An organisation's `.github` repository is checked before the organisation's other repositories. */
const ORG_DEFAULTS = '.github';

function comparePaths(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (a[i] === ORG_DEFAULTS) return -1;
    if (b[i] === ORG_DEFAULTS) return 1;
    // The search lists folders with Array.prototype.sort: by UTF-16 code units.
    return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

/** The order in which a whole run checks repositories (./repositories.ts finds them so). */
export function compareOrder(a: OrderKey, b: OrderKey): number {
  if (a.arg !== b.arg) return a.arg - b.arg;
  if ((a.batch === undefined) !== (b.batch === undefined)) return a.batch === undefined ? 1 : -1;
  if (a.batch !== undefined && b.batch !== undefined) return a.batch - b.batch;
  return comparePaths(a.path ?? [], b.path ?? []);
}

/** FNV-1a over the UTF-8 bytes, then murmur3's finaliser, so that names that differ in one letter spread well. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The shard (1-based, of `count`) of a repository's name. */
export const shardOfName = (name: string, count: number): number => Math.floor((hash32(name) * count) / 2 ** 32) + 1;

/** The name a repository is sharded by: its path below the folder given, else that folder's own name. */
export function shardName(key: OrderKey, folderName: string): string {
  if (key.batch !== undefined) return `files given by name ${key.arg}/${key.batch}`;
  return key.path && key.path.length > 0 ? key.path.join('/') : folderName;
}

/** What identifies a run; every shard of one run says the same. */
export interface ShardRun {
  version: string;
  format: Format;
  paths: string[];
  profile: string;
  today: string;
  quiet: boolean;
  maxWarnings: number | null;
  /** `--fix` (the files were fixed; the merge says how many) or `--diff` (the merge writes the diffs); else absent. */
  fix?: 'fix' | 'diff';
}

export interface ShardHeader {
  securityPolicyShard: 1;
  shard: string;
  run: ShardRun;
}

export interface ShardLine {
  order: OrderKey;
  result: UnitResult;
}

export interface ShardEnd {
  end: true;
  repositories: number;
}

/** Writes a shard's file: the header once the run is known, a line per result, and the end line. */
export function shardWriter(write: (text: string) => void, shard: Shard) {
  let repositories = 0;
  return {
    header(run: Omit<ShardRun, 'version'>): void {
      const header: ShardHeader = {
        securityPolicyShard: 1,
        shard: `${shard.index}/${shard.count}`,
        run: { version: VERSION, ...run },
      };
      write(`${JSON.stringify(header)}\n`);
    },
    add(order: OrderKey, result: UnitResult): void {
      repositories++;
      const { notes: _notes, ...kept } = result;
      write(`${JSON.stringify({ order, result: { ...kept, notes: [] } } satisfies ShardLine)}\n`);
    },
    end(): void {
      write(`${JSON.stringify({ end: true, repositories } satisfies ShardEnd)}\n`);
    },
  };
}

/**
 * The units of this shard, as the search finds them. A folder given by name in which the search found nothing is
 * kept by every shard: a job may have cloned none of the organisation's repositories, and the merge says "not a
 * repository" only when no shard found one there.
 */
export function* inShard(units: Iterator<Unit>, shard: Shard): Generator<Unit> {
  for (let next = units.next(); !next.done; next = units.next()) {
    const unit = next.value;
    const name = shardName(unit.order ?? { arg: 0 }, basename(unit.root));
    if (unit.notARepository || shardOfName(name, shard.count) === shard.index) yield unit;
  }
}
