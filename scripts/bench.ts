/**
 * `npm run bench`: measures, in one run, and prints a table.
 * (a) A full check of each seed against its peers on the same text: remark-parse + remark-gfm parsing alone,
 *     and markdownlint with all its rules.
 * (b) Time from `didChange` to the answer of a `textDocument/diagnostic` pull, through the real bundled server
 *     over stdio, for 7 KB, 200 KB and 1 MB policies (median and p95).
 * (c) The CLI over 1,000 policies, against markdownlint and bare parsing of the same files in one process.
 * (d) Load on the server (alone with `--load`): a burst of 1,000 edits to a 200 KB policy, each followed by a diagnostic pull as VS Code
 *     sends them, with hover requests during the burst (responsiveness); then 10,000 edits, sampling the server's
 *     resident memory (flat means no growth with the number of edits).
 * (e), (f) security-insights.yml: see ./bench-insights.ts. (g) A folder of 1,000 and 10,000 repositories: ./bench-org.ts,
 *     1,000 whose policies are all different real-world texts: ./bench-corpus-org.ts, and 100,000 for peak memory.
 * (h) Crafted inputs of every kind at 512 KB to 4 MB, with the growth per doubling: ./bench-pathological.ts.
 * (j) 10,000 repositories in 4 shards and a merge, and the HTML report's size and paint in Chromium: ./bench-report.ts.
 * (k) The live check over 200 local domains (a loopback HTTPS server): domains per second and memory: ./bench-live.ts.
 * Targets are printed beside the figures; the bench never fails a build (tests do not assert timings).
 */
import { readFileSync, readdirSync, mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import markdownlintModule from 'markdownlint';

const markdownlint = (options: { strings: Record<string, string> }): unknown => markdownlintModule.sync(options);
import { checkText, DEFAULT_CONFIG } from '../server/src';
import { TestClient } from '../test/lsp-client';
import { compare, median, ms, p95 } from './bench-stats';
import { benchInsights } from './bench-insights';
import { benchLargeOrganisation, benchOrganisation } from './bench-org';
import { benchCorpusOrganisation } from './bench-corpus-org';
import { benchLive } from './bench-live';
import { benchCrafted } from './bench-pathological';
import { benchReport } from './bench-report';
import { benchServerCrafted } from './bench-server-memory';
import { policyOfSize } from './pathological';

const root = join(__dirname, '..');
const seedDir = join(root, 'test', 'fixtures', 'seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const parser = unified().use(remarkParse).use(remarkGfm);
const parserWithoutGfm = unified().use(remarkParse);
const env = { today: new Date() };

/** Edits typed before measuring, so the server's JIT is as warm as during a person's editing session. */
const WARM_UP_EDITS = 30;

async function lspEdits(text: string, edits: number): Promise<{ times: number[]; server: number[] }> {
  const client = new TestClient({ pull: true });
  await client.initialize();
  const uri = pathToFileURL(join(tmpdir(), 'bench', 'SECURITY.md')).toString();
  client.open(uri, text);
  await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const lines = text.split('\n');
  const times: number[] = [];
  const server: number[] = [];
  let version = 1;
  const warmUp = Math.min(WARM_UP_EDITS, Math.max(3, Math.round(200_000 / text.length)));
  for (let i = 0; i < edits + warmUp; i++) {
    // Type one character into a prose line somewhere in the document, as a person would.
    let line = Math.floor((((i * 7919) % 997) / 997) * lines.length);
    while (!/^[A-Za-z]/.test(lines[line] ?? '')) line = (line + 1) % lines.length;
    version++;
    const start = performance.now();
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
    });
    await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    if (i >= warmUp) {
      times.push(performance.now() - start);
      server.push(client.statuses[client.statuses.length - 1].durationMs);
    }
    lines[line] = `x${lines[line]}`;
  }
  await client.stop();
  return { times, server };
}

/** The server process's resident memory, in MB (Linux). */
function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

interface Burst {
  hover: number[];
  settledMs: number;
  cancelled: number;
  answered: number;
  rss: Array<[number, number]>;
}

