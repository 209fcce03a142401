/** `rules --format json`, `explain <rule>` and mistyped commands, as eslint, ruff and git users expect them. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRuleMetas } from '../server/src';
import { tempDir } from './helpers';
import { buildDist, runCli } from './cli-run';

const run = runCli;

before(buildDist);

test('rules --format json lists every rule with its metadata and page, no examples', () => {
  const r = run(['rules', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const rules = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  assert.deepEqual(
    rules.map((x) => x.id),
    allRuleMetas.map((m) => m.id),
  );
  assert.deepEqual(
    rules.find((x) => x.id === 'disable-unknown-rule'),
    {
      id: 'disable-unknown-rule',
      kinds: ['md', 'txt', 'si'],
      defaultSeverity: 'warning',
      fixable: true,
      description: 'A disable comment names a rule that does not exist, so it switches nothing off.',
      rationale: allRuleMetas.find((m) => m.id === 'disable-unknown-rule')!.rationale,
      howToFix: allRuleMetas.find((m) => m.id === 'disable-unknown-rule')!.howToFix,
      url: 'https://github.com/security-policy/security-policy/blob/main/docs/rules/disable-unknown-rule.md',
    },
  );
  assert.ok(rules.every((x) => !('invalid' in x) && !('valid' in x)));
  assert.equal(run(['rules']).stdout.split('\n')[0].trimEnd().split(/ +/)[0], allRuleMetas[0].id);
  assert.equal(run(['rules', '--format', 'xml']).code, 2);
});

test('explain prints the rule page; an unknown rule gets the nearest id and exit 2', () => {
  const meta = allRuleMetas.find((m) => m.id === 'merge-conflict-marker')!;
  const r = run(['explain', 'merge-conflict-marker']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stdout,
    [
      'merge-conflict-marker (default: error; checks SECURITY.md, security.txt, security-insights.yml)',
      '',
      meta.description,
      '',
      `Why: ${meta.rationale}`,
      '',
      `How to fix: ${meta.howToFix}`,
      '',
      'Docs: https://github.com/security-policy/security-policy/blob/main/docs/rules/merge-conflict-marker.md',
      '',
    ].join('\n'),
  );
  const wrong = run(['explain', 'merge-conflict-markers']);
  assert.deepEqual(wrong, {
    code: 2,
    stdout: '',
    stderr:
      'security-policy: Unknown rule "merge-conflict-markers"; did you mean "merge-conflict-marker"? (security-policy rules lists them).\n',
  });
});

test('a mistyped command is a usage error with "did you mean", unless a path of that name exists', () => {
  const dir = tempDir('security-policy-commands-');
  const expected = (word: string, near: string): string =>
    `security-policy: Unknown command "${word}", did you mean "${near}"? (commands: check, init, rules, explain, merge, shard; a path to check must exist).\n`;
  assert.deepEqual(run(['lint'], dir), { code: 2, stdout: '', stderr: expected('lint', 'check') });
  assert.deepEqual(run(['chek', '.'], dir), { code: 2, stdout: '', stderr: expected('chek', 'check') });
  assert.deepEqual(run(['rule'], dir), { code: 2, stdout: '', stderr: expected('rule', 'rules') });
  assert.equal(
    run(['zzz'], dir).stderr,
    'security-policy: Unknown command "zzz" (commands: check, init, rules, explain, merge, shard; a path to check must exist).\n',
  );
  // A folder named like a command is checked, as before; so is a domain name (a live check, not a command).
  mkdirSync(join(dir, 'lint'));
  const folder = run(['lint'], dir);
  assert.doesNotMatch(folder.stderr, /Unknown command/);
});

test('check --print-config FILE prints the configuration that applies to it and checks nothing', () => {
  const dir = tempDir('security-policy-print-config-');
  writeFileSync(join(dir, '.security-policy.json'), '{ "profile": "strict", "rules": { "no-contact": "warning" } }');
  const r = run(['check', '--print-config', 'SECURITY.md'], dir);
  assert.equal(r.code, 0, r.stderr);
  const shown = JSON.parse(r.stdout) as { rules: Record<string, string> } & Record<string, unknown>;
  assert.deepEqual(Object.keys(shown), ['file', 'kind', 'configFile', 'profile', 'ignores', 'ignored', 'rules']);
  assert.equal(shown.file, join(dir, 'SECURITY.md'));
  assert.equal(shown.kind, 'md');
  assert.equal(shown.configFile, join(dir, '.security-policy.json'));
  assert.equal(shown.profile, 'strict');
  assert.equal(shown.rules['no-contact'], 'warning');
  assert.equal(shown.rules['disable-unused'], 'warning');
  assert.equal(shown.rules['expires-missing'], undefined, 'security.txt rules are not listed for SECURITY.md');
  const txt = JSON.parse(run(['check', '--print-config', 'notes.txt', '--kind', 'txt', '-p', 'cisa'], dir).stdout) as {
    kind: string;
    profile: string;
  };
  assert.deepEqual([txt.kind, txt.profile], ['txt', 'cisa']);
  assert.deepEqual(run(['check', '--print-config', 'README.txt'], dir), {
    code: 2,
    stdout: '',
    stderr: 'security-policy: README.txt is not a file this tool checks by its name; give --kind to say what it is.\n',
  });
});

test('a broken configuration is said once, at its place, with "did you mean" for unknown rule ids (exit 2)', () => {
  const dir = tempDir('security-policy-bad-config-');
  const config = join(dir, '.security-policy.json');
  writeFileSync(config, '{ "rules": { "no-contact": "off" }');
  assert.deepEqual(run(['check'], dir), {
    code: 2,
    stdout: '',
    stderr: `security-policy: ${config}:1:35: error: Invalid JSON: close brace expected.\n`,
  });
  writeFileSync(config, '{ "rules": { "no-contacts": "off" } }');
  writeFileSync(join(dir, 'SECURITY.md'), '# Security\n\nEmail security@acme.org.\n');
  const r = run(['check'], dir);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, `${config}:1:14: warning: Unknown rule "no-contacts"; did you mean "no-contact"?\n`);
});
