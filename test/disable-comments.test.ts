/**
 * Disable comments reported: ids naming no rule (disable-unknown-rule) and directives that suppressed nothing
 * (disable-unused, info by default, added by the runner). The rules' own examples state line, column and message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from './helpers';

const unused = (text: string, options: Parameters<typeof lint>[1] = {}): string[] =>
  lint(text, options)
    .filter((f) => f.ruleId === 'disable-unused')
    .map((f) => `${f.severity} ${f.start}-${f.end} ${f.message}`);

const NOREPLY = '# Security\n\nMail a@users.noreply.github.com.';

test('a directive that suppressed a finding is not reported; one that suppressed nothing is, at info', () => {
  assert.deepEqual(unused(`${NOREPLY} <!-- security-policy-disable-line undeliverable-contact -->\n`), []);
  assert.deepEqual(
    unused('# Security\n\nEmail security@acme.org. <!-- security-policy-disable-line placeholder -->\n'),
    ['info 37-86 Unused disable comment: no "placeholder" finding to suppress here.'],
  );
});

test('a passage disabled and enabled again, with nothing in it, is reported at its disable comment', () => {
  const text =
    '# Security\n\n<!-- security-policy-disable placeholder -->\nEmail security@acme.org.\n<!-- security-policy-enable placeholder -->\n';
  assert.deepEqual(unused(text), ['info 12-56 Unused disable comment: no "placeholder" finding to suppress here.']);
});

test('rules off under the configuration, and unknown ids, are never called unused', () => {
  const text = '# Security\n\nEmail security@acme.org. <!-- security-policy-disable-line insights-missing nope -->\n';
  assert.deepEqual(unused(text), []);
  const placeholder = '# Security\n\nEmail security@acme.org. <!-- security-policy-disable-line placeholder -->\n';
  assert.deepEqual(unused(placeholder, { config: { rules: { placeholder: 'off' } } }), []);
});

test('the strict profile raises it to a warning; "off" in the configuration silences it', () => {
  const text = '# Security\n\nEmail security@acme.org. <!-- security-policy-disable-line placeholder -->\n';
  assert.match(unused(text, { profile: 'strict' })[0], /^warning /);
  assert.deepEqual(unused(text, { config: { rules: { 'disable-unused': 'off' } } }), []);
});

test('an unknown id is a warning at the id, with the nearest rule', () => {
  const found = lint(`${NOREPLY} <!-- security-policy-disable-line undeliverable-contacts -->\n`).filter(
    (f) => f.ruleId === 'disable-unknown-rule',
  );
  assert.deepEqual(
    found.map((f) => [f.severity, f.start, f.end, f.message, f.fix?.safe]),
    [
      [
        'warning',
        79,
        101,
        'Unknown rule "undeliverable-contacts" in a disable comment; did you mean "undeliverable-contact"?',
        false,
      ],
    ],
  );
});
