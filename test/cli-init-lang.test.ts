/** `init --lang`: the SECURITY.md in the chosen language, the security.txt's comments too; a language we do not write is refused. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';
import { buildDist, runCli } from './cli-run';

before(buildDist);

test('init --lang de writes a German policy and a security.txt with German comments, and check finds nothing', () => {
  const dir = tempDir('h28-init-lang-');
  const flags = ['--email', 'security@acme-widgets.dev', '--github', 'acme/widgets', '--supported', '2.x, < 2.0'];
  const r = runCli(['init', '--yes', '--lang', 'de', '--security-txt', ...flags, '--today', '2026-11-22'], dir);
  assert.equal(r.code, 0, r.stderr);
  const md = readFileSync(join(dir, 'SECURITY.md'), 'utf8');
  assert.match(md, /^# Sicherheitsrichtlinie$/m);
  assert.match(md, /^\| Version \| Unterstützt \|$/m);
  assert.match(md, /^\| 2\.x {5}\| ✅ {10}\|$/m);
  assert.match(md, /innerhalb von 3 Werktagen/);
  assert.match(md, /^Zuletzt aktualisiert: 2026-11-22$/m);
  assert.equal(
    readFileSync(join(dir, '.well-known', 'security.txt'), 'utf8'),
    [
      '# So melden Sie uns Sicherheitslücken (RFC 9116).',
      '# Erneuern Sie diese Datei vor dem Datum in Expires.',
      'Contact: mailto:security@acme-widgets.dev',
      'Contact: https://github.com/acme/widgets/security/advisories/new',
      'Expires: 2027-11-21T23:59:59Z',
      'Preferred-Languages: de, en',
      'Policy: https://github.com/acme/widgets/blob/HEAD/SECURITY.md',
      '',
    ].join('\n'),
  );
  assert.deepEqual(runCli(['check', '--quiet', '--today', '2026-11-22'], dir), {
    code: 0,
    stdout: 'No problems in 2 files.\n',
    stderr: '',
  });
});

test('init --lang with a language the policy cannot be written in exits 2 and writes nothing', () => {
  const dir = tempDir('h28-init-lang-');
  const r = runCli(['init', '--yes', '--lang', 'tr', '--email', 'security@acme-widgets.dev'], dir);
  assert.deepEqual(r, {
    code: 2,
    stdout: '',
    stderr:
      'security-policy: --lang "tr" is not a language the policy can be written in, expected en, de, es, fr, pt, it, ru, zh, ja, ko.\n',
  });
  assert.ok(!existsSync(join(dir, 'SECURITY.md')));
});
