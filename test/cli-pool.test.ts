/**
 * The CLI's worker pool (server/src/cli/run-units.ts) when workers run out of memory: a batch whose check needs more
 * than a worker's capped heap (SECURITY_POLICY_WORKER_HEAP_MB here, 128 MB by default) ends that worker and is checked
 * again in the main thread; workers that die before they start leave their batches to the main thread too. Either way
 * the run gives exactly what one thread gives, never part of it with exit code 0. And the main thread keeps nothing of
 * a repository once its results are written.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempTree } from './helpers';
import { buildDist, CLI, cliEnv } from './cli-run';

before(buildDist);

function check(cwd: string, workers: number, heapMb?: number): { code: number | null; stdout: string; stderr: string } {
  const env = cliEnv(heapMb === undefined ? {} : { SECURITY_POLICY_WORKER_HEAP_MB: String(heapMb) });
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'jsonl', '--workers', String(workers), '.'], {
    cwd,
    env,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** 40 repositories, one of them with a policy of 1.5 MB, which takes far more than 32 MB to check. */
function organisation(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++)
    files[`org/repo-${String(i).padStart(2, '0')}/SECURITY.md`] =
      i % 2 === 0 ? '# Security\n\nOpen an issue.\n' : `# Security\n\nEmail security${i}@acme.org.\n`;
  const sections: string[] = ['# Security\n'];
  for (let i = 0; sections.length < 17_000; i++)
    sections.push(
      `## Section ${i}\n\nEmail sec${i}@acme.org or see [link](https://acme.org/${i}), within ${1 + (i % 9)} days.\n`,
    );
  files['org/repo-33/SECURITY.md'] = sections.join('\n');
  return tempTree('security-policy-pool-', files);
}

test('a batch whose worker runs out of memory is checked in the main thread: the same output', () => {
  const dir = organisation();
  const single = check(dir, 1);
  assert.equal(single.code, 1);
  assert.equal(single.stdout.trimEnd().split('\n').length, 340);
  const capped = check(dir, 2, 32);
  assert.equal(capped.stderr, '');
  assert.equal(capped.code, 1);
  assert.equal(capped.stdout, single.stdout);
});

test('workers that die before they start leave every batch to the main thread: the same output', () => {
  const dir = organisation();
  const single = check(dir, 1);
  const starved = check(dir, 2, 4);
  assert.equal(starved.stderr, '');
  assert.equal(starved.code, 1);
  assert.equal(starved.stdout, single.stdout);
});

test('the main thread keeps no result once it is written: its heap does not grow with the repositories checked', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 3_000; i++)
    files[`org/repo-${String(i).padStart(4, '0')}/SECURITY.md`] =
      `# Security ${i}\n\nOpen an issue in repo-${i}, or email noreply@repo-${i}.example.\n`;
  const dir = tempTree('security-policy-pool-heap-', files);
  // Each repository gives 11 lines (itself and 10 findings); the heap is measured after 200 and 2,800 of them.
  const result = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--require',
      join(__dirname, 'fixtures', 'pool', 'heap-probe.cjs'),
      CLI,
      'check',
      '--format',
      'jsonl',
      '--workers',
      '2',
      '.',
    ],
    { cwd: dir, env: cliEnv({ HEAP_PROBE_LINES: '2200,30800' }), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  assert.equal(result.stdout.trimEnd().split('\n').length, 33_000);
  const [early, late] = JSON.parse(/heap-probe (.*)/.exec(result.stderr)![1]) as number[];
  // 2,600 repositories' results kept would be about 6 MB; what the walk keeps of each is a few dozen bytes.
  assert.ok(late - early < 1_500_000, `the heap grew by ${late - early} bytes`);
});