/** `edits` one-character edits sent without waiting, each followed by a pull; a hover every `probeEvery` edits. */
async function lspBurst(text: string, edits: number, probeEvery: number, sampleEvery: number): Promise<Burst> {
  const client = new TestClient({ pull: true });
  await client.initialize();
  const uri = pathToFileURL(join(tmpdir(), 'bench', 'SECURITY.md')).toString();
  client.open(uri, text);
  await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const lineCount = text.split('\n').length;
  const result: Burst = { hover: [], settledMs: 0, cancelled: 0, answered: 0, rss: [[0, rssMb(client.process!.pid)]] };
  const pulls: Array<Promise<void>> = [];
  for (let i = 1; i <= edits; i++) {
    const line = (i * 7919) % lineCount;
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: i + 1 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
    });
    pulls.push(
      client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).then(
        () => void result.answered++,
        () => void result.cancelled++,
      ),
    );
    if (i % probeEvery === 0) {
      const start = performance.now();
      await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line, character: 0 },
      });
      result.hover.push(performance.now() - start);
    }
    if (i % sampleEvery === 0) {
      await Promise.all(pulls.splice(0));
      result.rss.push([i, rssMb(client.process!.pid)]);
    }
  }
  const start = performance.now();
  await Promise.all(pulls);
  await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  result.settledMs = performance.now() - start;
  await client.stop();
  return result;
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr);
  const out: string[] = [];
  const log = (s: string): void => {
    out.push(s);
    process.stdout.write(`${s}\n`);
  };
  log(`Security Policy benchmark — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  // `npm run bench -- --org` runs only (g), the check over a folder of repositories.
  if (process.argv.includes('--org')) {
    await benchOrganisation(log);
    await benchCorpusOrganisation(log);
    await benchLargeOrganisation(log);
    return;
  }
  // `npm run bench -- --insights` runs only (e) and (f), the security-insights.yml figures.
  if (process.argv.includes('--insights')) {
    await benchInsights(log);
    return;
  }
  // `npm run bench -- --report` runs only (j), shards, merge and the HTML report.
  if (process.argv.includes('--report')) {
    await benchReport(log);
    return;
  }
  // `npm run bench -- --live` runs only (k), the live check over local domains.
  if (process.argv.includes('--live')) {
    await benchLive(log);
    return;
  }
  // `npm run bench -- --pathological` runs only (h), crafted inputs at growing sizes.
  if (process.argv.includes('--pathological')) {
    benchCrafted(log);
    return;
  }
  // `npm run bench -- --server-memory` runs only (i), the server's peak memory with crafted documents.
  if (process.argv.includes('--server-memory')) {
    await benchServerCrafted(log);
    return;
  }
  // `npm run bench -- --load` runs only (d), the server under load.
  if (!process.argv.includes('--load')) {
    log('');
    log('(a) Full check of each seed vs. its peers on the same text (median of interleaved runs)');
    log('');
    log(
      '| seed | size | security-policy check | remark-parse + remark-gfm | remark-parse alone | markdownlint (all rules) | check / remark-gfm parse (target ≤ 1.3×) | markdownlint / check (target > 1) |',
    );
    log('|---|---|---|---|---|---|---|---|');
    for (const name of seeds) {
      const text = readFileSync(join(seedDir, name), 'utf8');
      const r = compare(
        {
          check: () => checkText(text, { kind: 'md', config: DEFAULT_CONFIG, env }),
          parse: () => parser.parse(text),
          bare: () => parserWithoutGfm.parse(text),
          markdownlint: () => markdownlint({ strings: { doc: text } }),
        },
        150,
      );
      log(
        `| ${name.slice(0, 3)} | ${(text.length / 1024).toFixed(1)} KB | ${ms(r.check)} | ${ms(r.parse)} | ${ms(r.bare)} | ${ms(r.markdownlint)} | ${(r.check / r.parse).toFixed(2)}× ${r.check / r.parse <= 1.3 ? '✓' : '✗'} | ${(r.markdownlint / r.check).toFixed(2)}× ${r.markdownlint > r.check ? '✓' : '✗'} |`,
      );
    }

    log('');
    log(
      '(b) didChange → textDocument/diagnostic answer, real server over stdio, one character typed per edit (after warm-up edits)',
    );
    log('');
    log('| document | edits | median | p95 | target (median) | of which the server checking (median) |');
    log('|---|---|---|---|---|---|');
    for (const [label, bytes, edits, target] of [
      ['7 KB', 7 * 1024, 100, 10],
      ['200 KB', 200 * 1024, 40, 100],
      ['1 MB', 1024 * 1024, 15, 500],
    ] as const) {
      const text =
        bytes <= 8 * 1024 ? readFileSync(join(seedDir, '004_6b676d4ed55cad0f.txt'), 'utf8') : policyOfSize(bytes);
      const { times, server } = await lspEdits(text, edits);
      log(
        `| ${label} (${(text.length / 1024).toFixed(0)} KB) | ${edits} | ${ms(median(times))} | ${ms(p95(times))} | ≤ ${target} ms ${median(times) <= target ? '✓' : '✗'} | ${ms(median(server))} |`,
      );
    }

    log('');
    log('(c) The CLI over 1,000 policies (one process, files given by name)');
    log('');
    const dir = mkdtempSync(join(tmpdir(), 'security-policy-bench-'));
    const files: string[] = [];
    const texts: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const text = readFileSync(join(seedDir, seeds[i % seeds.length]), 'utf8').replace(
        '# Security Policy',
        `# Security Policy ${i}`,
      );
      const path = join(dir, `repo-${i}`, 'SECURITY.md');
      mkdirSync(join(dir, `repo-${i}`));
      writeFileSync(path, text);
      files.push(path);
      texts.push(text);
    }
    const cliStart = performance.now();
    const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', '--format', 'json', ...files], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const cliMs = performance.now() - cliStart;
    const reports = JSON.parse(cli.stdout) as unknown[];
    const parseStart = performance.now();
    for (const t of texts) parser.parse(t);
    const parseMs = performance.now() - parseStart;
    const mdlStart = performance.now();
    for (const t of texts) markdownlint({ strings: { doc: t } });
    const mdlMs = performance.now() - mdlStart;
    rmSync(dir, { recursive: true, force: true });
    log('| run | files | total | per file |');
    log('|---|---|---|---|');
    log(
      `| security-policy check (CLI, process start included) | ${reports.length} | ${(cliMs / 1000).toFixed(2)} s | ${ms(cliMs / reports.length)} |`,
    );
    log(
      `| remark-parse + remark-gfm only (in-process) | ${texts.length} | ${(parseMs / 1000).toFixed(2)} s | ${ms(parseMs / texts.length)} |`,
    );
    log(
      `| markdownlint, all rules (in-process) | ${texts.length} | ${(mdlMs / 1000).toFixed(2)} s | ${ms(mdlMs / texts.length)} |`,
    );
    log('');
    log(
      `CLI vs markdownlint: ${(mdlMs / cliMs).toFixed(2)}× (higher is faster); CLI vs bare parse: ${(cliMs / parseMs).toFixed(2)}×.`,
    );
    await benchInsights(log);
    await benchOrganisation(log);
    await benchCorpusOrganisation(log);
    await benchLargeOrganisation(log);
    benchCrafted(log);
    await benchServerCrafted(log);
    await benchReport(log);
    await benchLive(log);
  }
  log('');
  log('(d) The server under load: 200 KB policy, real server over stdio');
  log('');
  const big = policyOfSize(200 * 1024);
  const burst = await lspBurst(big, 1000, 50, 1000);
  log(
    `Burst of 1,000 edits, each with a diagnostic pull: hover answered in ${ms(median(burst.hover))} median, ${ms(Math.max(...burst.hover))} at worst (target ≤ 100 ms ${Math.max(...burst.hover) <= 100 ? '✓' : '✗'}); ` +
      `${burst.answered} pulls answered, ${burst.cancelled} cancelled as outdated; the last version's diagnostics ${ms(burst.settledMs)} after the burst.`,
  );
  const soak = await lspBurst(big, 10_000, 1000, 2000);
  const [first, last] = [soak.rss[1][1], soak.rss[soak.rss.length - 1][1]];
  log(
    `10,000 edits: server resident memory ${soak.rss.map(([n, mb]) => `${mb.toFixed(0)} MB after ${n.toLocaleString('en')}`).join(', ')}; ` +
      `last / after 2,000 = ${(last / first).toFixed(2)}× (target ≤ 1.2× ${last / first <= 1.2 ? '✓' : '✗'}).`,
  );
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    join(root, 'bench-results', process.argv.includes('--load') ? 'load.md' : 'latest.md'),
    `${out.join('\n')}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
