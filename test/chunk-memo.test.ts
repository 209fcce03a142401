/** The memo of parsed sections the CLI keeps across repositories: bounded by characters, least recently used first out. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChunkMemo } from '../server/src/engine/chunk-memo';
import type { MarkdownModel } from '../server/src/engine/markdown';

const model = (depth: number): MarkdownModel => ({
  headings: [{ depth, text: 'h', start: 0, end: 3 }],
  links: [],
  tables: [],
  comments: [],
  codeRanges: [],
});

test('a section is found again by its text, and hits and misses are counted', () => {
  const memo = new ChunkMemo(100);
  assert.equal(memo.get('# A\n'), undefined);
  memo.set('# A\n', model(1));
  assert.deepEqual(memo.get('# A\n'), model(1));
  assert.deepEqual([memo.hits, memo.misses], [1, 1]);
});

test('past the budget the least recently used sections are dropped, and the held characters stay within it', () => {
  const memo = new ChunkMemo(10);
  memo.set('aaaa', model(1));
  memo.set('bbbb', model(2));
  memo.get('aaaa'); // now more recent than bbbb
  memo.set('cccc', model(3)); // 12 characters: bbbb goes
  assert.equal(memo.get('bbbb'), undefined);
  assert.deepEqual(memo.get('aaaa'), model(1));
  assert.deepEqual(memo.get('cccc'), model(3));
  assert.deepEqual([memo.size, memo.heldChars], [2, 8]);
});

test('a section longer than the whole budget is not kept, and keeps what is there', () => {
  const memo = new ChunkMemo(10);
  memo.set('aaaa', model(1));
  memo.set('x'.repeat(11), model(2));
  assert.equal(memo.get('x'.repeat(11)), undefined);
  assert.deepEqual([memo.size, memo.heldChars], [1, 4]);
});
