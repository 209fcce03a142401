/**
 * The worker-thread side of ./node-checker.ts: runs the engine's work one job at a time, as the server's thread
 * asks. A job stops between rules once the server raises its cancel flag (shared memory, read without waiting for
 * a message). Whether a linked file exists is asked of the server's thread, which knows the workspace, and awaited
 * on shared memory: the engine asks it synchronously.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { checkText, DEFAULT_CONFIG, kindDescriptors, policyContactsOf, type Environment } from '../index';
import {
  checkRequest,
  codeActionsFor,
  completionsFor,
  hoverFor,
  ParseCaches,
  type ActionsRequest,
  type AssistRequest,
  type CheckRequest,
} from './checker';

export const CHECK_WORKER_ROLE = 'security-policy-check-worker';

/** What a worker is started with. */
export interface CheckWorkerData {
  role: typeof CHECK_WORKER_ROLE;
  /** [0]: 1 when the running job is to stop. */
  cancel: Int32Array;
  /** [0]: the answer to the last question about a file, `seq << 2 | code` (code 1 yes, 2 no, 3 unknown). */
  answer: Int32Array;
}

/** A request without its Environment's function, which cannot cross threads. */
type Portable<R extends CheckRequest> = Omit<R, 'env'> & { env: Omit<Environment, 'fileExists'> };

export type EngineJob =
  | { op: 'check'; request: Portable<CheckRequest> }
  | { op: 'codeActions'; request: Portable<ActionsRequest> }
  | { op: 'completions'; request: AssistRequest }
  | { op: 'hover'; request: AssistRequest }
  | { op: 'policyContacts'; text: string };

export type ToWorker = { type: 'run'; job: EngineJob; asksFiles: boolean } | { type: 'forget'; uri: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; message: string; stack?: string }
  | { type: 'ask'; seq: number; target: string };

/** How long a worker waits for the server's thread to say whether a file exists before taking it as unknown. */
const ASK_TIMEOUT_MS = 2_000;
const ANSWERS: Record<number, boolean | undefined> = { 1: true, 2: false, 3: undefined };

export function isCheckWorker(data: unknown): data is CheckWorkerData {
  return (data as Partial<CheckWorkerData> | null)?.role === CHECK_WORKER_ROLE;
}

/** Serves jobs on this worker thread's parent port until the server ends it. */
export function serveChecks(): void {
  const port = parentPort;
  const data: unknown = workerData;
  if (!port || !isCheckWorker(data)) throw new Error('serveChecks runs in a check worker only');
  const caches = new ParseCaches();
  const files = new FileQuestions(port, data.answer);
  const isCancelled = (): boolean => Atomics.load(data.cancel, 0) === 1;
  const run = async (job: EngineJob, asksFiles: boolean): Promise<unknown> => {
    if (job.op === 'policyContacts') return policyContactsOf(job.text);
    if (job.op === 'completions') return completionsFor(job.request, caches.of(job.request.uri));
    if (job.op === 'hover') return hoverFor(job.request);
    const env: Environment = { ...job.request.env, fileExists: asksFiles ? files.exists : undefined };
    if (job.op === 'codeActions') return codeActionsFor({ ...job.request, env });
    const request = { ...job.request, env };
    const result = await checkRequest(request, caches.of(request.uri), isCancelled, () => Promise.resolve());
    // What a rule threw may not cross threads (a function, a symbol): its message does.
    const failures = result?.failures.map(({ ruleId, error }) => ({
      ruleId,
      error: error instanceof Error ? error : new Error(String(error)),
    }));
    return result && { findings: result.findings, failures };
  };
  warmUp();
  port.on('message', (message: ToWorker) => {
    if (message.type === 'forget') {
      caches.forget(message.uri);
      return;
    }
    files.forget();
    run(message.job, message.asksFiles).then(
      (result) => port.postMessage({ type: 'done', result } satisfies FromWorker),
      (error: unknown) =>
        port.postMessage({
          type: 'failed',
          message: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        } satisfies FromWorker),
    );
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}

/** Whether files exist, asked of the server's thread and awaited on shared memory; each file once per job. */
class FileQuestions {
  private seq = 0;
  private known = new Map<string, boolean | undefined>();

  constructor(
    private readonly port: MessagePort,
    private readonly answer: Int32Array,
  ) {}

  readonly exists = (target: string): boolean | undefined => {
    if (!this.known.has(target)) this.known.set(target, this.ask(target));
    return this.known.get(target);
  };

  forget(): void {
    this.known = new Map();
  }

  private ask(target: string): boolean | undefined {
    this.seq = (this.seq % 0x0fffffff) + 1;
    this.port.postMessage({ type: 'ask', seq: this.seq, target } satisfies FromWorker);
    const deadline = Date.now() + ASK_TIMEOUT_MS;
    for (;;) {
      const value = Atomics.load(this.answer, 0);
      if (value >>> 2 === this.seq) return ANSWERS[value & 3];
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      Atomics.wait(this.answer, 0, value, left);
    }
  }
}

/**
 * A worker is started before it is needed (a spare): it checks a line of each kind at once, so the first document
 * it is given does not also pay for compiling the engine.
 */
function warmUp(): void {
  const env = { today: new Date() };
  for (const { id } of kindDescriptors())
    checkText('Contact: mailto:security@example.org\n', { kind: id, config: DEFAULT_CONFIG, env });
}
