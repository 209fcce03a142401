/**
 * The fuzzer shared by `npm test` (a bounded run) and `npm run fuzz` (a long run): inputs from mutations of real
 * policies, security.txt and security-insights.yml files and from generated structure (deep nesting, huge tables, long lines, binary,
 * invalid UTF-8, NUL, CR-only line ends, deep YAML and alias bombs), each checked as SECURITY.md, as security.txt and
 * as security-insights.yml. A seeded generator makes every failure reproducible from its input number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, DEFAULT_CONFIG, FILE_KINDS, fixAll, mergeConfigs } from '../../server/src';

const fixtures = join(__dirname, '..', 'fixtures');
const read = (dir: string, extension: string): string[] =>
  readdirSync(join(fixtures, dir))
    .filter((f) => f.endsWith(extension))
    .map((f) => readFileSync(join(fixtures, dir, f), 'utf8'));
const REAL = [...read('seeds', '.txt'), ...read('securitytxt', '.txt'), ...read('insights', '.yml')];

const FRAGMENTS = [
  '# Security',
  '## Reporting',
  '| a | b |\n|---|---|\n| 1 | 2 | 3 |',
  '```',
  '~~~',
  '<!--',
  '-->',
  '<!-- security-policy-disable -->',
  '# security-policy-enable',
  'Contact: mailto:a@acme.org',
  'Expires: 2020-01-01T00:00:00Z',
  'Expires: 2099-01-01T00:00:00Z',
  'Canonical: http://x',
  '-----BEGIN PGP SIGNED MESSAGE-----',
  '-----BEGIN PGP SIGNATURE-----',
  '-----END PGP SIGNATURE-----',
  'Hash: SHA256',
  '- ',
  'âœ… ğŸ”’ Ã©',
  '\uFFFD',
  '\u0000',
  '\r',
  '\r\n',
  '\n',
  '[x](http://acme.org/key.asc)',
  '[](#nowhere)',
  'a@users.noreply.github.com',
  '<<<<<<< HEAD',
  '=======',
  '>>>>>>> x',
  'Last updated: 2001-01-01',
  '{{email}}',
  '$SECURITY',
  'TODO',
  '48 hours',
  '> ',
  '* ',
  '1. ',
  '<details>',
  '</details>',
  '[',
  ']',
  '(',
  ')',
  '*',
  '_',
  '`',
  '\\',
  '|',
  '#',
  ':',
  // security-insights.yml
  'schema-version: 2.2.0',
  'schema-version: 1.0.0',
  'last-reviewed: 2001-01-01',
  "last-updated: '2099-01-01'",
  '  - name: x\n    primary: true',
  'policy: http://acme.org/security',
  'security-policy: https://acme.org/security',
  'reports-accepted: true',
  'bug-bounty-available: true',
  'url: https://github.com/acme/app/blob/main/SECURITY.md',
  '&a [x, y]',
  '*a',
  '<<: *a',
  '!!binary AAAA',
  '? ',
  ': |',
  ': >-',
  '\t',
  '"',
  "'",
  '---',
  '...',
  '# security-policy-disable-next-line',
];

/** mulberry32: a small, fast, seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)];

/** Bytes decoded as an editor would show them: invalid UTF-8 becomes U+FFFD. */
const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);

function mutate(rng: Rng, text: string): string {
  let out = text;
  for (let n = 1 + int(rng, 6); n > 0; n--) {
    const at = int(rng, out.length + 1);
    switch (int(rng, 7)) {
      case 0:
        out = out.slice(0, at) + pick(rng, FRAGMENTS) + out.slice(at);
        break;
      case 1:
        out = out.slice(0, at) + out.slice(at + int(rng, 80));
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at, at + int(rng, 200)) + out.slice(at);
        break;
      case 3: {
        const bytes = Buffer.from(out, 'utf8');
        for (let i = 0; i < 1 + int(rng, 4); i++) if (bytes.length > 0) bytes[int(rng, bytes.length)] = int(rng, 256);
        out = decode(bytes);
        break;
      }
      case 4:
        out = out.replace(/\r?\n/g, pick(rng, ['\r', '\r\n', '\n\n', '\n']));
        break;
      case 5:
        out = out.slice(0, at) + String.fromCharCode(int(rng, 0x10000)) + out.slice(at);
        break;
      default:
        out = pick(rng, ['\uFEFF', '']) + out;
    }
  }
  return out;
}

