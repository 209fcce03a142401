/**
 * The benchmark's section on splitting and reporting (see ./bench.ts).
 * (j) A generated organisation of 10,000 repositories (./bench-org.ts): one `check --format sarif`, against 4
 *     shards (`check --shard K/4`, one after the other, as 4 CI jobs would run at once: the slowest shard is what
 *     the matrix waits for) and their `merge` to SARIF, Markdown and HTML; then the HTML report of the run: its size
 *     (target under 10 MB) and, opened in Debian's Chromium, its first contentful paint (target under 1 s) and the
 *     time to sort the table by errors and to filter it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../test/vscode-host';
import { generateOrganisation } from './bench-org';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');

/** Runs the CLI in `cwd`, its output to `out`; the seconds it took. */
function timed(args: string[], cwd: string, out: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, maxBuffer: 1 << 30 });
  writeFileSync(out, r.stdout);
  return (performance.now() - start) / 1000;
}

/** First contentful paint, the table drawn, and the time to sort by errors and to filter, of the report in Chromium (ms). */
async function inChromium(report: string): Promise<{ paint: number; drawn: number; sort: number; filter: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(report).href);
    await page.waitForSelector('#repositories tbody tr');
    const paint = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    // The script runs at the end of the body, before DOMContentLoaded: by then the table is drawn.
    const drawn = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    );
    const time = (action: () => Promise<void>): Promise<number> =>
      (async () => {
        const start = performance.now();
        await action();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
        return performance.now() - start;
      })();
    const sort = await time(() => page.click('th:nth-child(4) button'));
    const filter = await time(() => page.fill('#filter', 'repo-01'));
    return { paint, drawn, sort, filter };
  } finally {
    await browser.close();
  }
}

export async function benchReport(log: (line: string) => void, size = 10_000): Promise<void> {
  log('');
  log(`(j) ${size.toLocaleString('en')} repositories: 4 shards and a merge, and the HTML report in Chromium`);
  log('');
  const org = generateOrganisation(size);
  const out = mkdtempSync(join(tmpdir(), 'security-policy-report-'));
  try {
    const today = ['--today', '2026-11-23'];
    const single = timed(['check', ...today, '-f', 'sarif', '.'], org.dir, join(out, 'single.sarif'));
    const shards = [1, 2, 3, 4].map((k) =>
      timed(['check', ...today, '--shard', `${k}/4`, '.'], org.dir, join(out, `shard-${k}.jsonl`)),
    );
    const files = [1, 2, 3, 4].map((k) => join(out, `shard-${k}.jsonl`));
    const merges = ['sarif', 'markdown', 'html'].map(
      (format) => [format, timed(['merge', '-f', format, ...files], out, join(out, `merged.${format}`))] as const,
    );
    const shardMb = files.reduce((sum, f) => sum + statSync(f).size, 0) / 1e6;
    log('| run | time |');
    log('|---|---|');
    log(`| one check, SARIF | ${single.toFixed(2)} s |`);
    log(
      `| 4 shards (with OSPS levels), slowest / each | ${Math.max(...shards).toFixed(2)} s / ${shards.map((s) => s.toFixed(2)).join(', ')} s (${shardMb.toFixed(1)} MB of shard files) |`,
    );
    for (const [format, seconds] of merges) log(`| merge to ${format} | ${seconds.toFixed(2)} s |`);
    const report = join(out, 'merged.html');
    const mb = statSync(report).size / 1e6;
    log('');
    log(`HTML report: ${mb.toFixed(1)} MB (target < 10 MB ${mb < 10 ? '✓' : '✗'})`);
    if (!existsSync('/usr/bin/chromium')) return log('Chromium: not installed (/usr/bin/chromium), not measured');
    const c = await inChromium(report);
    log(
      `Chromium: first contentful paint ${c.paint.toFixed(0)} ms (target < 1,000 ms ${c.paint < 1000 ? '✓' : '✗'}), table drawn at ${c.drawn.toFixed(0)} ms, sort by errors ${c.sort.toFixed(0)} ms, filter ${c.filter.toFixed(0)} ms`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(org.dir, { recursive: true, force: true });
  }
}
