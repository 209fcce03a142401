/** Completion and hover in security-insights.yml, from the schema, as the server answers them (no transport). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { completions, hover } from '../server/src/lsp/assist';
import { parentPathAt } from '../server/src/kinds/si/assist';

const NOW = new Date('2026-06-01T12:00:00Z');
const doc = (text: string) => TextDocument.create('file:///w/security-insights.yml', 'securityinsights', 1, text);

/** Completion labels at the end of the given line (0-based). */
function labelsAt(text: string, line: number, character?: number, trigger?: string): string[] {
  const document = doc(text);
  const at = character ?? text.split('\n')[line].length;
  return completions(document, 'si', { line, character: at }, trigger, NOW).map((c) => c.label);
}

test('the path of a line is read from the indentation above it, list items included', () => {
  const lines = [
    'header:',
    '  url: x',
    'project:',
    '  administrators:',
    '    - name: A',
    '      primary: true',
    '  vulnerability-reporting:',
    '    ',
  ];
  assert.deepEqual(parentPathAt(lines, 7, 4), ['project', 'vulnerability-reporting']);
  assert.deepEqual(parentPathAt(lines, 6, 6), ['project', 'administrators', 0]);
  assert.deepEqual(parentPathAt(lines, 2, 0), []);
});

test('top-level keys, required first; keys already written are not offered again', () => {
  assert.deepEqual(labelsAt('', 0), ['header', 'project', 'repository']);
  assert.deepEqual(labelsAt('header:\n  url: https://a.org\n', 2), ['project', 'repository']);
});

test('keys of the mapping at the cursor, by indentation', () => {
  const text = 'header:\n  schema-version: 2.2.0\n  \n';
  assert.deepEqual(labelsAt(text, 2), ['last-reviewed', 'last-updated', 'url', 'comment', 'project-si-source']);
  const reporting = 'project:\n  vulnerability-reporting:\n    reports-accepted: true\n    ';
  const labels = labelsAt(reporting, 3);
  assert.ok(
    labels.includes('policy') && labels.includes('contact') && !labels.includes('reports-accepted'),
    labels.join(','),
  );
});

test('keys inside a list item, after "- "', () => {
  assert.deepEqual(labelsAt('repository:\n  core-team:\n    - ', 2), [
    'name',
    'primary',
    'affiliation',
    'email',
    'social',
  ]);
  assert.deepEqual(labelsAt('repository:\n  core-team:\n    - name: Ada\n      ', 3), [
    'primary',
    'affiliation',
    'email',
    'social',
  ]);
});

test('values: enums, booleans, today for dates, versions', () => {
  assert.deepEqual(labelsAt('repository:\n  status: ', 1), [
    'active',
    'abandoned',
    'concept',
    'inactive',
    'moved',
    'suspended',
    'unsupported',
    'WIP',
  ]);
  assert.deepEqual(labelsAt('repository:\n  accepts-change-request: ', 1), ['true', 'false']);
  assert.deepEqual(labelsAt('header:\n  last-reviewed: ', 1), ["'2026-06-01'"]);
  assert.deepEqual(labelsAt('header:\n  schema-version: ', 1), ['2.2.0', '2.1.0', '2.0.0']);
  assert.deepEqual(labelsAt('header:\n  comment: ', 1), []);
});

test('a key completion inserts a snippet that opens the nested mapping or list', () => {
  const items = completions(doc('project:\n  '), 'si', { line: 1, character: 2 }, undefined, NOW);
  const admins = items.find((i) => i.label === 'administrators')!;
  assert.deepEqual(admins.textEdit, {
    range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } },
    newText: 'administrators:\n    - $0',
  });
  assert.equal(
    (admins.documentation as { value: string }).value,
    "**administrators** (required, a list of entries)\n\nOne or more people with administrative access to the project's resources.",
  );
});

test('hover on a key shows its schema description; elsewhere nothing', () => {
  const text = 'project:\n  vulnerability-reporting:\n    policy: https://acme.org/security\n';
  const h = hover(doc(text), 'si', { line: 2, character: 6 });
  assert.equal(
    (h!.contents as { value: string }).value,
    '**policy** (optional, an http:// or https:// URL)\n\nThe security policy: how to report and what happens next (2.2.0; called `security-policy` before).',
  );
  assert.deepEqual(h!.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 10 } });
  assert.equal(hover(doc(text), 'si', { line: 2, character: 20 }), null);
  assert.equal(hover(doc('owner: x\n'), 'si', { line: 0, character: 1 }), null);
});
