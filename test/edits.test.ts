/** Text edits (server/src/core/edits.ts) and code masking (server/src/kinds/md/markdown.ts), against their plain definitions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, insertBlock, lineRemoval } from '../server/src/core/edits';
import { detectEol } from '../server/src/core/text';
import { maskCode } from '../server/src/kinds/md/markdown';

/** insertBlock as first written: patterns over the whole text before the insertion point. */
function insertBlockByPatterns(text: string, at: number, lines: readonly string[]): string {
  const eol = detectEol(text);
  const [before, after] = [text.slice(0, at), text.slice(at)];
  let prefix = '';
  if (before.length > 0) {
    if (!/\n$/.test(before)) prefix = eol + eol;
    else if (!/\n[ \t]*\r?\n$/.test(before) && before.trim() !== '') prefix = eol;
  }
  const suffix = after.length === 0 ? eol : /^[ \t]*\r?\n/.test(after) ? eol : eol + eol;
  return prefix + lines.join(eol) + suffix;
}

test('a block is inserted with exactly the blank lines around it that Markdown needs', () => {
  assert.deepEqual(insertBlock('# A\n\ntext\n', 5, ['## B']), { start: 5, end: 5, newText: '## B\n\n' });
  assert.deepEqual(insertBlock('# A\ntext\n', 4, ['## B']), { start: 4, end: 4, newText: '\n## B\n\n' });
  assert.deepEqual(insertBlock('# A\r\n \t\r\ntext', 9, ['## B']).newText, '## B\r\n\r\n');
  assert.deepEqual(insertBlock('# A', 3, ['## B', 'x']).newText, '\n\n## B\nx\n');
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', 'a', '\u00a0', '#'), { maxLength: 12 }),
      fc.nat(),
      (parts, n) => {
        const text = parts.join('');
        const at = n % (text.length + 1);
        assert.equal(
          insertBlock(text, at, ['## B']).newText,
          insertBlockByPatterns(text, at, ['## B']),
          JSON.stringify([text, at]),
        );
      },
    ),
    { numRuns: 5000 },
  );
});

test('masked code keeps its line breaks and the text its length', () => {
  assert.equal(
    maskCode('a `b c` d\n```\nx\r\ny\n```\n', [
      [2, 7],
      [10, 23],
    ]),
    'a       d\n   \n \r\n \n   \n',
  );
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('\n', '\r\n', '\r', ' ', 'a', '`'), { maxLength: 20 }),
      fc.nat(),
      fc.nat(),
      (parts, a, b) => {
        const text = parts.join('');
        const [s, e] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const expected = text.slice(0, s) + text.slice(s, e).replace(/[^\r\n]/g, ' ') + text.slice(e);
        assert.equal(maskCode(text, [[s, e]]), expected);
      },
    ),
    { numRuns: 3000 },
  );
});

test('whole lines are removed with one line break, the one before them when they end the text without one', () => {
  const cases: Array<[string, number, number, string]> = [
    ['a\n# x\nb\n', 2, 5, 'a\nb\n'],
    ['a\r\n# x\r\nb', 3, 6, 'a\r\nb'],
    ['a\n# x', 2, 5, 'a'],
    ['a\r\n# x', 3, 6, 'a'],
    ['a\r# x', 2, 5, 'a'],
    ['# x', 0, 3, ''],
    ['# x\n', 0, 3, ''],
    ['a\n\n# x\n# y', 3, 10, 'a\n'],
  ];
  for (const [text, start, end, after] of cases) {
    assert.equal(applyEdits(text, [lineRemoval(text, start, end)]), after, JSON.stringify(text));
  }
});
