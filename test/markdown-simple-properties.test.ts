/**
 * Wherever the plainest Markdown is read without micromark (server/src/kinds/md/markdown-simple.ts), its model is
 * micromark's: on generated texts dense in the characters of headings, links, code spans, autolinks, brackets,
 * comments and fences, whole and broken, and on generated tables.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsedModelOf, type MarkdownModel } from '../server/src/kinds/md/markdown';
import { simpleModelOf } from '../server/src/kinds/md/markdown-simple';
import { TEXT_AROUND_MARKUP } from './helpers';

/**
 * Checks `numRuns` generated texts: every one the reader reads has micromark's model. Returns how many were read
 * (`texts`) and how many of those hold each construct that `holds` names.
 */
function readCounts(
  texts: fc.Arbitrary<string>,
  numRuns: number,
  holds: Record<string, (model: MarkdownModel, text: string) => boolean>,
): Record<string, number> {
  const read: Record<string, number> = { texts: 0, ...Object.fromEntries(Object.keys(holds).map((k) => [k, 0])) };
  fc.assert(
    fc.property(texts, (t) => {
      const model = simpleModelOf(t);
      if (!model) return;
      read.texts++;
      for (const [construct, test] of Object.entries(holds)) if (test(model, t)) read[construct]++;
      assert.deepEqual(model, parsedModelOf(t), JSON.stringify(t));
    }),
    { numRuns },
  );
  return read;
}

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
  '<https://a.example/x_y>',
  '<mailto:x@y.org>',
  '<x@y.org>',
  '<a-@b.org>',
  '<!--',
  '-->',
  '<!-- c -->',
  '<!-- c -->\n',
  '```',
  '```\n',
  '~~~\n',
  '\n```\n',
  '```sh\nx\n```\n',
  '[x]',
  '[ ]',
  '<br>',
  '<a href="https://a.example">',
  '</a>',
  "<img src='x' alt=y/>",
  '<SECURITY_EMAIL>',
  '\n<p>',
  '</div>\n',
  '<b\n>',
  '<a title="x\ny">',
  '\\',
  '\\*',
  '\\[',
  '\\`',
  '\\<',
  '\\|',
  '\\\n',
  '> ',
  '---',
  '***',
  '- - -',
  '[a](b\n)',
  '[a\\_b](c)',
  '# a `b` [c](d)',
  '## x <https://a.example>',
  '\n> ',
  '\n>',
  'a | b',
  '\n--|--',
  '<br/>',
  '<BR />',
  '<=',
  '<= 1.0',
  '<1@b.org>',
  '<=x@y.org>',
  '[`c`](u)',
  '[a ` b ` c](u)',
  '](\n',
  '(\nhttp://a.example)',
  '[a](\n  b)',
  '[a \n  b](u)',
  '[a\r\n b `c`](u)',
  ']:',
  '| a | b |\n|---|---|\n',
  '| x |\n| :-- |\n| `1` |\n',
  '<div align="center">',
  '<p>',
  '</p>',
  '<h5>',
  '<div/>',
  '<div/x',
  '<DIV>',
  '<pre>',
  '<table>\n',
  '<h1 align="center"><a href="https://a.example">x</a></h1>',
  '[a]: https://a.example\n',
  '`{ ["k"]: v }`',
  '1. ',
];

test('whatever text it reads has the model micromark gives it', () => {
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
  const read = readCounts(text, 3000, { autolinks: (model, t) => model.links.some((link) => t[link.start] === '<') });
  // Each construct is met often enough that a difference in it would show.
  assert.ok(read.texts > 500, `only ${read.texts} of the generated texts were read`);
  for (const [construct, count] of Object.entries(read))
    assert.ok(count > 20, `only ${count} generated texts with ${construct} were read`);
});

/** Whole blocks, plain and not, and a line of the pieces above, for texts of several blocks. */
const BLOCKS = [
  '<!-- c -->',
  '<!--\nx\n\ny\n-->',
  '<!-- a --> b',
  '```\ncode\n```',
  '```sh\n<x> [y]\n```  ',
  '~~~~\n~~~\n~~~~',
  '```\nunclosed',
  '# Title',
  '### Policy https://a.example',
  '## `Version` [support](https://a.example) \\_x\\_',
  'text\n> quote\n\n* * *',
  '## A <b>',
  'see [x] and <https://a.example> or <x@y.org> `c`',
  '[a](b) [c]',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '> quote',
  '> a [b](c)\n> `d` <https://a.example>\n>\n> e',
  'a \\* b | c',
  '   ',
  '<div align="center">\n<a href="https://a.example"><img src="x"></a>\n</div>',
  '<p align="left">\n    中文&nbsp<a href="SECURITY.md">English</a>\n</p>',
  '<details>\n<summary>x</summary>\n\n[a](b)\n\n</details>',
  '</p>',
  '<h2 id="x">Policy</h2>\n# not a heading\n> nor a quote',
];

test('whatever text of several blocks it reads has the model micromark gives it', () => {
  const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));
  const block = fc.oneof(fc.constantFrom(...BLOCKS), line);
  const text = fc
    .tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n'))
    .map(([blocks, between]) => blocks.join(between).replace(/\r?\n/g, between.slice(0, between.indexOf('\n') + 1)));
  const read = readCounts(text, 2000, {
    comments: (model) => model.comments.length > 0,
    fences: (model) => model.codeRanges.length > model.comments.length,
    headings: (model) => model.headings.length > 0,
    'HTML blocks': (model) => model.links.some((link) => link.kind === 'html'),
  });
  for (const [construct, count] of Object.entries(read))
    assert.ok(count > 20, `only ${count} generated texts with ${construct} were read`);
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
  const { tables } = readCounts(table, 5000, { tables: (model) => model.tables.length > 0 });
  assert.ok(tables > 120, `only ${tables} of the generated tables were read`);
});
