/**
 * Never pass what should fail (issue 29): a repository with no SECURITY.md where GitHub looks is an error
 * (security-md-missing), and every repository of a scan appears in every output format, with "no policy" where it
 * has none. Run as users run the bundled CLI.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from './helpers';
import { buildDist, runCli } from './cli-run';

const run = (args: string[], cwd: string): ReturnType<typeof runCli> => runCli([...args, '--today', '2026-11-23'], cwd);

const tree = (entries: Record<string, string>): string => tempTree('security-policy-missing-', entries);

/** A policy with no finding at all. */
const CLEAN = [
  '# Security Policy',
  '## Supported Versions',
  'Only the latest release receives security fixes.',
  '## Reporting a Vulnerability',
  'Please report vulnerabilities privately through GitHub private vulnerability reporting at https://github.com/acme/clean/security/advisories/new. Do not open a public issue.',
  'We acknowledge reports within 3 business days and disclose fixed issues within 90 days.',
  '## Scope',
  'All code in this repository is in scope.',
  '## Safe Harbor',
  'We will not pursue legal action against good-faith security research.',
  'Last updated: 2026-11-01',
].join('\n\n');

const HINT =
  ' On GitHub, an organisation\'s default policy may apply: name a checkout of its .github repository with --org-defaults PATH (or "orgDefaults" in .security-policy.json).';
const NONE = `No SECURITY.md in the root, .github/ or docs/, expected a policy that tells reporters how to reach you privately.${HINT}`;
const MOVED = `No SECURITY.md where GitHub shows one (the root, .github/ or docs/): security/SECURITY.md is not shown, expected it moved there.${HINT}`;

/** Three repositories: none, a clean policy, a policy where GitHub does not show it. */
const ORG = {
  'org/bare/.git/': '',
  'org/clean/.git/': '',
  'org/clean/SECURITY.md': `${CLEAN}\n`,
  'org/moved/.git/': '',
  'org/moved/security/SECURITY.md': `${CLEAN}\n`,
};

before(buildDist);

test('text: every repository on a line with what it has, "no policy" and the error below it, exit 1', () => {
  const r = run(['check', 'org'], tree(ORG));
  assert.equal(r.code, 1);
  assert.equal(
    r.stdout,
    [
      'org/bare: no policy',
      `           error   ${NONE}  security-md-missing`,
      '',
      'org/clean: SECURITY.md',
      '',
      'org/moved: no policy',
      `           error   ${MOVED}  security-md-missing`,
      '',
      '2 problems (2 error, 0 warning, 0 info, 0 hint) in 1 file. 2 repositories have no policy.',
      '',
    ].join('\n'),
  );
  assert.equal(r.stderr, '');
});

test('json and jsonl: an entry per repository (policy or null), the missing policy as a finding on SECURITY.md', () => {
  const dir = tree(ORG);
  const finding = (message: string): object => ({
    rule: 'security-md-missing',
    severity: 'error',
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fixable: false,
    safeFix: false,
  });
  assert.deepEqual(JSON.parse(run(['check', '--format', 'json', 'org'], dir).stdout), [
    { repository: 'org/bare', policy: null, diagnostics: [] },
    { file: 'org/bare/SECURITY.md', kind: 'md', missing: true, diagnostics: [finding(NONE)] },
    { repository: 'org/clean', policy: 'SECURITY.md', diagnostics: [] },
    { file: 'org/clean/SECURITY.md', kind: 'md', diagnostics: [] },
    { repository: 'org/moved', policy: null, diagnostics: [] },
    { file: 'org/moved/SECURITY.md', kind: 'md', missing: true, diagnostics: [finding(MOVED)] },
  ]);
  const jsonl = run(['check', '--format', 'jsonl', 'org'], dir);
  assert.equal(jsonl.code, 1);
  assert.deepEqual(
    jsonl.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown),
    [
      { repository: 'org/bare', policy: null },
      { file: 'org/bare/SECURITY.md', kind: 'md', missing: true, ...finding(NONE) },
      { repository: 'org/clean', policy: 'SECURITY.md' },
      { repository: 'org/moved', policy: null },
      { file: 'org/moved/SECURITY.md', kind: 'md', missing: true, ...finding(MOVED) },
    ],
  );
});