function structure(rng: Rng): string {
  // Mostly small, sometimes large: large inputs cost far more to check and find little more.
  const n = 1 + int(rng, rng() < 0.05 ? 400 : 40);
  switch (int(rng, 9)) {
    case 0:
      return `${'> '.repeat(n)}Email a@acme.org\n${'  '.repeat(n)}- deep\n`;
    case 1:
      return `${'['.repeat(n)}x${']('.repeat(n)}http://x${')'.repeat(n)}\n${'<div>'.repeat(n)}`;
    case 2: {
      const cols = 1 + int(rng, 20);
      const row = (c: string): string => `|${` ${c} |`.repeat(cols)}`;
      return [
        '# T',
        row('Version'),
        row('---'),
        ...Array.from({ length: n }, (_, i) => row(i % 3 ? '✅' : `${i}.x`)),
      ].join('\n');
    }
    case 3:
      return `# ${'a'.repeat(100 * n)}\nContact: ${'x'.repeat(int(rng, 5000))}`;
    case 4:
      return decode(Uint8Array.from({ length: 20 * n }, () => int(rng, 256)));
    case 5:
      return Array.from({ length: n }, () => pick(rng, FRAGMENTS)).join(pick(rng, ['\r', '\n', '\r\n', '', ' ']));
    case 6:
      return `${'#'.repeat(n)} ${'*'.repeat(n)}${'`'.repeat(n)}\u0000${'\r'.repeat(n)}`;
    case 7:
      return yamlStructure(rng, n);
    default:
      return Array.from({ length: n }, (_, i) => `## S${i}\n\n<!-- security-policy-disable-line x -->\n`).join('');
  }
}

/** Deep YAML: nested mappings and sequences, flow collections, and aliases that multiply (a "billion laughs"). */
function yamlStructure(rng: Rng, n: number): string {
  switch (int(rng, 3)) {
    case 0:
      return `header:\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 1)}${i % 2 ? '- ' : ''}k${i}:`).join('\n')} x\n`;
    case 1:
      return `project: ${'{a: ['.repeat(n)}x${']}'.repeat(n)}\n`;
    default: {
      const levels = Array.from(
        { length: Math.min(n, 12) },
        (_, i) =>
          `l${i + 1}: &l${i + 1} [${Array(9)
            .fill(i ? `*l${i}` : '"lol"')
            .join(', ')}]`,
      );
      return `header:\n  schema-version: 2.2.0\n${levels.join('\n')}\n`;
    }
  }
}

/** The input number `i` of the run with `seed`: the same pair always gives the same text. */
export function input(seed: number, i: number): string {
  const rng = random(seed * 1_000_003 + i);
  const choice = rng();
  if (choice < 0.05) return mutate(rng, pick(rng, REAL));
  if (choice < 0.65) return mutate(rng, window(rng, pick(rng, REAL)));
  return structure(rng);
}

/** A stretch of a real file, from a line start: small inputs keep a long run fast. */
function window(rng: Rng, text: string): string {
  const from = text.lastIndexOf('\n', int(rng, text.length)) + 1;
  return text.slice(from, from + 100 + int(rng, 1500));
}

const config = mergeConfigs(DEFAULT_CONFIG, { profile: 'strict' });
const ENV = {
  today: new Date('2026-11-22T00:00:00Z'),
  workspaceFiles: ['SECURITY.md', '.github/SECURITY.md', 'docs/security.md', '.well-known/security.txt'],
  policyContacts: ['mailto:other@acme.org'],
  securityTxtContacts: ['mailto:security@acme.org'],
  repositoryUrl: 'git@github.com:acme/app.git',
  fileExists: (p: string) => p.length % 2 === 0,
};
const PATHS: Record<string, string> = {
  md: 'SECURITY.md',
  txt: 'public/security.txt',
  si: '.github/security-insights.yml',
};

/**
 * Checks one input as each kind of file: no exception, no failing rule, every range and edit inside the text, and
 * safe fixes idempotent (fix-all applied to its own result changes nothing). Returns what went wrong, if anything.
 */
export function fuzzOne(text: string): string | undefined {
  for (const kind of FILE_KINDS) {
    const options = { kind, config, env: { ...ENV, relativePath: PATHS[kind] } };
    try {
      const result = checkText(text, options);
      if (result.failures.length > 0)
        return `${kind}: rule ${result.failures[0].ruleId} threw ${String(result.failures[0].error)}`;
      for (const f of result.findings) {
        const ranges = [f, ...(f.fix?.edits ?? [])];
        if (ranges.some((r) => !(0 <= r.start && r.start <= r.end && r.end <= text.length)))
          return `${kind}: ${f.ruleId} has a range outside the text`;
      }
      // Fix-all from these findings; then once more on its result, which must change nothing.
      const lint = (t: string) => (t === text ? result.findings : checkText(t, options).findings);
      const once = fixAll(text, lint);
      if (once.applied > 0) {
        const twice = fixAll(once.text, lint);
        if (twice.applied > 0 || twice.text !== once.text) return `${kind}: safe fixes are not idempotent`;
      }
    } catch (error) {
      return `${kind}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    }
  }
  return undefined;
}
