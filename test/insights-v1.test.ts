/**
 * Security Insights v1 files (schema 1.0.0): checked against the v1 schema (schema-v1.json, written from the 1.0.0
 * specification), completed and hovered from it, and still migrated to 2.2.0 by insights-v1's quick fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type Finding } from '../server/src';
import { completions, hover } from '../server/src/lsp/assist';
import { VALID_V1_INSIGHTS } from '../server/src/kinds/si/rules/helpers';
import { lint } from './helpers';

const dir = join(__dirname, 'fixtures', 'insights-v1');
const NOW = new Date('2026-06-01T12:00:00Z');

function findings(text: string, rule: string): string[] {
  const lines = new LineIndex(text);
  return lint(text, { kind: 'si', path: 'SECURITY-INSIGHTS.yml', today: '2026-06-01' })
    .filter((f: Finding) => f.ruleId === rule)
    .map((f) => {
      const p = lines.positionAt(f.start);
      return `${p.line + 1}:${p.character + 1} ${f.message}`;
    });
}

test("the specification's own 1.0.0 samples follow the v1 schema", () => {
  for (const file of ['spec-sample-1.0.0.yml', 'spec-minimal-sample-1.0.0.yml']) {
    const text = readFileSync(join(dir, file), 'utf8');
    assert.deepEqual(findings(text, 'insights-schema'), [], file);
    assert.equal(findings(text, 'insights-v1').length, 1, file);
  }
});

test("the specification's own file at v1.0.0 still said stage, which the release renamed status", () => {
  const text = readFileSync(join(dir, 'spec-own-1.0.0.yml'), 'utf8');
  assert.deepEqual(findings(text, 'insights-schema'), [
    '8:1 Missing required field "project-lifecycle.status", one of active, inactive, concept, wip, suspended, abandoned, unsupported, moved.',
    '9:3 Unknown field "stage" in project-lifecycle, expected one of: status, bug-fixes-only, roadmap, core-maintainers, release-cycle, release-process.',
  ]);
});

test('a v1 list of the same entry twice, a number for a year written as text, an over-long comment', () => {
  const text = VALID_V1_INSIGHTS.replace('    - github:ada\n', '    - github:ada\n    - github:ada\n').concat(
    'security-assessments:\n',
    '  - auditor-name: Acme Audits\n',
    '    auditor-url: https://audits.acme.org\n',
    "    report-year: '2023'\n",
    `    comment: ${'x'.repeat(561)}\n`,
  );
  assert.deepEqual(findings(text, 'insights-schema'), [
    '13:7 "project-lifecycle.core-maintainers" lists the same entry twice, at [0] and [1]; keep one.',
    '41:18 "security-assessments[0].report-year" must be a whole number, found "2023".',
    `42:14 "security-assessments[0].comment" must be at most 560 characters, found 561.`,
  ]);
});

test("a v1 contact's value is checked against its type", () => {
  const text = VALID_V1_INSIGHTS.replace(
    '  - type: email\n    value: security@acme.org\n',
    '  - type: email\n    value: https://acme.org/security\n  - type: phone\n    value: call us\n  - type: url\n    value: https://acme.org/security\n',
  );
  assert.deepEqual(findings(text, 'insights-schema'), [
    '31:12 "security-contacts[0].value" must be an email address, found "https://acme.org/security".',
    '33:12 "security-contacts[1].value" must be a phone number, found "call us".',
  ]);
});

test('the migration to 2.2.0 still works, and the migrated file is checked against the 2.x schema', () => {
  const before = lint(VALID_V1_INSIGHTS, { kind: 'si', path: 'SECURITY-INSIGHTS.yml', today: '2026-06-01' });
  assert.deepEqual(before.map((f) => f.ruleId).sort(), ['insights-v1']);
  const migrated = before[0].fix!.edits[0].newText;
  assert.deepEqual(findings(migrated, 'insights-v1'), []);
  // What v1 has no value for stays missing, for the 2.x schema check to point at.
  assert.deepEqual(findings(migrated, 'insights-schema'), [
    '6:1 Missing required field "project.administrators", a list.',
    '12:3 Missing required field "project.vulnerability-reporting.bug-bounty-available", true or false.',
    '28:3 Missing required field "repository.license.expression", text.',
    '30:3 Missing required field "repository.security.assessments", a mapping of fields.',
    '42:3 Missing required field "repository.release.automated-pipeline", true or false.',
  ]);
});

const doc = (text: string) => TextDocument.create('file:///w/SECURITY-INSIGHTS.yml', 'securityinsights', 1, text);
function labelsAt(text: string, line: number): string[] {
  const character = text.split('\n')[line].length;
  return completions(doc(text), 'si', { line, character }, undefined, NOW).map((c) => c.label);
}

test('completion in a v1 file offers the v1 fields and values', () => {
  const head = "header:\n  schema-version: 1.0.0\n  expiration-date: '2027-01-01T00:00:00.000Z'\n";
  assert.deepEqual(labelsAt(`${head}`, 3), [
    'project-lifecycle',
    'contribution-policy',
    'distribution-points',
    'security-contacts',
    'vulnerability-reporting',
    'documentation',
    'security-artifacts',
    'security-testing',
    'security-assessments',
    'dependencies',
  ]);
  assert.deepEqual(labelsAt(`${head}security-contacts:\n  - type: `, 4), ['email', 'phone', 'url']);
  assert.deepEqual(labelsAt(`${head}project-lifecycle:\n  status: `, 4).slice(0, 3), ['active', 'inactive', 'concept']);
});

test('hover in a v1 file shows the v1 description', () => {
  const h = hover(doc(VALID_V1_INSIGHTS), 'si', { line: 2, character: 4 });
  assert.equal(
    (h!.contents as { value: string }).value,
    "**expiration-date** (required, a date and time with its time zone, such as '2027-01-01T00:00:00.000Z')\n\nWhen this file should no longer be considered valid: at most one year after it was last reviewed.",
  );
});
