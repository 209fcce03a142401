/**
 * The long fuzz run: `npm run fuzz -- --runs 1000000 [--seed 7] [--workers 2]`. Splits the input numbers over
 * worker processes, prints progress, and ends with one line per problem (reproducible as input(seed, i) in
 * test/fuzz/harness.ts) and a summary. Exit code 1 when any input broke a property.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fuzzOne, input } from '../test/fuzz/harness';

interface Progress {
  done: number;
  problems: string[];
}

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

if (process.env.FUZZ_WORKER) {
  const [seed, from, to] = process.env.FUZZ_WORKER.split(',').map(Number);
  let problems: string[] = [];
  let done = 0;
  for (let i = from; i < to; i++) {
    const problem = fuzzOne(input(seed, i));
    if (problem) problems.push(`input(${seed}, ${i}): ${problem.split('\n')[0]}`);
    if (++done % 10_000 === 0 || i === to - 1) {
      process.send?.({ done, problems } satisfies Progress);
      done = 0;
      problems = [];
    }
  }
  process.exit(0);
} else {
  const runs = arg('runs', 100_000);
  const seed = arg('seed', 7);
  const workers = Math.max(1, Math.min(arg('workers', availableParallelism()), runs));
  const started = Date.now();
  let done = 0;
  const problems: string[] = [];
  let lastPrinted = 0;
  const share = Math.ceil(runs / workers);
  const finished = Array.from({ length: workers }, (_, w) => {
    const from = w * share;
    const to = Math.min(runs, from + share);
    const child = fork(__filename, [], {
      env: { ...process.env, FUZZ_WORKER: `${seed},${from},${to}` },
      execArgv: process.execArgv,
    });
    child.on('message', (m: Progress) => {
      done += m.done;
      problems.push(...m.problems);
      if (done - lastPrinted >= 50_000 || done === runs) {
        lastPrinted = done;
        process.stdout.write(
          `${done.toLocaleString('en')} inputs, ${problems.length} problems, ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
        );
      }
    });
    return new Promise<number | null>((resolve) => child.on('exit', resolve));
  });
  void Promise.all(finished).then((codes) => {
    for (const p of problems.slice(0, 50)) process.stdout.write(`${p}\n`);
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `fuzz: ${done.toLocaleString('en')} inputs (seed ${seed}, ${workers} workers), each checked as SECURITY.md, security.txt and security-insights.yml, in ${seconds.toFixed(0)} s: ` +
        `${problems.length} problems (exceptions, failing rules, ranges outside the text, safe fixes not idempotent).\n`,
    );
    process.exitCode = problems.length > 0 || codes.some((c) => c !== 0) || done !== runs ? 1 : 0;
  });
}
