/**
 * The plainest headings, links and code spans are read without micromark (server/src/kinds/md/markdown-simple.ts):
 * the model it gives, what it leaves to micromark, and that wherever it gives a model it is micromark's, on every
 * block of the evaluation corpus's policies and on generated texts dense in the characters of those constructs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsedModelOf } from '../server/src/kinds/md/markdown';
import { blockStarts, sectionStarts } from '../server/src/kinds/md/markdown-chunks';
import { isProse } from '../server/src/kinds/md/markdown-prose';
import { simpleModelOf } from '../server/src/kinds/md/markdown-simple';
import { corpusFiles } from '../scripts/corpus';
import { TEXT_AROUND_MARKUP } from './helpers';

test('a plain heading, then links, a code span and bare URLs: their model, with offsets, in document order', () => {
  const text =
    '## Reporting a Vulnerability  \n' +
    'Email [the team](mailto:security@acme.org) or see `SECURITY.md`, https://acme.org/s.\n' +
    '[https://acme.org](https://acme.org)\n\n';
  const model = simpleModelOf(text);
  assert.deepEqual(model, {
    headings: [{ depth: 2, text: 'Reporting a Vulnerability', start: 0, end: 30 }],
    links: [
      { url: 'mailto:security@acme.org', label: 'the team', start: 37, end: 73, kind: 'link' },
      { url: 'https://acme.org/s', label: 'https://acme.org/s', start: 96, end: 114, kind: 'autolink' },
      { url: 'https://acme.org', label: 'https://acme.org', start: 116, end: 152, kind: 'autolink' },
    ],
    tables: [],
    comments: [],
    codeRanges: [[81, 94]],
  });
  assert.deepEqual(model, parsedModelOf(text));
});

test('a table of framed rows: the table and its lines, and the links, code and bare URLs of its cells', () => {
  const text =
    '### Supported Versions\n' +
    '| Version | Supported | Notes |\n' +
    '| ------- | :-------: | ----- |\n' +
    '| 2.x | ✅ | see [the log](CHANGELOG.md) |\n' +
    '| < 2.0 | :x: | `legacy` https://acme.org/eol |\n\n';
  const model = simpleModelOf(text);
  assert.deepEqual(model, {
    headings: [{ depth: 3, text: 'Supported Versions', start: 0, end: 22 }],
    links: [
      { url: 'CHANGELOG.md', label: 'the log', start: 103, end: 126, kind: 'link' },
      { url: 'https://acme.org/eol', label: 'https://acme.org/eol', start: 154, end: 174, kind: 'autolink' },
    ],
    tables: [
      {
        start: 23,
        end: 176,
        lines: [
          { start: 23, end: 54 },
          { start: 55, end: 86 },
          { start: 87, end: 128 },
          { start: 129, end: 176 },
        ],
      },
    ],
    comments: [],
    codeRanges: [[145, 153]],
  });
  assert.deepEqual(model, parsedModelOf(text));
});

test('CRLF line endings: lines end before the carriage return, as micromark ends them', () => {
  const text = '## Versions \r\n| Version | Supported |\r\n| --- | --- |\r\n| 1.x | `yes` |\r\n\r\n';
  const model = simpleModelOf(text);
  assert.deepEqual(model, {
    headings: [{ depth: 2, text: 'Versions', start: 0, end: 12 }],
    links: [],
    tables: [
      {
        start: 14,
        end: 69,
        lines: [
          { start: 14, end: 37 },
          { start: 39, end: 52 },
          { start: 54, end: 69 },
        ],
      },
    ],
    comments: [],
    codeRanges: [[62, 67]],
  });
  assert.deepEqual(model, parsedModelOf(text));
});

test('left to micromark: every form of these constructs that is not the plainest, and every other construct', () => {
  for (const text of [
    '![logo](a.png)',
    'see [a] and [b]',
    '[a][b]',
    '[a](b "title")',
    '[a](<b>)',
    '[a](b(c))',
    '[a](b c)',
    '[a]()',
    '[](b)',
    '[a\nb](c)',
    'a ] b',
    '``a``',
    'a `b\nc` d',
    '`unclosed',
    '# C#',
    '#Tag',
    '####### seven',
    '<https://acme.org>',
    'a \\* b',
    'a | b\n--|--',
    'Latest:\n| a |\n|---|',
    '| a | b |\n|---|\n',
    '| a |\n| b |',
    '| a |\n|---|\ntext',
    '| a |\n|---|\n ',
    '| `a|b` |\n|---|',
    '| a |\n|---|\n| [x|y](z) |',
    'a | b',
    '<br> and <https://acme.org>',
    '> quote',
    'Title\n---',
    'text\n## heading',
    'a\tb',
    'a\rb',
    '[a](b) '.repeat(130),
  ])
    assert.equal(simpleModelOf(text), undefined, JSON.stringify(text));
});

test('every block of the evaluation corpus that it reads has the model micromark gives', () => {
  let read = 0;
  for (const file of corpusFiles().filter((f) => f.kind === 'md')) {
    const text = file.text.replace(/^\uFEFF/, '');
    const sections = sectionStarts(text, 0);
    for (const [i, from] of sections.entries()) {
      const section = text.slice(from, sections[i + 1] ?? text.length);
      const blocks = blockStarts(section);
      for (const [j, start] of blocks.entries()) {
        const block = section.slice(start, blocks[j + 1] ?? section.length);
        const model = isProse(block) ? undefined : simpleModelOf(block);
        if (!model) continue;
        read++;
        assert.deepEqual(model, parsedModelOf(block), `${file.name}: ${JSON.stringify(block)}`);
      }
    }
  }
  assert.ok(read > 700, `only ${read} blocks of the corpus were read without micromark`);
});

/** Pieces of headings, links, code spans and tables, whole and broken, and the text around them. */
const PIECES = [
  ...TEXT_AROUND_MARKUP,
  ' ',
  '  ',
  '    ',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  '\r',
  '[',
  ']',
  '](',
  '(',
  ')',
  '`',
  '``',
  '![',
  '!',
  '# ',
  '## ',
  '###### ',
  '####### ',
  '#',
  '- ',
  '-',
  '*',
  '**',
  '_',
  '=',
  ':',
  '~',
  '>',
  '&amp;',
  '"',
  '.',
  '\u00a0',
  '[a](b)',
  '[x](http://a.example)',
  '`c`',
  ' "t"',
  '|',
  ' | ',
  '|\n',
  '\n|',
  '|---|',
  '| --- | :-: |',
  '<',
  '< 1.0',
  '<a',
  '| a | b |\n|---|---|\n',
  '| x |\n| :-- |\n| `1` |\n',
];

