/**
 * The evaluation corpus (test/corpus, `npm run eval`): every file is labelled as its README says, and no file gets
 * a false finding or a miss that test/corpus/baseline.json does not already record. A fix that removes a known one
 * updates the baseline (`npm run eval -- --update-baseline`), so that it cannot come back unseen.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, corpusFiles, judge, judgedRules, missedKey, wrongKey } from '../scripts/corpus';

const files = corpusFiles();
const judged = judgedRules();

test('every corpus file has its source and labels of judged rules', () => {
  for (const file of files) {
    const { source, language, widelyUsed, defects } = file.labels;
    assert.match(source.repo, /^[\w.-]+\/[\w.-]+$/, file.name);
    assert.match(source.commit, /^[0-9a-f]{40}$/, file.name);
    assert.ok(source.path.length > 0, file.name);
    assert.match(language, /^[a-z]{2,3}$/, file.name);
    assert.equal(typeof widelyUsed, 'boolean', file.name);
    for (const d of defects) {
      assert.ok(judged[file.kind].has(d.rule), `${file.name}: ${d.rule} is not a judged rule of its kind`);
      assert.ok(d.line === null || (Number.isInteger(d.line) && d.line >= 1), `${file.name}: ${d.rule} line ${d.line}`);
      assert.ok(d.why.length > 0, `${file.name}: ${d.rule} says why`);
    }
  }
});

test('no corpus file gets a false finding or a miss beyond the recorded baseline', () => {
  const path = join(CORPUS, 'baseline.json');
  const baseline = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as { wrong: string[]; missed: string[] })
    : { wrong: [], missed: [] };
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const file of files) {
    const r = judge(file, judged);
    wrong.push(...r.wrong.map((f) => wrongKey(file, f)));
    missed.push(...r.missed.map((d) => missedKey(file, d)));
  }
  assert.deepEqual(
    wrong.filter((k) => !baseline.wrong.includes(k)),
    [],
    'new false findings (npm run eval shows them)',
  );
  assert.deepEqual(
    missed.filter((k) => !baseline.missed.includes(k)),
    [],
    'new misses (npm run eval shows them)',
  );
  assert.deepEqual(
    [...baseline.wrong.filter((k) => !wrong.includes(k)), ...baseline.missed.filter((k) => !missed.includes(k))],
    [],
    'fixed since the baseline: run npm run eval -- --update-baseline',
  );
});
