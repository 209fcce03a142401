/**
 * Configuration as eslint and markdownlint-cli2 find theirs (issue 29): the nearest `.security-policy.json` from a
 * file up to its repository's root, per repository in an organisation scan, `--config` over all; `ignores` in it
 * and `--ignore` on the command line; `--print-config FILE`; problems said once at file:line:col. Run as users run
 * the bundled CLI.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tempTree } from './helpers';
import { buildDist, runCli } from './cli-run';

const run = (args: string[], cwd: string): ReturnType<typeof runCli> => runCli([...args, '--today', '2026-11-23'], cwd);

const tree = (entries: Record<string, string>): string => tempTree('security-policy-configs-', entries);

const OPEN_AN_ISSUE = '# Security\n\nOpen an issue.\n';
const EMAIL = '# Security\n\nEmail security@acme.org. We acknowledge reports within 3 business days.\n';

/** `file rule:severity` for each finding of a jsonl run (repositories' own lines left out). */
function findings(stdout: string): string[] {
  return stdout
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { file?: string; rule?: string; severity?: string })
    .filter((l) => l.rule)
    .map((l) => `${l.file} ${l.rule}:${l.severity}`);
}

before(buildDist);

test('the nearest configuration file applies to each file, as a whole, also when the repository is checked from elsewhere', () => {
  const dir = tree({
    'repo/.git/': '',
    'repo/.security-policy.json': '{ "rules": { "no-contact": "off", "not-a-policy": "off", "no-scope": "off" } }\n',
    'repo/.github/SECURITY.md': OPEN_AN_ISSUE,
    'repo/docs/.security-policy.json': '{ "profile": "strict", "rules": { "policy-duplicate": "off" } }\n',
    'repo/docs/SECURITY.md': EMAIL,
    'elsewhere/': '',
  });
  const r = run(['check', '--format', 'jsonl', '../repo'], join(dir, 'elsewhere'));
  assert.equal(r.stderr, '');
  const at = (file: string): string => join(dir, 'repo', file);
  assert.deepEqual(findings(r.stdout), [
    `${at('.github/SECURITY.md')} no-disclosure-timeline:info`,
    `${at('.github/SECURITY.md')} no-issuance-date:hint`,
    `${at('.github/SECURITY.md')} no-response-timeframe:warning`,
    `${at('.github/SECURITY.md')} no-safe-harbor:hint`,
    `${at('.github/SECURITY.md')} no-supported-versions:info`,
    `${at('.github/SECURITY.md')} policy-duplicate:warning`,
    `${at('docs/SECURITY.md')} no-disclosure-timeline:warning`,
    `${at('docs/SECURITY.md')} no-issuance-date:warning`,
    `${at('docs/SECURITY.md')} no-safe-harbor:warning`,
    `${at('docs/SECURITY.md')} no-scope:warning`,
    `${at('docs/SECURITY.md')} no-supported-versions:warning`,
    `${at('docs/SECURITY.md')} email-without-encryption:warning`,
  ]);
  const printed = JSON.parse(
    run(['check', '--print-config', '../repo/docs/SECURITY.md'], join(dir, 'elsewhere')).stdout,
  ) as Record<string, unknown>;
  assert.deepEqual(
    [printed.configFile, printed.profile, printed.ignored],
    [at('docs/.security-policy.json'), 'strict', false],
  );
});

test('an organisation scan: each repository’s own configuration, else the current folder’s; --config over all', () => {
  const dir = tree({
    '.security-policy.json': '{ "rules": { "security-md-missing": "warning" } }\n',
    'org/quiet/.git/': '',
    'org/quiet/.security-policy.json': '{ "rules": { "security-md-missing": "off" } }\n',
    'org/loud/.git/': '',
    'override.json': '{ "profile": "cisa" }\n',
  });
  const r = run(['check', '--format', 'jsonl', 'org'], dir);
  assert.equal(r.code, 0);
  assert.deepEqual(findings(r.stdout), ['org/loud/SECURITY.md security-md-missing:warning']);
  const overridden = run(['check', '--format', 'jsonl', '--config', 'override.json', 'org'], dir);
  assert.equal(overridden.code, 1);
  assert.deepEqual(findings(overridden.stdout), [
    'org/loud/SECURITY.md security-md-missing:error',
    'org/quiet/SECURITY.md security-md-missing:error',
  ]);
});

