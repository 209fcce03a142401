/** "Did you mean": the nearest known name for a mistyped rule id, in configuration files and disable comments. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownRuleIds, parseConfigFile } from '../server/src';
import { closestName, editDistance } from '../server/src/core/suggest';

test('edit distance counts an adjacent swap as one edit', () => {
  assert.equal(editDistance('no-contact', 'no-cotnact'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('the nearest name within a third of its length, a part of it, or the same words reordered', () => {
  const names = ['check', 'init', 'rules', 'explain'];
  assert.equal(closestName('chek', names), 'check');
  assert.equal(closestName('rule', names), 'rules');
  assert.equal(closestName('lint', names), undefined); // a synonym, not a typo: the CLI maps it to check
  assert.equal(closestName('fmt', names), undefined);
  assert.equal(closestName('schema-insights', knownRuleIds), 'insights-schema');
  assert.equal(closestName('stale-dates', knownRuleIds), 'stale-date');
  assert.equal(closestName('whatever', knownRuleIds), undefined);
});

test('an unknown rule in .security-policy.json is a warning with the nearest rule id, at the key', () => {
  const text = '{\n  "rules": { "no-contacts": "off", "zzz": "off" }\n}\n';
  const { problems, config } = parseConfigFile(text, knownRuleIds);
  assert.deepEqual(problems, [
    { message: 'Unknown rule "no-contacts"; did you mean "no-contact"?', start: 15, end: 28, severity: 'warning' },
    { message: 'Unknown rule "zzz".', start: 37, end: 42, severity: 'warning' },
  ]);
  assert.deepEqual(config.rules, {});
});
