/** Real-world security.txt files from public repositories (sources in test/fixtures/securitytxt/index.json). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ids, lint } from './helpers';

const dir = join(__dirname, 'fixtures', 'securitytxt');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
  today: string;
  files: Array<{ file: string; source: string; should: string[]; shouldNot: string[] }>;
};

test('at least 20 real-world files, each with its source', () => {
  assert.ok(index.files.length >= 20);
  for (const f of index.files) assert.match(f.source, /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//);
});

for (const entry of index.files) {
  test(`${entry.file} (${entry.source.split('/blob/')[0].replace('https://github.com/', '')})`, () => {
    const text = readFileSync(join(dir, entry.file), 'utf8');
    const found = ids(lint(text, { kind: 'txt', path: '.well-known/security.txt', today: index.today }));
    for (const id of entry.should) assert.ok(found.includes(id), `expected ${id}; got ${found.join(', ')}`);
    for (const id of entry.shouldNot) assert.ok(!found.includes(id), `did not expect ${id}; got ${found.join(', ')}`);
  });
}
