/**
 * The Action's `shard` input, run as the runner runs it (`node dist/action.js`, inputs as INPUT_* variables): each
 * job of a matrix writes its shard's file and passes; `security-policy merge` of the files gives the SARIF file a
 * single check gives, byte for byte, and the run's exit code.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildDist, ROOT, runCli } from './cli-run';
import { tempDir } from './helpers';

const REPOSITORIES: Record<string, string> = {
  api: '# Security\n\nOpen an issue to report a vulnerability.\n',
  web: '# Security\n\nEmail security@acme.example; we reply within 3 business days.\n',
  tool: '# Security\n\nReport privately at https://github.com/acme/tool/security/advisories/new.\n',
  docs: '',
};

function workspace(): string {
  const dir = tempDir('h27-action-shard-');
  for (const [name, policy] of Object.entries(REPOSITORIES)) {
    mkdirSync(join(dir, 'acme', name, '.git'), { recursive: true });
    if (policy) writeFileSync(join(dir, 'acme', name, 'SECURITY.md'), policy);
  }
  return dir;
}

function runShardJob(dir: string, shard: string): { code: number | null; stdout: string; output: string } {
  const output = join(tempDir('h27-action-runner-'), 'output');
  writeFileSync(output, '');
  const inputs = {
    PATHS: 'acme',
    SHARD: shard,
    'SHARD-FILE': `shards/${shard.replace('/', '-of-')}.jsonl`,
    TODAY: '2026-11-23',
  };
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name}`] = value;
  mkdirSync(join(dir, 'shards'), { recursive: true });
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'action.js')], { cwd: dir, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, output: readFileSync(output, 'utf8') };
}

before(buildDist);

test('shard: each job writes its file and passes; their merge is the SARIF of one check', () => {
  const dir = workspace();
  const jobs = ['1/2', '2/2'].map((shard) => runShardJob(dir, shard));
  assert.deepEqual(
    jobs.map((j) => [j.code, j.stdout, j.output]),
    [
      [0, '', `shard-file=${join(dir, 'shards', '1-of-2.jsonl')}\n`],
      [0, '', `shard-file=${join(dir, 'shards', '2-of-2.jsonl')}\n`],
    ],
  );
  const single = runCli(['check', '--today', '2026-11-23', '--format', 'sarif', 'acme'], dir);
  const merged = runCli(['merge', 'shards/2-of-2.jsonl', 'shards/1-of-2.jsonl'], dir);
  assert.equal(single.code, 1);
  assert.deepEqual(merged, single);
});

test('examples/workflows/org-scan.yml: a job per shard, with inputs the Action declares, and a merge job', () => {
  const workflow = parse(readFileSync(join(ROOT, 'examples', 'workflows', 'org-scan.yml'), 'utf8')) as {
    env: Record<string, string | number>;
    jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: Step[] }>;
  };
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
  const { scan, merge } = workflow.jobs;
  assert.deepEqual(scan.strategy?.matrix.shard, [1, 2, 3, 4]);
  assert.equal(workflow.env.SHARDS, 4);
  const step = scan.steps.find((s) => s.uses?.startsWith('security-policy/security-policy@'));
  assert.deepEqual(Object.keys(step?.with ?? {}), ['paths', 'shard', 'shard-file']);
  for (const input of Object.keys(step?.with ?? {})) assert.ok(input in action.inputs, input);
  assert.equal(merge.needs, 'scan');
  const run = merge.steps.map((s) => s.run ?? '').join('\n');
  assert.deepEqual(
    [...run.matchAll(/cli\.js merge shards\/\*\.jsonl --format (\w+)/g)].map((m) => m[1]),
    ['sarif', 'html', 'markdown'],
  );
});

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
