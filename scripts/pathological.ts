/**
 * Crafted inputs, in the manner of cmark's pathological_tests.py: for each kind of file, the shapes that make
 * parsers and rules superlinear (nested brackets, link openers, backtick runs, deep block quotes, many keys…), each
 * a function of the size in characters. The benchmark runs them at growing sizes and prints the growth;
 * test/pathological.test.ts runs each at its largest size.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileKind } from '../server/src';

export interface Shape {
  name: string;
  kind: FileKind;
  make: (size: number) => string;
}

/** `unit` repeated to about `size` characters. */
const repeat = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/** Lines built by `line(i)` until `size` characters. */
function lines(size: number, line: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const next = line(i);
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}

const POLICY_HEAD = '# Security Policy\n\nEmail security@acme.org; we answer within 3 days.\n\n';

export const MARKDOWN_SHAPES: Shape[] = [
  { name: 'link openers `[a](`', kind: 'md', make: (n) => repeat('[a](', n) },
  { name: 'link openers with `<` `[a](<b`', kind: 'md', make: (n) => repeat('[a](<b', n) },
  { name: 'openers with parentheses `[ (](`', kind: 'md', make: (n) => repeat('[ (](', n) },
  { name: 'nested brackets `[[[…]]]`', kind: 'md', make: (n) => '['.repeat(n / 2) + ']'.repeat(n / 2) },
  {
    name: 'backtick runs of growing length',
    kind: 'md',
    make: (n) => lines(n, (i) => '`'.repeat((i % 2000) + 1) + 'a'),
  },
  { name: 'emphasis runs `*a **b`', kind: 'md', make: (n) => repeat('*a **b ', n) },
  { name: 'angle brackets `<><>`', kind: 'md', make: (n) => repeat('<><>', n) },
  { name: 'block quotes 100 deep', kind: 'md', make: (n) => repeat(`${'>'.repeat(100)} a\n`, n) },
  { name: 'one block quote of many lines', kind: 'md', make: (n) => POLICY_HEAD + repeat('> a\n', n) },
  { name: 'nested lists', kind: 'md', make: (n) => lines(n, (i) => `${'  '.repeat(i % 200)}- item\n`) },
  {
    name: 'many link reference definitions',
    kind: 'md',
    make: (n) => lines(n, (i) => `[r${i}]: https://acme.example/${i}\n`),
  },
  { name: 'many headings', kind: 'md', make: (n) => repeat('# h\n', n) },
  { name: 'one long line of prose', kind: 'md', make: (n) => repeat('Report it to security@acme.org. ', n) },
  { name: 'one paragraph of short lines', kind: 'md', make: (n) => repeat('a\n', n) },
  {
    name: 'carriage returns only',
    kind: 'md',
    make: (n) => repeat('Report issues at http://acme.example/security\r', n),
  },
  { name: 'NUL bytes', kind: 'md', make: (n) => repeat('a\u0000b [c](d) ', n) },
  {
    name: 'many words a rule reads in context',
    kind: 'md',
    make: (n) => POLICY_HEAD + repeat('open an issue within 24 hours, do not ', n),
  },
];

export const SECURITY_TXT_SHAPES: Shape[] = [
  {
    name: 'many fields',
    kind: 'txt',
    make: (n) => lines(n, (i) => `Contact: mailto:security${i}@acme.example\n`),
  },
  { name: 'one long line', kind: 'txt', make: (n) => `Contact: https://acme.example/${'a'.repeat(n)}\n` },
  { name: 'many bad lines', kind: 'txt', make: (n) => repeat('Expires: soon\nContac: x\n', n) },
];

export const INSIGHTS_SHAPES: Shape[] = [
  {
    name: 'many keys',
    kind: 'si',
    make: (n) => `header:\n  schema-version: 2.2.0\nproject:\n${lines(n, (i) => `  k${i}: v\n`)}`,
  },
  {
    name: 'deep flow nesting',
    kind: 'si',
    make: (n) => `header: ${'['.repeat(n / 2)}1${']'.repeat(n / 2)}\n`,
  },
  {
    name: 'deep block nesting',
    kind: 'si',
    make: (n) => lines(n, (i) => `${' '.repeat(i % 2000)}k${i}:\n`),
  },
  { name: 'long scalar', kind: 'si', make: (n) => `header:\n  comment: ${'a'.repeat(n)}\n` },
  {
    name: 'alias fan-out',
    kind: 'si',
    make: (n) => `a: &a [x, x, x, x, x, x, x, x]\nlist:\n${repeat('  - [*a, *a, *a, *a, *a, *a, *a, *a]\n', n)}`,
  },
];

export const SHAPES: readonly Shape[] = [...MARKDOWN_SHAPES, ...SECURITY_TXT_SHAPES, ...INSIGHTS_SHAPES];

const seedDir = join(__dirname, '..', 'test', 'fixtures', 'seeds');

/**
 * An ordinary policy of about `bytes` characters: the seed policies one after another, headings renumbered. The
 * benchmark's large documents, and the yardstick test/pathological.test.ts measures crafted shapes against.
 */
export function policyOfSize(bytes: number): string {
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const parts: string[] = [
    '# Security Policy\n\nReport vulnerabilities to security@acme.org. We acknowledge within 48 hours.\n\n',
  ];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const seed = seeds[i % seeds.length].replace(
      /^(#{1,6}) /gm,
      (_m, h: string) => `${h.length === 1 ? '##' : h} ${i}.`,
    );
    parts.push(seed, '\n');
    size += seed.length + 1;
  }
  return parts.join('');
}
