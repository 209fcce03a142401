/**
 * Scans run section by section (server/src/kinds/md/section-scans.ts) must find what a scan of the whole text finds,
 * also when a section's results were kept from another document where the section sat at another offset.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as lexicon from '../server/src/kinds/md/lexicon';
import { PolicyDocument } from '../server/src/kinds/md/policy';
import { ParseMemo, sharingDocuments } from '../server/src/core/documents';
import { checkText, DEFAULT_CONFIG } from '../server/src/index';
import { allRuleMetas } from '../server/src';

const seedDir = join(__dirname, 'fixtures', 'seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(seedDir, f), 'utf8'));
const examples = allRuleMetas.flatMap((m) => [...m.invalid, ...m.valid]).filter((e) => (e.kind ?? 'md') === 'md');

const patterns = Object.entries(lexicon).filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp);

/** Everything the rules read from whole-document scans, as plain data. */
function scans(doc: PolicyDocument): unknown {
  return {
    timeframes: doc.timeframes,
    dates: doc.dates,
    language: doc.language,
    matches: patterns.map(([name, p]) => [name, doc.matchAll(p)]),
    mentions: patterns.map(([name, p]) => [name, doc.mentions(p)]),
  };
}

const findings = (text: string): unknown =>
  checkText(text, { kind: 'md', config: DEFAULT_CONFIG, env: { today: new Date('2026-11-23T00:00:00Z') } }).findings;

/**
 * `text` checked the way an organisation run checks it: a variant with other offsets (a section before it) met
 * twice first, so that the memo keeps its sections with their scan results, then the text itself.
 */
let reused = 0;

function inOrganisation<T>(text: string, read: (text: string) => T): T {
  const memo = new ParseMemo(1_000_000);
  const shifted = `# Preface\n\nSomething first, within 3 days.\n\n${text}`;
  for (let i = 0; i < 2; i++) sharingDocuments(() => read(shifted), memo);
  const hitsBefore = memo.partHits();
  const result = sharingDocuments(() => read(text), memo);
  if (memo.partHits() > hitsBefore) reused++;
  return result;
}

function sameScans(text: string): void {
  const alone = scans(new PolicyDocument(text));
  const chunked = inOrganisation(text, (t) => scans(new PolicyDocument(t)));
  assert.deepEqual(chunked, alone, JSON.stringify(text));
}

test('section by section, the scans find what a whole-text scan finds: seeds and rule examples', () => {
  reused = 0;
  for (const text of seeds) sameScans(text);
  assert.equal(reused, seeds.length, 'every seed took sections from the memo');
  for (const text of examples.map((e) => e.text)) sameScans(text);
});

test('an organisation run reports on each policy exactly what a check of that policy alone reports', () => {
  for (const text of [...seeds, ...examples.map((e) => e.text)]) {
    assert.deepEqual(inOrganisation(text, findings), findings(text), text.slice(0, 80));
  }
});

/** Headings, Markdown syntax and the phrases the scans look for, so that matches sit on both sides of section starts. */
const PIECES = [
  '\n# Security\n',
  '\n## Reporting\n',
  '\n### Response\n',
  '#',
  '# ',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\t',
  '*',
  '**',
  '`',
  '```\n',
  '<!-- ',
  ' -->',
  '> ',
  '- ',
  '|',
  '.',
  ':',
  '\uFEFF',
  'within 48 hours',
  '2-5 business days',
  'a week',
  'drei Werktage',
  '90 días',
  '3日',
  'Last updated: 2024-01-05',
  'Effective: March 3, 2025',
  'updated on 5 May 2023',
  'stand',
  'open an issue',
  'report it in a GitHub issue',
  'do not open a public issue',
  'private vulnerability reporting',
  'security advisory',
  'security tab',
  'email security@acme.org',
  'PGP key',
  'key server',
  'fingerprint',
  'ABCD EF01 2345 6789 ABCD EF01 2345 6789 ABCD EF01',
  '0x1234567890ABCDEF',
  'safe harbor',
  'good faith',
  'in scope',
  'out of scope',
  'embargo',
  'disclose',
  'vulnerability',
  'acknowledge',
  'supported versions',
  'not',
  'https://github.com/acme/x/security/advisories/new',
  '[link](https://acme.org/security)',
  'word',
  'Überprüfung',
  'Σ',
];
const policySoup = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((parts) => parts.join(''));

test('section by section, the scans find what a whole-text scan finds: generated policies', () => {
  reused = 0;
  fc.assert(
    fc.property(policySoup, (text) => sameScans(text)),
    { numRuns: 400 },
  );
  // A fence or comment left open keeps the rest of a document in one piece: about a fifth of these policies split.
  assert.ok(reused > 50, `${reused} of 400 generated policies took sections from the memo`);
  fc.assert(
    fc.property(policySoup, (text) => assert.deepEqual(inOrganisation(text, findings), findings(text))),
    { numRuns: 150 },
  );
});

test('a section met again keeps its scan results only where the memo keeps its model', () => {
  // Without a memo (a one-off check) the document is one piece, scanned whole, and nothing outlives it.
  const text = '# Security\n\nWe reply within 2 days.\n\n## Disclosure\n\nWe publish within 90 days.\n';
  const alone = new PolicyDocument(text).timeframes;
  assert.deepEqual(
    alone.map((t) => [t.start, t.days]),
    [
      [28, 2],
      [70, 90],
    ],
  );
  assert.deepEqual(
    inOrganisation(text, (t) => new PolicyDocument(t).timeframes),
    alone,
  );
});
