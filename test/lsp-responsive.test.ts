/**
 * The editor stays responsive (issue 31): while a document that takes seconds to check is checked, hover,
 * completion and diagnostic pulls on an ordinary 7 KB policy are answered within 100 ms. This is the one test
 * with a latency bound, and it is made to hold on a loaded 2-core machine: it takes the median of several answers,
 * and allows on top of the 100 ms what each request costs by itself, measured just before on the same machine
 * (a completion in SECURITY.md parses the policy, which under load may take tens of milliseconds); no answer may
 * take 2 s. Before the checks ran in worker threads, the first answer after the long check started waited for it:
 * about 7 s here.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pull, slowPolicy, tempFolder, withClient, type TestClient } from './lsp-client';

const root = join(__dirname, '..');

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

const ROUNDS = 7;
const BOUND_MS = 100;
/** No single answer may wait this long; the long check takes several times as much. */
const MAX_MS = 2_000;

type Kind = 'hover' | 'completion' | 'pull';

/** Time of one answer of each kind about `uri`, in ms. */
async function round(client: TestClient, uri: string): Promise<Record<Kind, number>> {
  const time = async (ask: () => Promise<unknown>): Promise<number> => {
    const started = performance.now();
    await ask();
    return performance.now() - started;
  };
  const at = (line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });
  return {
    hover: await time(() => client.connection.sendRequest('textDocument/hover', at(0, 2))),
    completion: await time(() => client.connection.sendRequest('textDocument/completion', at(0, 1))),
    pull: await time(() => pull(client, uri)),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

test('hover, completion and pulls on an ordinary policy are answered within 100 ms while a long check runs', async (t) => {
  const dir = tempFolder();
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const ordinary = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    const slow = pathToFileURL(join(dir, 'docs', 'SECURITY.md')).toString();
    client.open(ordinary, readFileSync(join(root, 'test', 'fixtures', 'seeds', '001_857ed500d181d40a.txt'), 'utf8'));
    await pull(client, ordinary);
    const alone: Array<Record<Kind, number>> = [];
    for (let i = 0; i < ROUNDS; i++) alone.push(await round(client, ordinary));

    client.open(slow, slowPolicy());
    let slowDone = false;
    const slowPull = pull(client, slow).then(() => {
      slowDone = true;
    });
    const during: Array<Record<Kind, number>> = [];
    for (let i = 0; i < ROUNDS; i++) during.push(await round(client, ordinary));
    const overlapped = !slowDone;

    const report: string[] = [];
    for (const kind of ['hover', 'completion', 'pull'] as const) {
      const own = median(alone.map((r) => r[kind]));
      const measured = median(during.map((r) => r[kind]));
      report.push(`${kind}: ${Math.round(measured)} ms during the check, ${Math.round(own)} ms alone`);
      assert.ok(measured <= BOUND_MS + own, report.join('; '));
    }
    const slowest = Math.max(...during.flatMap((r) => Object.values(r)));
    report.push(`slowest answer: ${Math.round(slowest)} ms`);
    t.diagnostic(report.join('; '));
    assert.ok(slowest <= MAX_MS, report.join('; '));
    assert.ok(overlapped, 'every answer measured was given while the long check ran');
    await slowPull;
    assert.ok(
      client.statuses.some((s) => s.uri === slow),
      'the long check finished and was reported',
    );
  });
});
