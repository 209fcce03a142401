/**
 * Crafted input costs linear time and bounded memory (issue 31). Each shape of scripts/pathological.ts is checked
 * at its largest test size, and its time is compared with the time of an ordinary policy of the same size checked
 * in the same process just before: a superlinear blow-up costs tens or hundreds of times that, normal work a few.
 * The limit is a ratio, not a wall-clock time, so a loaded machine does not fail it. Memory: the heaviest shapes at
 * 2 MB run in a process whose heap is capped at 384 MB, which dies if they need more.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkText, DEFAULT_CONFIG, type FileKind } from '../server/src';
import { policyOfSize, SHAPES } from '../scripts/pathological';
import { MAX_FINDINGS_PER_FILE } from '../server/src/core/limits';

const SIZE = 256 * 1024;
/** How many times an ordinary policy's time a shape may take; measured worst about 6×, quadratic shapes 100×. */
const RATIO_LIMIT = 20;
const env = { today: new Date('2026-12-07T00:00:00Z') };
const check = (text: string, kind: FileKind) => checkText(text, { kind, config: DEFAULT_CONFIG, env });

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

for (const shape of SHAPES) {
  test(`crafted ${shape.kind}: ${shape.name}, ${SIZE / 1024} KB, costs no more than ${RATIO_LIMIT} ordinary policies`, (t) => {
    const text = shape.make(SIZE);
    const ordinary = policyOfSize(text.length);
    check(ordinary.slice(0, 20_000), 'md');
    const baseline = timed(() => check(ordinary, 'md'));
    let findings = 0;
    const spent = timed(() => (findings = check(text, shape.kind).findings.length));
    t.diagnostic(
      `${(spent / Math.max(baseline, 50)).toFixed(1)}× (${spent.toFixed(0)} ms, ordinary ${baseline.toFixed(0)} ms)`,
    );
    assert.ok(findings <= MAX_FINDINGS_PER_FILE + 1, `${findings} findings`);
    assert.ok(
      spent <= RATIO_LIMIT * Math.max(baseline, 50),
      `${spent.toFixed(0)} ms against ${baseline.toFixed(0)} ms for an ordinary policy of the same size`,
    );
  });
}

test('the heaviest crafted shapes check at 2 MB within a 384 MB heap', () => {
  const heavy = ['many headings', 'link openers `[a](`', 'block quotes 100 deep'];
  for (const name of heavy) {
    const child = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=384',
        '--import',
        'tsx',
        join(__dirname, '..', 'scripts', 'bench-pathological.ts'),
        '--measure',
        name,
        String(2 << 20),
      ],
      { encoding: 'utf8', timeout: 600_000 },
    );
    assert.equal(child.status, 0, `${name}: ${child.stderr.slice(-400)}`);
  }
});

test('a file lists at most 500 findings, and a last one counts the rest exactly', () => {
  // Each unknown field is one finding; the file-wide ones (no Contact, no Expires) are the same at any length
  // under size-limits' 1,000 lines.
  const txt = (lines: number) => 'Contac: x\n'.repeat(lines);
  const ten = check(txt(10), 'txt').findings.length;
  const perLine = (check(txt(20), 'txt').findings.length - ten) / 10;
  const fileWide = ten - 10 * perLine;
  const findings = check(txt(900), 'txt').findings;
  assert.equal(findings.length, MAX_FINDINGS_PER_FILE + 1);
  const last = findings[findings.length - 1];
  const more = fileWide + 900 * perLine - MAX_FINDINGS_PER_FILE;
  assert.equal(last.ruleId, 'check-limits');
  assert.equal(last.severity, 'info');
  assert.equal(
    last.message,
    `${more.toLocaleString('en-US')} more findings from here on are not listed: a file shows at most 500. Fix these first (often one mistake repeated) and check again.`,
  );
  const off = checkText(txt(900), {
    kind: 'txt',
    config: { ...DEFAULT_CONFIG, rules: { 'check-limits': 'off' } },
    env,
  });
  assert.equal(off.findings.length, MAX_FINDINGS_PER_FILE);
});
