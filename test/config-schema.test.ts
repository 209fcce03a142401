/**
 * The configuration file's JSON schema (schemas/security-policy.schema.json, generated): it accepts what the CLI
 * reads and refuses what it refuses, names every setting the parser knows, and is what `init --with-config` names
 * with `$schema`.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { CONFIG_KEYS } from '../server/src/core/config';
import { CONFIG_SCHEMA_URL, INIT_CONFIG } from '../server/src/cli/init-config';
import { tempDir } from './helpers';
import { buildDist, ROOT, runCli } from './cli-run';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'security-policy.schema.json'), 'utf8')) as {
  properties: Record<string, unknown>;
};
// VS Code's own keywords (markdownDescription, …) are not JSON Schema's.
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

/** The schema's complaints about a configuration, as `path message`. */
function complaints(config: unknown): string[] {
  return validate(config) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

before(buildDist);

test('the schema accepts what init writes, the README’s example, and every setting the CLI reads', () => {
  assert.deepEqual(complaints(JSON.parse(INIT_CONFIG)), []);
  assert.deepEqual(
    complaints({ profile: 'osps-l2', rules: { 'no-safe-harbor': 'off', 'email-without-encryption': 'warning' } }),
    [],
  );
  assert.deepEqual(
    complaints({
      profile: 'cisa',
      rules: { 'security-md-missing': 'off' },
      ignores: ['docs/', 'archived-*'],
      orgDefaults: '../.github',
    }),
    [],
  );
  assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS].sort());
});

test('the schema refuses an unknown rule, a severity that is none, a glob that is not a string, an unknown setting', () => {
  assert.deepEqual(complaints({ rules: { 'no-contacts': 'off' } }), ['/rules must NOT have additional properties']);
  assert.deepEqual(complaints({ rules: { 'no-contact': 'loud' } }), [
    '/rules/no-contact must be equal to one of the allowed values',
  ]);
  assert.deepEqual(complaints({ ignores: ['docs/', 3, ''] }), [
    '/ignores/1 must be string',
    '/ignores/2 must NOT have fewer than 1 characters',
  ]);
  assert.deepEqual(complaints({ ignore: ['docs/'] }), ['/ must NOT have additional properties']);
});

test('init --with-config writes the configuration naming the schema, which the CLI then reads without a word', () => {
  assert.equal(
    CONFIG_SCHEMA_URL,
    'https://raw.githubusercontent.com/security-policy/security-policy/main/schemas/security-policy.schema.json',
  );
  const dir = tempDir('security-policy-init-config-');
  const r = runCli(
    ['init', '--yes', '--with-config', '--email', 'security@acme.org', '--github', '-', '--today', '2026-11-23'],
    dir,
  );
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stdout,
    'Wrote SECURITY.md\nReview it, then run "security-policy check".\nWrote .security-policy.json\n',
  );
  assert.equal(readFileSync(join(dir, '.security-policy.json'), 'utf8'), INIT_CONFIG);
  assert.equal(
    INIT_CONFIG,
    `{\n  "$schema": "${CONFIG_SCHEMA_URL}",\n  "profile": "recommended",\n  "rules": {},\n  "ignores": []\n}\n`,
  );
  const check = runCli(['check', '--today', '2026-11-23'], dir);
  assert.equal(check.stderr, '');
  // Never overwritten: the command says so before writing anything.
  assert.deepEqual(runCli(['init', '--yes', '--with-config'], dir), {
    code: 2,
    stdout: '',
    stderr: 'security-policy: .security-policy.json exists: not overwritten.\n',
  });
});
