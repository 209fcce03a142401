/** A bounded run of the fuzzer (test/fuzz/harness.ts); `npm run fuzz` runs a million inputs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzOne, input } from './fuzz/harness';

const RUNS = 1500;

test(`fuzz: ${RUNS} mutated and generated inputs, as SECURITY.md, security.txt and security-insights.yml`, () => {
  const problems: string[] = [];
  for (let i = 0; i < RUNS && problems.length < 5; i++) {
    const problem = fuzzOne(input(1, i));
    if (problem) problems.push(`input(1, ${i}): ${problem}`);
  }
  assert.deepEqual(problems, []);
});
