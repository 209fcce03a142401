/** The memo of parsed sections the CLI keeps across repositories: bounded by characters, least recently used first out. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TextMemo } from '../server/src/core/text-memo';
import { parseMarkdown, rememberingChunks, type MarkdownModel } from '../server/src/kinds/md/markdown';

const model = (depth: number): MarkdownModel => ({
  headings: [{ depth, text: 'h', start: 0, end: 3 }],
  links: [],
  tables: [],
  comments: [],
  codeRanges: [],
});

/** A section parsed in two repositories, as the check meets it: a miss and a parse each time. */
function metTwice(memo: TextMemo<MarkdownModel>, text: string, parsed: MarkdownModel): void {
  for (let i = 0; i < 2; i++) if (!memo.get(text)) memo.set(text, parsed);
}

test('a section is kept the second time it is met, found again by its text, and hits and misses are counted', () => {
  const memo = new TextMemo<MarkdownModel>(100);
  assert.equal(memo.get('# A\n'), undefined);
  memo.set('# A\n', model(1));
  assert.equal(memo.get('# A\n'), undefined, 'met once: not kept');
  memo.set('# A\n', model(1));
  assert.deepEqual(memo.get('# A\n'), model(1));
  assert.deepEqual([memo.hits, memo.misses, memo.size], [1, 2, 1]);
});

test('remember: computes a text met once, computes one met again from its own copy and keeps it, then finds it', () => {
  const memo = new TextMemo<string>(100);
  const calls: string[] = [];
  const compute = (text: string): string => {
    calls.push(`compute ${JSON.stringify(text)}`);
    return `parsed ${text}`;
  };
  const own = (text: string): string => {
    calls.push('copy');
    return [...text].join('');
  };
  const answers = [1, 2, 3].map(() => memo.remember('# A\n', compute, own));
  assert.deepEqual(answers, ['parsed # A\n', 'parsed # A\n', 'parsed # A\n']);
  assert.deepEqual(calls, ['compute "# A\\n"', 'copy', 'compute "# A\\n"']);
  assert.deepEqual([memo.hits, memo.misses, memo.size, memo.heldChars], [1, 2, 1, 4]);
});

test('a memo of texts usually copied whole keeps a text the first time it is met', () => {
  const memo = new TextMemo<MarkdownModel>(100, true);
  memo.set('aaaa', model(1));
  assert.deepEqual(memo.get('aaaa'), model(1));
  assert.deepEqual([memo.size, memo.heldChars], [1, 4]);
});

test('sections met only once take no room', () => {
  const memo = new TextMemo<MarkdownModel>(100);
  for (let i = 0; i < 1000; i++) memo.set(`# Repository ${i}\n`, model(1));
  assert.deepEqual([memo.size, memo.heldChars], [0, 0]);
});

test('past the budget the least recently used sections are dropped, and the held characters stay within it', () => {
  const memo = new TextMemo<MarkdownModel>(10);
  metTwice(memo, 'aaaa', model(1));
  metTwice(memo, 'bbbb', model(2));
  memo.get('aaaa'); // now more recent than bbbb
  metTwice(memo, 'cccc', model(3)); // 12 characters: bbbb goes
  assert.equal(memo.get('bbbb'), undefined);
  assert.deepEqual(memo.get('aaaa'), model(1));
  assert.deepEqual(memo.get('cccc'), model(3));
  assert.deepEqual([memo.size, memo.heldChars], [2, 8]);
});

test('a section longer than the whole budget is not kept, and keeps what is there', () => {
  const memo = new TextMemo<MarkdownModel>(10);
  metTwice(memo, 'aaaa', model(1));
  metTwice(memo, 'x'.repeat(11), model(2));
  assert.equal(memo.get('x'.repeat(11)), undefined);
  assert.deepEqual([memo.size, memo.heldChars], [1, 4]);
});

test('what the memo keeps holds only the sections and their blocks, not the documents they came from', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const memo = new TextMemo<MarkdownModel>(2_000_000);
  const tail = (seed: string): string => `${seed}: prose with https://example.org/${seed} in it. `.repeat(400);
  gc();
  const before = process.memoryUsage().heapUsed;
  // 1,000 pairs of 20 KB policies, each pair sharing only a first section of about 350 characters.
  for (let i = 0; i < 1000; i++) {
    const head = `## Shared ${i}\n\nSee https://acme.org/${i} for more. ${'Words here. '.repeat(25)}\n\n`;
    for (const side of ['a', 'b'])
      rememberingChunks(() => parseMarkdown(`${head}## Tail\n\n${tail(side + i)}\n`), memo);
  }
  gc();
  const grownMb = (process.memoryUsage().heapUsed - before) / 1048576;
  // Each shared section and its two blocks (heading, paragraph), and the "## Tail" heading block every policy has.
  assert.equal(memo.size, 3 * 1000 + 1);
  assert.ok(memo.heldChars < 800_000, `${memo.heldChars} characters held`);
  // Kept as slices of their documents, the sections held 21.7 MB; on their own, 2 MB; with their blocks, 3.1 MB.
  assert.ok(grownMb < 8, `the heap grew by ${grownMb.toFixed(1)} MB`);
});