test('ignores in the configuration (relative to its folder) and --ignore (relative to the current folder)', () => {
  const dir = tree({
    'org/app/.git/': '',
    'org/app/.security-policy.json': '{ "ignores": ["docs/", "**/security.txt"] }\n',
    'org/app/SECURITY.md': EMAIL,
    'org/app/docs/SECURITY.md': OPEN_AN_ISSUE,
    'org/app/.well-known/security.txt': 'Contact: mailto:security@acme.org\n',
    'org/archived-tool/.git/': '',
    'org/archived-web/.git/': '',
    'org/lib/.git/': '',
    'org/lib/SECURITY.md': EMAIL,
  });
  const r = run(
    ['check', '--format', 'markdown', '--ignore', 'org/archived-*', '--ignore', 'org/lib/SECURITY.md', 'org'],
    dir,
  );
  assert.equal(r.stderr, '');
  assert.deepEqual(r.stdout.split('\n').slice(2, 4), [
    // docs/SECURITY.md is not checked, but it is there: SECURITY.md still gets policy-duplicate.
    '| org/app | SECURITY.md | 0 | 1 | 3 | L3 |',
    '| org/lib | SECURITY.md (not checked) | 0 | 0 | 0 | — |',
  ]);
  // A file given by name and ignored is said to be, as eslint says it.
  const named = run(['check', '--ignore', '**/SECURITY.md', 'org/lib/SECURITY.md'], dir);
  assert.deepEqual(
    [named.code, named.stdout, named.stderr],
    [0, 'No problems in 0 files.\n', 'org/lib/SECURITY.md: ignored ("ignores" or --ignore).\n'],
  );
  const printed = JSON.parse(run(['check', '--print-config', 'org/app/docs/SECURITY.md'], dir).stdout) as Record<
    string,
    unknown
  >;
  assert.deepEqual(
    [printed.configFile, printed.ignores, printed.ignored],
    [join(dir, 'org/app/.security-policy.json'), ['docs/', '**/security.txt'], true],
  );
  assert.deepEqual(run(['check', '--ignore', '{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}', 'org'], dir), {
    code: 2,
    stdout: '',
    stderr:
      'security-policy: Invalid --ignore {a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}: more than 64 alternatives in braces.\n',
  });
});

test('a repository’s configuration with problems: each said once at file:line:col, did you mean; an error exits 2', () => {
  const dir = tree({
    'org/a/.git/': '',
    'org/a/.security-policy.json': '{ "ignore": ["docs"], "rules": { "no-contacts": "off" } }\n',
    'org/a/SECURITY.md': EMAIL,
    'org/a/docs/SECURITY.md': EMAIL,
    'org/b/.git/': '',
    'org/b/.security-policy.json': '{ "profile": "strikt", "ignores": ["ok", 3] }\n',
    'org/b/SECURITY.md': EMAIL,
  });
  const r = run(['check', '--format', 'markdown', 'org'], dir);
  assert.equal(r.code, 2);
  const config = (repo: string): string => join(dir, 'org', repo, '.security-policy.json');
  assert.equal(
    r.stderr,
    [
      `${config('a')}:1:3: warning: Unknown setting "ignore"; did you mean "ignores"?`,
      `${config('a')}:1:34: warning: Unknown rule "no-contacts"; did you mean "no-contact"?`,
      `${config('b')}:1:14: error: Unknown profile "strikt", expected one of recommended, osps-l1, osps-l2, osps-l3, cisa, strict.`,
      `${config('b')}:1:42: error: Invalid glob 3 in "ignores": not a string.`,
      '',
    ].join('\n'),
  );
  // Every repository is still checked, with what could be read of its configuration.
  assert.deepEqual(r.stdout.split('\n').slice(2, 4), [
    '| org/a | SECURITY.md, docs/SECURITY.md | 0 | 2 | 6 | L3 |',
    '| org/b | SECURITY.md | 0 | 0 | 3 | L3 |',
  ]);
});
