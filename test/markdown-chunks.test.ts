/**
 * Where a Markdown text is cut to be parsed in parts (server/src/kinds/md/markdown-chunks.ts): the cuts, and the parse
 * in parts (sections, then blocks of a section met for the first time) equal to the parse of the whole text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockStarts, sectionStarts } from '../server/src/kinds/md/markdown-chunks';
import { parseMarkdown, rememberingChunks, type MarkdownModel } from '../server/src/kinds/md/markdown';
import { TextMemo } from '../server/src/core/text-memo';

test('sections begin at ATX headings, blocks after blank lines', () => {
  const text = '# Security\n\nEmail a@b.org.\nSecond line.\n\n## Reporting\n \t\nUse the form.\n';
  assert.deepEqual(sectionStarts(text, 0), [0, 41]);
  assert.deepEqual(blockStarts(text.slice(0, 41)), [0, 12]);
  assert.deepEqual(blockStarts(text.slice(41)), [0, 16]);
});

test('no cut inside fenced code (at any indent), comments or HTML, nor where a carriage return ends lines alone', () => {
  assert.deepEqual(blockStarts('a\n\n    ```\ncode\n\nmore code\n      ```\n\nb\n'), [0, 3, 38]);
  assert.deepEqual(blockStarts('a\n\n<!-- a\n\nb -->\n\nc\n'), [0, 3, 18]);
  assert.deepEqual(blockStarts('a\n\n<div>\n\nb\n'), [0], 'a section with an HTML block stays whole');
  assert.deepEqual(sectionStarts('<pre>\n\n# inside\n</pre>\n# after\n', 0), [0, 23]);
  assert.deepEqual(sectionStarts('<?php\n\n# inside ?>\n# after\n', 0), [0, 19]);
  assert.deepEqual(sectionStarts('a\r\r# h\n# g\n', 0), [0]);
  assert.deepEqual(blockStarts('a\n\u00a0\nb\n'), [0], 'a no-break space is not blank to the parser');
});

const HAZARDS = [
  '# A\n\n    ```\nx\n\n# h\n```\n\n## B\n\ntext\n',
  '# A\n\n<pre>\n\n# h\n</pre>\n\n# g\n\ntext\n',
  '# A\n\n<!-- open\n\n# not a heading\n\n-->\n\nafter\n',
  '# A\n\nSee [ref].\n\n[ref]: https://acme.org/ref\n\n# B\n\n[ref]\n',
  '# A\n\n> quote\n\nlazy\n> more\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nend\n',
  '# A\r\n\r\nWindows\r\nlines\r\n\r\n## B\r\n\r\n```\r\n\r\ncode\r\n```\r\n',
  'Title\n---\n\npara\n\n---\n\n# A\n\n`code\n\nspan`\n',
];

test('parsed in remembered sections and blocks, documents give the model of the whole text', () => {
  const memo = new TextMemo<MarkdownModel>(100_000);
  for (const text of [...HAZARDS, ...HAZARDS.map((t) => `# Other first section\n\nwords\n\n${t}`), ...HAZARDS]) {
    assert.deepEqual(
      rememberingChunks(() => parseMarkdown(text), memo),
      parseMarkdown(text, undefined, { chunked: false }),
      JSON.stringify(text),
    );
  }
  assert.ok(memo.hits > 0, 'blocks and sections were taken from the memo');
});

test('a line of backticks whose info string holds a backtick opens no fence, so cuts follow the real fences', () => {
  // "``` `x" is text (CommonMark 4.5); the "```" after it opens a fence, and the heading inside that fence is code.
  const text =
    '# Title\n\nText.\n\n``` `x not a fence\n\n```\n# comment in code\n\n[a](https://x.example)\n```\n\n## After\n\nMore.\n';
  assert.deepEqual(sectionStarts(text, 0), [0, text.indexOf('## After')]);
  const memo = new TextMemo<MarkdownModel>(4_000);
  for (let i = 0; i < 2; i++) {
    assert.deepEqual(
      rememberingChunks(() => parseMarkdown(text), memo),
      parseMarkdown(text, undefined, { chunked: false }),
    );
  }
});

test('an unclosed "<!--" after text may be no comment: no cut after a fence that starts inside it', () => {
  // A paragraph's "<!--" with no "-->" is text, so the fence on the line holding the first "-->" is real code, and
  // "# Bad" inside it is no heading: nothing is cut from there on (nor before, while the note may be open). A "<!--"
  // that starts its line opens an HTML block, whose fences are its text, and cuts resume after its "-->".
  const text = '#<!-- a note\n\n## One\n\n```<!-- x -->python\n# Bad\nx = 1\n```\n\n## Two\n\nText.\n';
  assert.deepEqual(sectionStarts(text, 0), [0]);
  assert.deepEqual(
    rememberingChunks(() => parseMarkdown(text), new TextMemo<MarkdownModel>(4_000)),
    parseMarkdown(text, undefined, { chunked: false }),
  );
  const block = '<!-- a note\n```\n-->\n\n## One\n\n# Two\n';
  assert.deepEqual(sectionStarts(block, 0), [0, 21, 29]);
});
