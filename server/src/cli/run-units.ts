/**
 * Runs the check over units of work: in this thread when there are few, else over a pool of worker threads (one
 * per core; workerpool) while the main thread only finds repositories and writes results. Results are handed on in
 * the order of the units, with a bounded number in flight, so output is stable and memory stays flat.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type * as Workerpool from 'workerpool';
import type { Pool as WorkerPool } from 'workerpool';
import { checkUnit, type UnitOptions, type UnitResult } from './check-unit';
import type { Unit } from './repositories';

/**
 * A worker's young generation: a check's garbage is short-lived and small, so 8 MB instead of V8's default (up to
 * 48 MB) keeps each worker about 25 MB smaller, with no measurable cost in time (bench g).
 */
const WORKER_YOUNG_GENERATION_MB = 8;
/**
 * A worker's old generation. V8 lets a heap grow well past what it keeps alive before collecting, and each worker
 * has its own: capped, the two workers of a 2-core machine took 50 MB less at 20,000 repositories (bench g). A batch
 * that needs more (a policy of megabytes) ends its worker and is checked again in this thread, whose heap is not
 * capped. SECURITY_POLICY_WORKER_HEAP_MB sets another cap, for tests.
 */
const WORKER_OLD_GENERATION_MB = 128;

function workerHeapMb(): number {
  const set = Number(process.env.SECURITY_POLICY_WORKER_HEAP_MB);
  return Number.isInteger(set) && set > 0 ? set : WORKER_OLD_GENERATION_MB;
}

/**
 * How far V8 lets a heap grow past what it kept alive at its last full collection, while the pool runs (a flag for
 * the whole process, workers included). The main thread then only walks and writes, and keeps little (12 MB at
 * 100,000 repositories; 36 MB when this was measured), but every result it receives is garbage soon after; V8's
 * own factor, up to 4x and higher on a busy machine, let its heap reach 170 MB. At 25% the peak of 100,000 generated
 * repositories fell from 393-398 MB to 278 MB in the same time (62.5 s against 62.4 s, back to back; bench g).
 */
const HEAP_GROWING_PERCENT = 25;

/** A worker ended by its heap's cap: workerpool passes the thread's error on as the `cause` of its own. */
const outOfMemory = (error: unknown): boolean =>
  (error as { cause?: { code?: unknown } } | undefined)?.cause?.code === 'ERR_WORKER_OUT_OF_MEMORY';
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
  await runInPool(script, workers, first, units, options, onResult);
}

function startPool(script: string, workers: number): WorkerPool {
  // Required when a pool starts: workerpool loads Node's thread, process and OS modules, which a run in one thread
  // would pay for at start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { pool } = require('workerpool') as typeof Workerpool;
  return pool(script, {
    maxWorkers: workers,
    workerType: 'thread',
    workerThreadOpts: {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: workerHeapMb() },
    },
  });
}

/** The units in messages of UNITS_PER_MESSAGE: `first`, taken out as they go so that none is kept, then the rest. */
function* batchesOf(first: Unit[], units: Iterator<Unit>): Generator<Unit[]> {
  while (first.length > 0) yield first.splice(0, UNITS_PER_MESSAGE);
  for (let batch = take(units, UNITS_PER_MESSAGE); batch.length > 0; batch = take(units, UNITS_PER_MESSAGE))
    yield batch;
}

/** Checks `first`, then the rest of `units`, over a pool of `workers` threads, handing results on in order. */
async function runInPool(
  script: string,
  workers: number,
  first: Unit[],
  units: Iterator<Unit>,
  options: UnitOptions,
  onResult: (result: UnitResult) => void,
): Promise<void> {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const workerPool = startPool(script, workers);
  const inline = (batch: Unit[]): UnitResult[] => batch.map((unit) => checkUnit(unit, options));
  // workerpool leaves a task unsettled when its worker dies before it is ready, and Node would then end the run
  // early, with exit code 0 and part of the output. When nothing else is left to wait for, the batches still out are
  // checked in this thread, and so is the rest. (Not a race against one promise of a stall for the whole run: each
  // race would add a reaction to it, keeping every batch's results alive until the end.)
  let workersStalled = false;
  let wake: (() => void) | undefined;
  const onStall = (): void => wake?.();
  process.once('beforeExit', onStall);
  const inFlight: Array<{ batch: Unit[]; results: Promise<UnitResult[]> }> = [];
  const send = (batch: Unit[]): void => {
    if (workersStalled) return void inFlight.push({ batch, results: Promise.resolve(inline(batch)) });
    const checked = Promise.resolve(workerPool.exec('checkUnits', [batch, options]) as PromiseLike<UnitResult[]>);
    const results = checked.catch((error: unknown) => {
      if (outOfMemory(error)) return inline(batch);
      throw error;
    });
    results.catch(() => undefined); // rejections are met when this batch's turn comes
    inFlight.push({ batch, results });
  };
  const handOn = async (): Promise<void> => {
    const { batch, results } = inFlight.shift()!;
    const answer = await new Promise<UnitResult[] | 'stalled'>((resolve, reject) => {
      wake = () => resolve('stalled');
      results.then(resolve, reject);
    });
    wake = undefined;
    if (answer === 'stalled') {
      workersStalled = true;
      // The other batches still out went to the same workers: nothing would wake a wait for them again.
      for (const entry of inFlight) entry.results = Promise.resolve(inline(entry.batch));
    }
    for (const result of answer === 'stalled' ? inline(batch) : answer) onResult(result);
  };
  try {
    for (const batch of batchesOf(first, units)) {
      send(batch);
      while (inFlight.length >= workers * AHEAD_PER_WORKER) await handOn();
    }
    while (inFlight.length > 0) await handOn();
  } finally {
    process.off('beforeExit', onStall);
    await workerPool.terminate(workersStalled);
  }
}
