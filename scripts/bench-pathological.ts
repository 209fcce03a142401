/**
 * (h) Crafted inputs (./pathological.ts): each shape checked at growing sizes, each check in a process of its own
 * so that its peak memory is its own. Prints time, peak resident memory and the time ratio per doubling of size;
 * linear is 2×, and every shape should stay at about 2.5× or below. `tsx scripts/bench-pathological.ts` runs it
 * alone; `--sizes 64,128` (KB) and `--only <text>` narrow it.
 */
import { spawnSync } from 'node:child_process';
import { DEFAULT_CONFIG, checkText } from '../server/src';
import { SHAPES } from './pathological';

export interface Measure {
  ms: number;
  rssMb: number;
  findings: number;
}

/** Checks one shape at one size in this process and prints the measure as JSON (the child's side). */
function measureHere(name: string, size: number): void {
  const shape = SHAPES.find((s) => s.name === name)!;
  const text = shape.make(size);
  const started = performance.now();
  const result = checkText(text, { kind: shape.kind, config: DEFAULT_CONFIG, env: { today: new Date() } });
  const ms = performance.now() - started;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, rssMb, findings: result.findings.length }));
}

/** One shape at one size, measured in a child process; undefined when it did not finish in `timeoutMs`. */
export function measure(name: string, size: number, timeoutMs = 120_000): Measure | undefined {
  const child = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--measure', name, String(size)], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) return undefined;
  return JSON.parse(child.stdout) as Measure;
}

/** The table of every shape at each size (KB), with the ratio of times between successive sizes. */
export function benchPathological(sizesKb: readonly number[], only?: string): string[] {
  const rows = [
    `| shape | kind | ${sizesKb.map((kb) => `${kb} KB`).join(' | ')} | time ratio per doubling | peak memory |`,
    `|---|---|${sizesKb.map(() => '---').join('|')}|---|---|`,
  ];
  for (const shape of SHAPES) {
    if (only && !shape.name.includes(only)) continue;
    const measures = sizesKb.map((kb) => measure(shape.name, kb * 1024));
    const cells = measures.map((m) => (m ? `${m.ms.toFixed(0)} ms` : 'timeout'));
    // Over the whole range, not per step: one noisy step (a garbage collection, another process) says little.
    const [first, last] = [measures[0], measures[measures.length - 1]];
    const doublings = Math.log2(sizesKb[sizesKb.length - 1] / sizesKb[0]);
    const growth = first && last && doublings > 0 ? (last.ms / Math.max(first.ms, 1)) ** (1 / doublings) : 0;
    const peak = Math.max(...measures.map((m) => m?.rssMb ?? 0));
    const ratio = growth === 0 ? '—' : `${growth.toFixed(2)}×${growth > 2.5 ? ' ✗' : ''}`;
    rows.push(`| ${shape.name} | ${shape.kind} | ${cells.join(' | ')} | ${ratio} | ${peak.toFixed(0)} MB |`);
  }
  return rows;
}

/** (h) of `npm run bench`: time, peak memory and growth per doubling, 512 KB to 4 MB. */
export function benchCrafted(log: (s: string) => void): void {
  log('');
  log('(h) Crafted inputs, each check in its own process (target: ≤ 2.5× per doubling of size, peak memory < 512 MB)');
  log('');
  for (const row of benchPathological([512, 1024, 2048, 4096])) log(row);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === '--measure') measureHere(args[1], Number(args[2]));
  else {
    const at = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
    const sizes = (at('--sizes') ?? '256,512,1024,2048,4096').split(',').map(Number);
    process.stdout.write(`${benchPathological(sizes, at('--only')).join('\n')}\n`);
  }
}