test('whatever text it reads has the model micromark gives it', () => {
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
  let read = 0;
  fc.assert(
    fc.property(text, (t) => {
      const model = simpleModelOf(t);
      if (!model) return;
      read++;
      assert.deepEqual(model, parsedModelOf(t), JSON.stringify(t));
    }),
    { numRuns: 3000 },
  );
  assert.ok(read > 500, `only ${read} of the generated texts were read`);
});

/** Cells of a table row, from plain words to markup a cell may or may not hold as the plainest form. */
const CELL_PIECES = [
  'a',
  'word',
  ' ',
  '  ',
  '`c`',
  '[a](b)',
  'http://a.example',
  '< 1.0',
  '<',
  ':x:',
  '✅',
  '*',
  '-',
  '#',
];
const DELIMITERS = ['---', ' --- ', ':--', '--:', ':-:', '-', '---', ' --- ', '---', '', ' ', 'a', '- -'];

test('whatever table it reads has the model micromark gives it', () => {
  const cell = fc.array(fc.constantFrom(...CELL_PIECES), { maxLength: 4 }).map((parts) => parts.join(''));
  const table = fc
    .record({
      header: fc.array(cell, { minLength: 1, maxLength: 4 }),
      delimiters: fc.array(fc.constantFrom(...DELIMITERS), { minLength: 5, maxLength: 5 }),
      // Mostly as many delimiter cells as header cells, as a table has.
      more: fc.constantFrom(0, 0, 0, 0, -1, 1),
      body: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 4 }),
      // Mostly the shapes it reads, sometimes one it must leave to micromark.
      before: fc.constantFrom('', '', '# T\n', 'text\n'),
      after: fc.constantFrom('', '\n', '\n\n', '\r\n\r\n', ' ', '\ntext', '\n| z |'),
      frame: fc.constantFrom('|', '|', '| ', ''),
      rowEnd: fc.constantFrom('|', '|', '| ', ''),
      lineEnd: fc.constantFrom('\n', '\r\n'),
    })
    .map((t) => {
      const row = (cells: string[]): string => `${t.frame}${cells.join('|')}${t.rowEnd}`;
      const delimiters = t.delimiters.slice(0, Math.max(0, t.header.length + t.more));
      return t.before + [row(t.header), row(delimiters), ...t.body.map(row)].join(t.lineEnd) + t.after;
    });
  let tables = 0;
  fc.assert(
    fc.property(table, (t) => {
      const model = simpleModelOf(t);
      if (!model) return;
      if (model.tables.length > 0) tables++;
      assert.deepEqual(model, parsedModelOf(t), JSON.stringify(t));
    }),
    { numRuns: 5000 },
  );
  assert.ok(tables > 120, `only ${tables} of the generated tables were read`);
});
