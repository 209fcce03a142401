/**
 * Runs the check over units of work: in this thread when there are few, else over a pool of worker threads (one
 * per core; workerpool) while the main thread only finds repositories and writes results. Results are handed on in
 * the order of the units, with a bounded number in flight, so output is stable and memory stays flat.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pool } from 'workerpool';
import { checkUnit, type UnitOptions, type UnitResult } from './check-unit';
import type { Unit } from './repositories';

/**
 * A worker's young generation: a check's garbage is short-lived and small, so 8 MB instead of V8's default (up to
 * 48 MB) keeps each worker about 25 MB smaller, with no measurable cost in time (bench g).
 */
const WORKER_YOUNG_GENERATION_MB = 8;
/** Below this many units a pool costs more to start than it saves. */
const POOL_THRESHOLD = 32;
/**
 * With 2 cores or fewer and no worker count given, the pool starts only from this many units. There V8's compiler
 * threads already take the second core while one thread checks, and each worker warms up its own copy of the code.
 * Measured on a 2-core machine (bench g): 1,000 repositories took 2.4-3.3 s in one thread and 2.6-3.8 s with a pool
 * of two, with 30-40% more CPU; at 10,000 the pool was level or ahead (13.8-17.6 s against 14.3-21.3 s).
 */
const FEW_CORES_POOL_THRESHOLD = 2_000;
/**
 * Units sent to a worker in one message: each message copies the options and the results between threads, which
 * cost a quarter of a worker's time when repositories were sent one by one (bench g).
 */
const UNITS_PER_MESSAGE = 8;
/** Messages sent ahead per worker: enough to keep every core busy while results are written in order. */
const AHEAD_PER_WORKER = 3;

/** The bundled worker beside the bundled CLI; absent when running from sources, where everything runs inline. */
function workerScript(): string | undefined {
  const script = join(__dirname, 'cli-worker.js');
  return existsSync(script) ? script : undefined;
}

export interface RunOptions {
  /** Worker threads to use; default: one per core. 1 runs everything in this thread. */
  workers?: number;
}

/** The next `size` units (fewer at the end; none when the iterator is done). */
function take(units: Iterator<Unit>, size: number): Unit[] {
  const batch: Unit[] = [];
  while (batch.length < size) {
    const next = units.next();
    if (next.done) break;
    batch.push(next.value);
  }
  return batch;
}

export async function runUnits(
  units: Iterator<Unit>,
  options: UnitOptions,
  onResult: (result: UnitResult) => void,
  run: RunOptions = {},
): Promise<void> {
  const cores = availableParallelism();
  const threshold = run.workers === undefined && cores <= 2 ? FEW_CORES_POOL_THRESHOLD : POOL_THRESHOLD;
  const first = take(units, threshold);
  const workers = run.workers ?? cores;
  const script = workerScript();
  if (first.length < threshold || workers <= 1 || !script) {
    for (const unit of first) onResult(checkUnit(unit, options));
    for (let next = units.next(); !next.done; next = units.next()) onResult(checkUnit(next.value, options));
    return;
  }
  const workerPool = pool(script, {
    maxWorkers: workers,
    workerType: 'thread',
    workerThreadOpts: { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } },
  });
  const inFlight: Array<Promise<UnitResult[]>> = [];
  const send = (batch: Unit[]): void => {
    const results = Promise.resolve(workerPool.exec('checkUnits', [batch, options]) as PromiseLike<UnitResult[]>);
    results.catch(() => undefined); // rejections are met when this batch's turn comes
    inFlight.push(results);
  };
  const handOn = async (): Promise<void> => {
    for (const result of await inFlight.shift()!) onResult(result);
  };
  try {
    const batches = function* (): Generator<Unit[]> {
      // Taken out of `first` as they go, so that units already checked are not kept for the rest of the run.
      while (first.length > 0) yield first.splice(0, UNITS_PER_MESSAGE);
      for (let batch = take(units, UNITS_PER_MESSAGE); batch.length > 0; batch = take(units, UNITS_PER_MESSAGE))
        yield batch;
    };
    for (const batch of batches()) {
      send(batch);
      while (inFlight.length >= workers * AHEAD_PER_WORKER) await handOn();
    }
    while (inFlight.length > 0) await handOn();
  } finally {
    await workerPool.terminate();
  }
}
