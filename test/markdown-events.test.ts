/**
 * The Markdown model built from micromark's events equals the model read off remark-parse's mdast tree (the way it
 * was built before, kept as the oracle in ./mdast-oracle.ts): on the real policies, on the rule examples, and on
 * generated documents dense in the constructs where a tree and a walk of events could part (links inside headings,
 * images inside links, references, escapes, code and HTML in labels, tables, tabs, CRLF).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { markdownModelOf } from '../server/src/kinds/md/markdown';
import { defuse } from '../server/src/kinds/md/markdown-bounds';
import { allRuleMetas } from '../server/src';
import { mdastModelOf } from './mdast-oracle';
import { TEXT_AROUND_MARKUP } from './helpers';

const seedDir = join(__dirname, 'fixtures', 'seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(seedDir, f), 'utf8'));

const sameModel = (text: string): void =>
  assert.deepEqual(markdownModelOf(text), mdastModelOf(text), JSON.stringify(text));

test('the event walk gives the tree model on the real policies and every rule example', () => {
  for (const seed of seeds) sameModel(seed);
  let examples = 0;
  for (const meta of allRuleMetas) {
    for (const example of [...meta.invalid, ...meta.valid]) {
      // Beyond the parser's bounds the model reads plain text on purpose, and the oracle does not (check-limits).
      if ((example.kind ?? 'md') !== 'md' || defuse(example.text).plain.length > 0) continue;
      sameModel(example.text);
      examples++;
    }
  }
  assert.ok(examples > 100, `${examples} Markdown examples`);
});

test('the event walk gives the tree model on a few constructs written out', () => {
  const cases = [
    '# Title with [a link](http://x.y "t") and `code` and ![img *alt*](i.png)\n',
    'Setext *heading*\nover two lines\n===\n\nAnd text.\n',
    '[ref label with http://bare.example][r] and [r]\n\n[r]: <http://dest\\)> "title"\n',
    '[![badge `c` <b>x</b>](b.svg)](http://link.example) after http://bare.example/x).\n',
    '| a `x\\|y` | [l](u) |\n|---|---|\n| http://c.example | <a href="h">d</a> |\n',
    '> quote with <!-- a comment -->\n> and http://q.example\n\n<!--\nflow comment\n-->\n',
    '<https://auto.example> <me@acme.org> [x](<>) ![](  )\n',
    'text\twith\ttabs http://t.example\n>\tquoted\ttab\n',
    'crlf http://a.example\r\nnext\r\n# Heading\r\n',
    '[link\nover lines](http://l.example) and ![alt\nlines](i.png)\n',
    '![outer ![inner](in.png) [l](u) <!-- c -->](out.png)\n',
    '# Title ![alt][x] and [link ![alt][x]](u)\n\n[x]: i.png\n',
    '| h |\n|---|\n| [`a\\|b`](u) |\n',
  ];
  for (const text of cases) sameModel(text);
});

/** Pieces of Markdown syntax, so that generated documents meet every construct and most ways to break one. */
const PIECES = [
  ...TEXT_AROUND_MARKUP,
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '!',
  '`',
  '``',
  '\\',
  '*',
  '_',
  '#',
  '# ',
  '## ',
  '|',
  '-',
  '=',
  '===',
  '---',
  ':',
  '"',
  "'",
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '> ',
  '```',
  '~~~',
  '    ',
  '<!--',
  '-->',
  '<!-- c -->',
  '<a href="h">',
  '</a>',
  '<div>',
  '<b>',
  '[x]: http://d.example',
  '[x]',
  '[x][]',
  '[y][x]',
  '![',
  '](',
  '](http://e.example)',
  ' "t")',
  '| a | b |\n|---|---|\n',
  '<http://f.example>',
  '<g@h.org>',
  '&amp;',
  '&#42;',
  '- ',
  '1. ',
  '\\[',
  '\\`',
  '\\|',
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

const mutatedSeed = fc
  .record({
    seed: fc.constantFrom(...seeds),
    edits: fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 20 }), insert: fc.constantFrom(...PIECES) }), {
      maxLength: 8,
    }),
  })
  .map(({ seed, edits }) =>
    edits.reduce((text, e) => {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + e.insert + text.slice(at + e.del);
    }, seed),
  );

test('the event walk gives the tree model on generated documents', () => {
  fc.assert(
    fc.property(soup, (text) => sameModel(text)),
    { numRuns: 3000 },
  );
  fc.assert(
    fc.property(mutatedSeed, (text) => sameModel(text)),
    { numRuns: 200 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), (text) => sameModel(text)),
    { numRuns: 500 },
  );
});
