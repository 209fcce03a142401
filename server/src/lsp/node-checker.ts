/**
 * The Node server's Checker: the engine's work runs in worker threads (the server's own script, started again as a
 * worker: ./check-worker.ts), so the thread that answers the editor never waits for a check, whatever a document
 * costs. A document goes back to the worker that checked it last (its parse cache is there); a spare worker is kept
 * while fewer than MAX_WORKERS run, so a slow document never holds up another. A job no longer wanted is answered at
 * once, its worker told to stop between rules, and terminated (and later replaced) when it does not stop within
 * GRACE_MS, in the middle of a long parse or rule; a job that runs longer than MAX_JOB_MS fails, and its worker is
 * ended too.
 */
import { Worker } from 'node:worker_threads';
import type { CodeAction, CompletionItem, Hover } from 'vscode-languageserver';
import type { LintResult } from '../index';
import { inThreadChecker, type ActionsRequest, type AssistRequest, type Checker, type CheckRequest } from './checker';
import {
  CHECK_WORKER_ROLE,
  type CheckWorkerData,
  type EngineJob,
  type FromWorker,
  type ToWorker,
} from './check-worker';

const MAX_WORKERS = 3;
/** Workers kept when idle; those beyond are ended after IDLE_MS without work. */
const KEPT_WORKERS = 2;
const IDLE_MS = 60_000;
/** How often running jobs are asked whether they are still wanted. */
const WATCH_MS = 15;
const GRACE_MS = 1_000;
/** A job still running after this long is given up, and its worker ended: no document holds a worker for ever. */
const MAX_JOB_MS = 60_000;
/** A worker's heap: a job needing more ends its worker, not the server (`npm run bench`, (i): the worst needs less). */
export const WORKER_HEAP_MB = 320;
/** Workers that may fail to start in a row before the checks run in this thread instead. */
const MAX_START_FAILURES = 3;

interface Job {
  job: EngineJob;
  uri?: string;
  isStale: () => boolean;
  fileExists?: (target: string) => boolean | undefined;
  settle: (result: unknown) => void;
  fail: (error: Error) => void;
  /** When a worker started it. */
  startedAt?: number;
  /** When the job was told to stop (and its caller answered). */
  stoppedAt?: number;
}

interface Slot {
  worker: Worker;
  data: CheckWorkerData;
  job?: Job;
  lastUri?: string;
  /** Whether the worker said it is ready: one that ended before ran none of its jobs. */
  online: boolean;
  idleTimer?: ReturnType<typeof setTimeout>;
}

export class WorkerChecker implements Checker {
  private slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private watch: ReturnType<typeof setInterval> | undefined;
  private startFailures = 0;
  private fallback: Checker | undefined;

