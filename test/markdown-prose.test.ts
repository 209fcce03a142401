/**
 * Prose is not handed to micromark (server/src/kinds/md/markdown-prose.ts): what it tells apart, and that the model
 * of any text it calls prose is the model micromark gives, on generated texts dense in the characters that come
 * closest to markup without being it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { markdownModelOf, parsedModelOf } from '../server/src/kinds/md/markdown';
import { isProse } from '../server/src/kinds/md/markdown-prose';
import { TEXT_AROUND_MARKUP } from './helpers';

test('prose: paragraphs and list items of plain text, bare URLs and addresses included', () => {
  for (const text of [
    'Please email security@acme.org. We reply within 3 business days.\n',
    '- Describe the issue\n- Include steps to reproduce\n* and *what* you expected\n+ 1. 2) items\n',
    'See https://acme.org/security (our page) & www.acme.org!\n\n',
    'Ratings: 5 - 10 are high; a = b; x: y; ~two~ tildes; #hashtag within text; 2 > 1.\n',
    '    indented text, as indented code is not parsed\r\n\tand a tab\r\n',
    '',
  ])
    assert.equal(isProse(text), true, JSON.stringify(text));
});

test('not prose: every character and line start that can open what the model records', () => {
  for (const text of [
    'a [link](u)',
    'a ] alone',
    '<https://acme.org>',
    'an <!-- comment -->',
    'inline `code`',
    'an \\* escape',
    'a | b',
    '# Heading',
    '  ## Indented heading',
    'Title\n=====',
    'Title\n---',
    'text\n-',
    '***',
    '_ _ _',
    '> quoted',
    '~~~\ncode\n~~~',
    'cell\n:--',
  ])
    assert.equal(isProse(text), false, JSON.stringify(text));
});

test('a bare URL in prose is the autolink micromark would give, with its offsets', () => {
  const text = 'Report at https://acme.org/report. Or www.acme.org/x), not (https://a.example/b).\n';
  assert.deepEqual(markdownModelOf(text).links, [
    { url: 'https://acme.org/report', label: 'https://acme.org/report', start: 10, end: 33, kind: 'autolink' },
    { url: 'https://www.acme.org/x', label: 'www.acme.org/x', start: 38, end: 52, kind: 'autolink' },
    { url: 'https://a.example/b', label: 'https://a.example/b', start: 60, end: 79, kind: 'autolink' },
  ]);
  assert.deepEqual(markdownModelOf(text), parsedModelOf(text));
});

/** Characters next to markup: in words, mid-line, or at a line's start after text that keeps it from being one. */
const NEAR_MARKUP = [
  ...TEXT_AROUND_MARKUP,
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '-',
  '- ',
  '--',
  '*',
  '* ',
  '_',
  '=',
  ':',
  '~',
  '~~',
  '#',
  '>',
  '+',
  '1.',
  '2)',
  '!',
  '(',
  ')',
  '&amp;',
  '&',
  '"',
  "'",
  '.',
  ',',
  'http',
  'www.',
  '/',
  '@',
];

test('whatever text is taken for prose has the model micromark gives it', () => {
  const text = fc.array(fc.constantFrom(...NEAR_MARKUP), { maxLength: 40 }).map((parts) => parts.join(''));
  let prose = 0;
  fc.assert(
    fc.property(text, (t) => {
      if (!isProse(t)) return;
      prose++;
      assert.deepEqual(markdownModelOf(t), parsedModelOf(t), JSON.stringify(t));
    }),
    { numRuns: 3000 },
  );
  assert.ok(prose > 300, `only ${prose} of the generated texts were prose`);
});
