/**
 * Real security-insights.yml files from public repositories (test/fixtures/insights/SOURCES.md): what each one
 * must get, and what it must not. The rule ids found are compared exactly, so a new false positive fails too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, DEFAULT_CONFIG, LineIndex, type Finding } from '../server/src';

const TODAY = new Date('2026-11-23T00:00:00Z');
const dir = join(__dirname, 'fixtures', 'insights');

function check(file: string): { findings: Finding[]; at: (f: Finding) => string } {
  const text = readFileSync(join(dir, file), 'utf8');
  const result = checkText(text, {
    kind: 'si',
    config: DEFAULT_CONFIG,
    env: { today: TODAY, relativePath: 'security-insights.yml' },
  });
  assert.deepEqual(result.failures, []);
  const lines = new LineIndex(text);
  return {
    findings: result.findings,
    at: (f) => {
      const p = lines.positionAt(f.start);
      return `${p.line + 1}:${p.character + 1} ${f.message}`;
    },
  };
}

interface Expectation {
  /** Every rule id the file gets, exactly. */
  rules: string[];
  /** Findings (line:column message) it must include. */
  includes: string[];
}

const EXPECTED: Record<string, Expectation> = {
  'scorecard.yml': { rules: [], includes: [] },
  'kubescape.yml': { rules: [], includes: [] },
  'capsule.yml': { rules: [], includes: [] },
  'networkmanager.yml': { rules: [], includes: [] },
  'lammps.yml': {
    rules: ['insights-schema'],
    includes: [
      '76:15 "repository.security.tools[0].type" must be one of fuzzing, container, secret, SCA, SAST, other; found "secret-scanning".',
    ],
  },
  'pgbouncer.yml': {
    rules: ['insights-no-contact'],
    includes: [
      '26:23 reports-accepted is true but neither contact nor policy says where to report, expected one of them.',
    ],
  },
  'backstage.yml': {
    rules: ['insights-schema', 'insights-stale'],
    includes: ['16:7 Missing required field "project.administrators[1].primary", true or false.'],
  },
  'elixir.yml': {
    rules: ['insights-schema'],
    includes: [
      '4:17 "header.last-updated" must be a date written YYYY-MM-DD, found "2025-04-XX".',
      '71:9 "repository.security.assessments.self" must be a mapping of fields, found a list.',
      '78:9 Missing required field "repository.security.tools[0].rulesets", a list.',
    ],
  },
  'openbao.yml': {
    rules: ['insights-schema', 'insights-stale', 'placeholder'],
    includes: [
      '4:18 "header.last-reviewed" must be a date written YYYY-MM-DD, found an empty string.',
      '26:13 "Foo" is a sample value of the Security Insights template, expected this project\'s own.',
      '33:14 "project.vulnerability-reporting.contact" must be a mapping of fields, found "openbao-security@lists.openssf.org".',
    ],
  },
  'fluxcd-flux2.yml': {
    rules: ['insights-schema', 'insights-stale', 'insights-syntax'],
    includes: [
      '20:28 YAML: Plain value cannot start with reserved character @.',
      '60:3 Missing required field "repository.license.expression", text.',
    ],
  },
  'opentelemetry-go.yml': {
    rules: ['insights-schema', 'insights-stale'],
    includes: [
      '1:1 Missing required field "header.url", an http:// or https:// URL.',
      '7:1 Missing required field "repository.security", a mapping of fields.',
    ],
  },
  'opentelemetry-org.yml': {
    rules: ['insights-schema', 'insights-stale'],
    includes: ['7:1 Missing required field "project.vulnerability-reporting", a mapping of fields.'],
  },
  'security-insights-spec.yml': {
    rules: ['insights-no-contact', 'insights-schema', 'insights-stale'],
    includes: [
      '2:19 schema-version "1.0.0" does not match the fields of this file, which are Security Insights 2.x; expected 2.0.0, 2.1.0 or 2.2.0.',
      '47:5 Unknown field "automated-pipeleine" in repository.release, did you mean "automated-pipeline"?',
    ],
  },
  // v1 files are checked against the v1 schema (schema-v1.json, from the 1.0.0 specification).
  'argo-cd-v1.yml': {
    rules: ['insights-schema', 'insights-stale', 'insights-v1'],
    includes: [
      '1:1 This is a Security Insights v1 file, which version 2 readers ignore, expected the 2.x layout (header.url, project, repository).',
      '3:20 "header.expiration-date" must be at most one year after "header.last-reviewed" (2023-10-27), found "2024-10-31T00:00:00.000Z".',
    ],
  },
  'etcd-v1.yml': { rules: ['insights-stale', 'insights-v1'], includes: [] },
  'cilium-v1.yml': {
    rules: ['insights-schema', 'insights-stale', 'insights-v1'],
    includes: [
      '67:1 Missing field "vulnerability-reporting.email-contact", an email address, required when "vulnerability-reporting.accepts-vulnerability-reports" is true.',
    ],
  },
};

for (const [file, expected] of Object.entries(EXPECTED)) {
  test(`${file}: exactly the expected rules, with the stated findings`, () => {
    const { findings, at } = check(file);
    assert.deepEqual([...new Set(findings.map((f) => f.ruleId))].sort(), expected.rules);
    const shown = findings.map(at);
    for (const line of expected.includes) assert.ok(shown.includes(line), `missing "${line}" in:\n${shown.join('\n')}`);
  });
}

test('there are at least 15 real-world files, each with an expectation', () => {
  const files = readFileSync(join(dir, 'SOURCES.md'), 'utf8').match(/^\| [\w.-]+\.yml /gm) ?? [];
  assert.ok(files.length >= 15, `${files.length} files`);
  assert.deepEqual(files.map((f) => f.slice(2).trim()).sort(), Object.keys(EXPECTED).sort());
});

test('the v1 migration of every v1 file gives a v2 file with no YAML error and keeps its values', () => {
  for (const file of ['argo-cd-v1.yml', 'etcd-v1.yml', 'cilium-v1.yml']) {
    const { findings } = check(file);
    const migrate = findings.find((f) => f.ruleId === 'insights-v1')!.fix!;
    const text = migrate.edits[0].newText;
    const after = checkText(text, { kind: 'si', config: DEFAULT_CONFIG, env: { today: TODAY } }).findings;
    assert.deepEqual(
      after.filter((f) => f.ruleId === 'insights-syntax' || f.ruleId === 'insights-v1'),
      [],
      file,
    );
    const original = readFileSync(join(dir, file), 'utf8');
    for (const url of original.match(/https:\/\/[^\s'"]+/g) ?? []) {
      const dropped =
        /sbom|go\.mod|dependabot\.yml|threat_model|bill-of-materials|auditor-url|adalogics\.com$|trailofbits\.com\/?$|codeql\.github|mend\.io|oss-fuzz|anchore|dependabot$|release-cadence\/$|release-process-and-cadence\/$/.test(
          url,
        );
      if (!dropped && !text.includes(url)) assert.fail(`${file}: ${url} lost in the migration`);
    }
  }
});