  /** `script`: the file the worker runs (the server's own bundle); `log`: the client's log. */
  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void,
    private readonly heapMb = WORKER_HEAP_MB,
  ) {
    this.spawn();
  }

  check(request: CheckRequest, isStale: () => boolean): Promise<LintResult | undefined> {
    if (this.fallback) return this.fallback.check(request, isStale);
    const { fileExists, ...env } = request.env;
    const job: EngineJob = { op: 'check', request: { ...request, env } };
    return this.submit(job, isStale, fileExists, request.uri) as Promise<LintResult | undefined>;
  }

  codeActions(request: ActionsRequest, isStale: () => boolean): Promise<CodeAction[] | undefined> {
    if (this.fallback) return this.fallback.codeActions(request, isStale);
    const { fileExists, ...env } = request.env;
    const job: EngineJob = { op: 'codeActions', request: { ...request, env } };
    return this.submit(job, isStale, fileExists, request.uri) as Promise<CodeAction[] | undefined>;
  }

  completions(request: AssistRequest, isStale: () => boolean): Promise<CompletionItem[] | undefined> {
    if (this.fallback) return this.fallback.completions(request, isStale);
    return this.submit({ op: 'completions', request }, isStale, undefined, request.uri) as Promise<
      CompletionItem[] | undefined
    >;
  }

  hover(request: AssistRequest, isStale: () => boolean): Promise<Hover | null | undefined> {
    if (this.fallback) return this.fallback.hover(request, isStale);
    return this.submit({ op: 'hover', request }, isStale, undefined, request.uri) as Promise<Hover | null | undefined>;
  }

  policyContacts(text: string, isStale: () => boolean): Promise<string[] | undefined> {
    if (this.fallback) return this.fallback.policyContacts(text, isStale);
    return this.submit({ op: 'policyContacts', text }, isStale) as Promise<string[] | undefined>;
  }

  forget(uri: string): void {
    this.fallback?.forget(uri);
    for (const slot of this.slots) {
      slot.worker.postMessage({ type: 'forget', uri } satisfies ToWorker);
      if (slot.lastUri === uri) slot.lastUri = undefined;
    }
  }

  /** Ends every worker; jobs still running are answered as no longer wanted. */
  dispose(): void {
    for (const slot of this.slots) {
      slot.job?.settle(undefined);
      void slot.worker.terminate();
    }
    for (const job of this.queue.splice(0)) job.settle(undefined);
    this.slots = [];
    clearInterval(this.watch);
    this.watch = undefined;
    this.fallback = inThreadChecker();
  }

  private submit(
    job: EngineJob,
    isStale: () => boolean,
    fileExists?: (target: string) => boolean | undefined,
    uri?: string,
  ): Promise<unknown> {
    if (isStale()) return Promise.resolve(undefined);
    return new Promise((settle, fail) => {
      this.queue.push({ job, uri, isStale, fileExists, settle, fail });
      this.dispatch();
    });
  }

  /** Starts queued jobs on idle workers, in order, and keeps a spare worker when there is room. */
  private dispatch(): void {
    if (this.fallback) {
      for (const job of this.queue.splice(0)) runIn(this.fallback, job);
      return;
    }
    while (this.queue.length > 0) {
      const next = this.queue[0];
      if (next.isStale()) {
        this.queue.shift();
        next.settle(undefined);
        continue;
      }
      const idle = this.slots.filter((s) => !s.job);
      // The worker that has the document's parse cache, else one that has none it could lose.
      const slot = idle.find((s) => s.lastUri === next.uri) ?? idle.find((s) => !s.lastUri) ?? idle[0] ?? this.spawn();
      if (!slot) break;
      this.queue.shift();
      this.start(slot, next);
    }
    if (this.slots.every((s) => s.job)) this.spawn();
    this.watchJobs();
  }

  private start(slot: Slot, job: Job): void {
    clearTimeout(slot.idleTimer);
    slot.job = job;
    job.startedAt = Date.now();
    if (job.uri !== undefined) slot.lastUri = job.uri;
    Atomics.store(slot.data.cancel, 0, 0);
    slot.worker.postMessage({ type: 'run', job: job.job, asksFiles: job.fileExists !== undefined } satisfies ToWorker);
  }

  /** A new worker, or undefined when MAX_WORKERS run already. */
  private spawn(): Slot | undefined {
    if (this.slots.length >= MAX_WORKERS || this.fallback) return undefined;
    const data: CheckWorkerData = {
      role: CHECK_WORKER_ROLE,
      cancel: new Int32Array(new SharedArrayBuffer(4)),
      answer: new Int32Array(new SharedArrayBuffer(4)),
    };
    // Its stdout is not the server's: a stray line there would corrupt the protocol.
    const worker = new Worker(this.script, {
      workerData: data,
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    });
    const slot: Slot = { worker, data, online: false };
    worker.stdout.on('data', (chunk: Buffer) => this.log(`Check worker: ${chunk.toString('utf8').trimEnd()}`));
    worker.stderr.on('data', (chunk: Buffer) => this.log(`Check worker: ${chunk.toString('utf8').trimEnd()}`));
    worker.on('message', (message: FromWorker) => this.received(slot, message));
    worker.on('error', (error) => this.ended(slot, error));
    worker.on('exit', (code) => this.ended(slot, new Error(`The check worker stopped (exit code ${code}).`)));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private received(slot: Slot, message: FromWorker): void {
    const job = slot.job;
    if (message.type === 'ready') {
      slot.online = true;
      this.startFailures = 0;
      return;
    }
    if (message.type === 'ask') {
      const known = job && !job.stoppedAt ? job.fileExists?.(message.target) : undefined;
      Atomics.store(slot.data.answer, 0, (message.seq << 2) | (known === true ? 1 : known === false ? 2 : 3));
      Atomics.notify(slot.data.answer, 0);
      return;
    }
    slot.job = undefined;
    if (job && !job.stoppedAt) {
      if (message.type === 'done') job.settle(message.result);
      else job.fail(Object.assign(new Error(message.message), { stack: message.stack }));
    }
    this.retireWhenIdle(slot);
    this.dispatch();
  }

  /** A worker ended (crashed, ran out of memory, failed to start, or was terminated here). */
  private ended(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    this.slots = this.slots.filter((s) => s !== slot);
    const job = slot.job;
    if (!slot.online) {
      // It never ran the job: another worker (or this thread) will.
      if (job) this.queue.unshift(job);
      if (++this.startFailures >= MAX_START_FAILURES && !this.fallback) this.fallBack(error);
    } else if (job && !job.stoppedAt) {
      const outOfMemory = `It needed more than the ${this.heapMb} MB a check may take.`;
      job.fail((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error(outOfMemory) : error);
    }
    this.dispatch();
  }

  private fallBack(error: Error): void {
    this.log(`Check workers could not start (${error.message}); checking in the server's thread instead.`);
    this.fallback = inThreadChecker();
  }

  private terminate(slot: Slot): void {
    this.slots = this.slots.filter((s) => s !== slot);
    void slot.worker.terminate();
  }

  private retireWhenIdle(slot: Slot): void {
    clearTimeout(slot.idleTimer);
    if (this.slots.length <= KEPT_WORKERS) return;
    slot.idleTimer = setTimeout(() => {
      if (!slot.job && this.slots.length > KEPT_WORKERS) this.terminate(slot);
    }, IDLE_MS);
    slot.idleTimer.unref();
  }

  /** While jobs run: answers those no longer wanted at once, and ends workers that do not stop within GRACE_MS. */
  private watchJobs(): void {
    if (this.watch || !this.slots.some((s) => s.job)) return;
    this.watch = setInterval(() => {
      const now = Date.now();
      for (const slot of this.slots) {
        const job = slot.job;
        if (!job) continue;
        if (!job.stoppedAt && job.isStale()) {
          job.stoppedAt = now;
          Atomics.store(slot.data.cancel, 0, 1);
          job.settle(undefined);
        } else if (job.stoppedAt && now - job.stoppedAt > GRACE_MS) {
          this.terminate(slot);
        } else if (!job.stoppedAt && now - job.startedAt! > MAX_JOB_MS) {
          job.fail(new Error(`It took more than ${MAX_JOB_MS / 1000} s and was stopped.`));
          this.terminate(slot);
        }
      }
      if (!this.slots.some((s) => s.job)) {
        clearInterval(this.watch);
        this.watch = undefined;
      }
      this.dispatch();
    }, WATCH_MS);
    this.watch.unref();
  }
}

/** Runs a job that was meant for a worker with `checker` instead. */
function runIn(checker: Checker, { job, isStale, fileExists, settle, fail }: Job): void {
  const withFiles = <R extends { env: object }>(request: R) => ({ ...request, env: { ...request.env, fileExists } });
  const answer: Promise<unknown> =
    job.op === 'check'
      ? checker.check(withFiles(job.request), isStale)
      : job.op === 'codeActions'
        ? checker.codeActions(withFiles(job.request), isStale)
        : job.op === 'completions'
          ? checker.completions(job.request, isStale)
          : job.op === 'hover'
            ? checker.hover(job.request, isStale)
            : checker.policyContacts(job.text, isStale);
  answer.then(settle, fail);
}