test('github, markdown and SARIF list every repository too; the missing policy is an error on SECURITY.md', () => {
  const dir = tree(ORG);
  const where = (repo: string): string =>
    `file=${repo}/SECURITY.md,line=1,endLine=1,col=1,endColumn=1,title=security-policy security-md-missing`;
  assert.equal(
    run(['check', '--format', 'github', 'org'], dir).stdout,
    [
      '::notice title=security-policy::org/bare: no policy',
      `::error ${where('org/bare')}::${NONE}`,
      '::notice title=security-policy::org/clean: SECURITY.md',
      '::notice title=security-policy::org/moved: no policy',
      `::error ${where('org/moved')}::${MOVED}`,
      '2 problems (2 error, 0 warning, 0 info, 0 hint) in 1 file. 2 repositories have no policy.',
      '',
    ].join('\n'),
  );
  assert.equal(
    run(['check', '--format', 'markdown', 'org'], dir).stdout,
    [
      '| Repository | Files found | Errors | Warnings | Info | OSPS Baseline level met |',
      '|---|---|---|---|---|---|',
      '| org/bare | no policy | 1 | 0 | 0 | — |',
      '| org/clean | SECURITY.md | 0 | 0 | 0 | L3 |',
      '| org/moved | no policy | 1 | 0 | 0 | — |',
      '',
      '3 repositories: 2 problems (2 error, 0 warning, 0 info, 0 hint) in 1 file. 2 repositories have no policy.',
      '',
    ].join('\n'),
  );
  type Sarif = {
    runs: Array<{
      results: Array<{ ruleId: string; level: string; locations: unknown[] }>;
      invocations: Array<{ toolExecutionNotifications: unknown[] }>;
    }>;
  };
  const sarif = (JSON.parse(run(['check', '--format', 'sarif', 'org'], dir).stdout) as Sarif).runs[0];
  const location = (repo: string): object => ({
    physicalLocation: {
      artifactLocation: { uri: `${repo}/SECURITY.md`, uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    },
  });
  assert.deepEqual(
    sarif.results.map((x) => [x.ruleId, x.level, x.locations]),
    [
      ['security-md-missing', 'error', [location('org/bare')]],
      ['security-md-missing', 'error', [location('org/moved')]],
    ],
  );
  const note = (text: string, properties: object): object => ({ level: 'note', message: { text }, properties });
  assert.deepEqual(sarif.invocations[0].toolExecutionNotifications, [
    note('org/bare: no policy.', { repository: 'org/bare', policy: null }),
    note('org/clean: SECURITY.md.', { repository: 'org/clean', policy: 'SECURITY.md' }),
    note('org/moved: no policy.', { repository: 'org/moved', policy: null }),
  ]);
});

test('one repository: without a policy it is listed and fails; with one, only its files are shown', () => {
  const dir = tree({ ...ORG, 'org/bare/.well-known/security.txt': 'Contact: mailto:security@acme.org\n' });
  const bare = run(['check', '--format', 'markdown', 'org/bare'], dir);
  assert.equal(bare.code, 1);
  assert.equal(bare.stdout.split('\n')[2], '| org/bare | .well-known/security.txt; no policy | 2 | 0 | 2 | — |');
  const clean = run(['check', 'org/clean'], dir);
  assert.equal(clean.code, 0);
  assert.equal(clean.stdout, 'No problems in 1 file.\n');
  // The rule can be turned off in the repository's own configuration, as any rule.
  writeFileSync(join(dir, 'org', 'bare', '.security-policy.json'), '{ "rules": { "security-md-missing": "off" } }\n');
  assert.equal(
    run(['check', '--format', 'markdown', 'org/bare'], dir).stdout.split('\n')[2],
    '| org/bare | .well-known/security.txt; no policy | 1 | 0 | 2 | — |',
  );
});

test('the organisation’s default, found in the scan or named with --org-defaults, is a policy: nothing is missing', () => {
  const dir = tree({ ...ORG, 'org/.github/.git/': '', 'org/.github/SECURITY.md': `${CLEAN}\n` });
  const r = run(['check', 'org'], dir);
  assert.equal(r.code, 0);
  assert.deepEqual(
    r.stdout.split('\n').filter((l) => l.startsWith('org/')),
    [
      "org/.github (the organisation's defaults): SECURITY.md",
      'org/bare: policy inherited from org/.github: SECURITY.md',
      'org/clean: SECURITY.md',
      'org/moved: policy inherited from org/.github: SECURITY.md',
    ],
  );
  const named = run(['check', '--org-defaults', '.github', 'bare'], join(dir, 'org'));
  assert.equal(named.code, 0);
  assert.equal(
    named.stdout,
    "bare: policy inherited from .github: SECURITY.md\n\nNo problems in 0 files. 1 repository inherits its organisation's default policy.\n",
  );
});
