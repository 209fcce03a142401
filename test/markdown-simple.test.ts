/**
 * The plainest Markdown blocks are read without micromark (server/src/kinds/md/markdown-simple.ts):
 * the model it gives, what it leaves to micromark, and that wherever it gives a model it is micromark's, on every
 * block, section and file of the evaluation corpus's policies (generated texts: markdown-simple-properties.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsedModelOf, type MarkdownModel } from '../server/src/kinds/md/markdown';
import { blockStarts, sectionStarts } from '../server/src/kinds/md/markdown-chunks';
import { isProse } from '../server/src/kinds/md/markdown-prose';
import { simpleModelOf } from '../server/src/kinds/md/markdown-simple';
import { corpusFiles } from '../scripts/corpus';

/** `text` is read without micromark as `expected`, and micromark gives the same model. */
function assertReads(text: string, expected: MarkdownModel): void {
  const model = simpleModelOf(text);
  assert.deepEqual(model, expected);
  assert.deepEqual(model, parsedModelOf(text));
}

test('a plain heading, then links, a code span and bare URLs: their model, with offsets, in document order', () => {
  const text =
    '## Reporting a Vulnerability  \n' +
    'Email [the team](mailto:security@acme.org) or see `SECURITY.md`, https://acme.org/s.\n' +
    '[https://acme.org](https://acme.org)\n\n';
  assertReads(text, {
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
});

test('a table of framed rows: the table and its lines, and the links, code and bare URLs of its cells', () => {
  const text =
    '### Supported Versions\n' +
    '| Version | Supported | Notes |\n' +
    '| ------- | :-------: | ----- |\n' +
    '| 2.x | ✅ | see [the log](CHANGELOG.md) |\n' +
    '| < 2.0 | :x: | `legacy` https://acme.org/eol |\n\n';
  assertReads(text, {
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
});

test('CRLF line endings: lines end before the carriage return, as micromark ends them', () => {
  const text = '## Versions \r\n| Version | Supported |\r\n| --- | --- |\r\n| 1.x | `yes` |\r\n\r\n';
  assertReads(text, {
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
});

test('left to micromark: every form of these constructs that is not the plainest, and every other construct', () => {
  for (const text of [
    '![logo](a.png)',
    '![a]',
    '[a][b]',
    '[a]: https://acme.org',
    'see [a]\n\n[a]: b',
    '[a](b "title")',
    '[a](<b>)',
    '[a](b(c))',
    '[a](b c)',
    '[a]()',
    '[](b)',
    '[a\rb](c)',
    '[a <b> c](d)',
    'a ](b)',
    '``a``',
    'a `b\nc` d',
    '`unclosed',
    '# C#',
    '# <b\n',
    'a <b\nc> d',
    'a <!-- b --> c',
    '<b>bold</b>',
    '<a href="x">',
    '<br>\nhttps://acme.org',
    'a <=x@y.org> b',
    '[a](\n\nb)',
    'a <b c="d\ne"> f',
    'a\n<span>b',
    '- [a]: b\n\n[a]',
    '> [a]: b\n\n[a]',
    '[a\nb]: c\n\n[a b]',
    '<span>\nb',
    '<div/x',
    '<pre>\nx\n</pre>',
    '<divx>',
    '<!-->',
    '<!--->',
    '<!-- open',
    '<!-- a --> b',
    ' <!-- a -->',
    '```\ncode',
    '```js`\ncode\n```',
    'a | b\n--|--',
    '[a](b\\)c)',
    '| a \\| b |\n|---|',
    '# a \\#',
    '> a\nlazy',
    '> # h',
    '> a | b\n> --|--',
    '> [a\n> b](c)',
    'Latest:\n| a |\n|---|',
    '| a | b |\n|---|\n',
    '| a |\n| b |',
    '| a |\n|---|\ntext',
    '| a |\n|---|\n ',
    '| `a|b` |\n|---|',
    '| a |\n|---|\n| [x|y](z) |',
    '<br> and <https://acme.org>',
    'Title\n---',
    'a\tb',
    'a\rb',
    '[a](b) '.repeat(130),
  ])
    assert.equal(simpleModelOf(text), undefined, JSON.stringify(text));
});

test('brackets that open no link, autolinks, a comment and fenced code: their model, as micromark gives it', () => {
  const text =
    '<!-- Keep this file short. -->\n' +
    '# Security\n\n' +
    'Mail security[@]acme.org (subject [SECURITY]) or <security@acme.org>; see <https://acme.org/s>.\n\n' +
    '```sh\ngpg --recv-keys <KEY>\n```\n';
  assertReads(text, {
    headings: [{ depth: 1, text: 'Security', start: 31, end: 41 }],
    links: [
      { url: 'mailto:security@acme.org', label: 'security@acme.org', start: 92, end: 111, kind: 'autolink' },
      { url: 'https://acme.org/s', label: 'https://acme.org/s', start: 117, end: 137, kind: 'autolink' },
    ],
    tables: [],
    comments: [{ body: 'Keep this file short.', start: 0, end: 30 }],
    codeRanges: [
      [0, 30],
      [140, 171],
    ],
  });
});

test('line-break tags, a `<` that opens nothing, code in a label, a label over two lines, a destination on the next', () => {
  const text =
    '| Version | Patched |\n' +
    '|---|---|\n' +
    '| <= 2.0 | `2.0.1` <br/> `1.9.9` |\n\n' +
    'Read [`SECURITY.md`](docs/SECURITY.md), the [support\n  policy](https://acme.org/support) and [our docs](\n' +
    'https://acme.org/docs).\n';
  assertReads(text, {
    headings: [],
    links: [
      { url: 'docs/SECURITY.md', label: 'SECURITY.md', start: 73, end: 106, kind: 'link' },
      { url: 'https://acme.org/support', label: 'support\npolicy', start: 112, end: 156, kind: 'link' },
      { url: 'https://acme.org/docs', label: 'our docs', start: 161, end: 195, kind: 'link' },
    ],
    tables: [
      {
        start: 0,
        end: 66,
        lines: [
          { start: 0, end: 21 },
          { start: 22, end: 31 },
          { start: 32, end: 66 },
        ],
      },
    ],
    comments: [],
    codeRanges: [
      [43, 50],
      [57, 64],
      [74, 87],
    ],
  });
});

test('a heading with code, an escape in a label, a pipe in a paragraph, a quote that interrupts it, a break', () => {
  const text =
    '## Reporting to `security@acme.org`\n' +
    'Write to [security\\_team](mailto:security_team@acme.org) | or see:\n' +
    '> [English](./SECURITY.md) | 日本語\n\n' +
    '---\n';
  assertReads(text, {
    headings: [{ depth: 2, text: 'Reporting to security@acme.org', start: 0, end: 35 }],
    links: [
      { url: 'mailto:security_team@acme.org', label: 'security_team', start: 45, end: 92, kind: 'link' },
      { url: './SECURITY.md', label: 'English', start: 105, end: 129, kind: 'link' },
    ],
    tables: [],
    comments: [],
    codeRanges: [[16, 35]],
  });
});

test('tags on their line: the links of their hrefs; a `<` that opens no tag is text', () => {
  const text = 'Mail <SECURITY_EMAIL> or the <a href="https://acme.org/team">team</a>, see https://acme.org/s.';
  const model = simpleModelOf(text);
  assert.deepEqual(model?.links, [
    { url: 'https://acme.org/team', label: '', start: 29, end: 61, kind: 'html' },
    { url: 'https://acme.org/s', label: 'https://acme.org/s', start: 75, end: 93, kind: 'autolink' },
  ]);
  assert.deepEqual(model, parsedModelOf(text));
});

test('an HTML block of a block-level tag runs to the next blank line, holds the links of its hrefs, and ends a paragraph', () => {
  const text = 'Intro\n<p align="center">\n  <a href="https://acme.org">x</a> [y](z)\n# no heading\n</p>\n\n## Next\n';
  assertReads(text, {
    headings: [{ depth: 2, text: 'Next', start: 86, end: 93 }],
    links: [{ url: 'https://acme.org', label: '', start: 6, end: 84, kind: 'html' }],
    tables: [],
    comments: [],
    codeRanges: [],
  });
});

test("a `#` that makes no heading is a paragraph's text, and marks alone make an empty heading", () => {
  assertReads('#TODO: add an address\n###\n\n####### seven https://acme.org\n', {
    headings: [{ depth: 3, text: '', start: 22, end: 25 }],
    links: [{ url: 'https://acme.org', label: 'https://acme.org', start: 41, end: 57, kind: 'autolink' }],
    tables: [],
    comments: [],
    codeRanges: [],
  });
});

test('an autolink may hold a no-break space or another Unicode space, not an ASCII one', () => {
  const text = 'See <ab:c\u00a0d> and <https://a.example/\u2003x>.';
  assertReads(text, {
    headings: [],
    links: [
      { url: 'ab:c\u00a0d', label: 'ab:c\u00a0d', start: 4, end: 12, kind: 'autolink' },
      { url: 'https://a.example/\u2003x', label: 'https://a.example/\u2003x', start: 17, end: 39, kind: 'autolink' },
    ],
    tables: [],
    comments: [],
    codeRanges: [],
  });
});

/** A text of the corpus read without micromark: its model must be micromark's. */
function sameAsMicromark(name: string, text: string): boolean {
  const model = isProse(text) ? undefined : simpleModelOf(text);
  if (!model) return false;
  assert.deepEqual(model, parsedModelOf(text), `${name}: ${JSON.stringify(text)}`);
  return true;
}

test('every block, section and file of the evaluation corpus that it reads has the model micromark gives', () => {
  const read = { blocks: 0, sections: 0, files: 0 };
  for (const file of corpusFiles().filter((f) => f.kind === 'md')) {
    const text = file.text.replace(/^\uFEFF/, '');
    if (sameAsMicromark(file.name, text)) read.files++;
    const sections = sectionStarts(text, 0);
    for (const [i, from] of sections.entries()) {
      const section = text.slice(from, sections[i + 1] ?? text.length);
      if (sameAsMicromark(file.name, section)) read.sections++;
      const blocks = blockStarts(section);
      for (const [j, start] of blocks.entries())
        if (sameAsMicromark(file.name, section.slice(start, blocks[j + 1] ?? section.length))) read.blocks++;
    }
  }
  assert.ok(read.blocks > 900, `only ${read.blocks} blocks of the corpus were read without micromark`);
  assert.ok(read.sections > 400, `only ${read.sections} sections of the corpus were read without micromark`);
  assert.ok(read.files > 20, `only ${read.files} files of the corpus were read without micromark`);
});
