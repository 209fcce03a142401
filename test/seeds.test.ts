/** The three real policies the project started from, and what a correct tool says of them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, checkText, DEFAULT_CONFIG, fixText, LineIndex } from '../server/src';
import { ids, lint, TODAY } from './helpers';

const seeds = join(__dirname, 'fixtures', 'seeds');
const read = (name: string): string => readFileSync(join(seeds, name), 'utf8');
const lineOf = (text: string, offset: number): number => new LineIndex(text).positionAt(offset).line + 1;

test('000 (Kuralit): a reasonable policy; no disclosure window is the notable gap', () => {
  const text = read('000_92af52ca5ccc58c5.txt');
  const found = lint(text);
  assert.ok(ids(found).includes('no-disclosure-timeline'));
  for (const quiet of [
    'no-contact',
    'no-private-channel',
    'public-issue-reporting',
    'no-response-timeframe',
    'no-supported-versions',
    'undeliverable-contact',
    'mojibake',
  ]) {
    assert.ok(!ids(found).includes(quiet), `${quiet} should stay quiet`);
  }
  assert.ok(!found.some((f) => f.severity === 'error'), 'no error');
});

test('001 (Chaukas): the noreply address is undeliverable, at both places it appears', () => {
  const text = read('001_857ed500d181d40a.txt');
  const found = lint(text).filter((f) => f.ruleId === 'undeliverable-contact');
  assert.deepEqual(
    found.map((f) => lineOf(text, f.start)),
    [18, 217],
  );
  assert.equal(text.slice(found[0].start, found[0].end), '2153483+ranesidd@users.noreply.github.com');
  assert.ok(!ids(lint(text)).includes('public-issue-reporting'), '"Please DO NOT: open a public issue" is a negation');
});

test('004 (Persona Kit): mojibake, placeholder, stale date, unverifiable key', () => {
  const text = read('004_6b676d4ed55cad0f.txt');
  const found = lint(text);
  for (const id of ['mojibake', 'placeholder', 'stale-date', 'unverifiable-key'])
    assert.ok(ids(found).includes(id), id);
  assert.deepEqual(
    found.filter((f) => f.ruleId === 'mojibake').map((f) => lineOf(text, f.start)),
    [5, 14, 20, 21, 22, 24, 57, 104, 136, 157, 170, 183, 195],
  );
  const stale = found.find((f) => f.ruleId === 'stale-date');
  assert.equal(text.slice(stale!.start, stale!.end), 'January 2024');
  assert.deepEqual(
    found.filter((f) => f.ruleId === 'placeholder').map((f) => lineOf(text, f.start)),
    [177, 178],
  );
  assert.deepEqual(
    found.filter((f) => f.ruleId === 'unverifiable-key').map((f) => lineOf(text, f.start)),
    [166, 167],
  );
  assert.ok(!ids(found).includes('no-contact'), 'GitHub private reporting is a channel');
});

test('004: the mojibake repair produces exactly the lines of the seeds README', () => {
  const text = read('004_6b676d4ed55cad0f.txt');
  const fixes = lint(text)
    .filter((f) => f.ruleId === 'mojibake')
    .map((f) => f.fix!);
  const repaired = applyEdits(
    text,
    fixes.flatMap((f) => f.edits),
  ).split('\n');
  const expected: Record<number, string> = {
    5: '## 🔒 Our Commitment',
    14: '## 📋 Supported Versions',
    24: '## 🔐 Reporting Security Vulnerabilities',
    57: '## 🛡️ Security Best Practices',
    157: '## 📞 Contact Information',
    170: '## 🏆 Security Recognition',
  };
  for (const [line, content] of Object.entries(expected)) assert.equal(repaired[Number(line) - 1], content);
  assert.match(repaired[19], /\| ✅ Yes /);
  assert.match(repaired[20], /\| ⚠️ Limited /);
  assert.match(repaired[21], /\| ❌ No /);
  assert.ok(repaired[20].includes('⚠\uFE0F'), 'variation selector restored after ⚠');
  assert.ok(repaired[56].includes('🛡\uFE0F'), 'variation selector restored after 🛡');
  // Nothing else changed.
  const original = text.split('\n');
  const changed = original.map((l, i) => (l !== repaired[i] ? i + 1 : 0)).filter(Boolean);
  assert.deepEqual(changed, [5, 14, 20, 21, 22, 24, 57, 104, 136, 157, 170, 183, 195]);
});

test('004: fix-all repairs all mojibake and leaves no mojibake finding', () => {
  const text = read('004_6b676d4ed55cad0f.txt');
  const options = { kind: 'md' as const, config: DEFAULT_CONFIG, env: { today: TODAY } };
  const fixed = fixText(text, options);
  assert.ok(fixed.applied >= 13);
  assert.ok(!checkText(fixed.text, options).findings.some((f) => f.ruleId === 'mojibake'));
});
