/**
 * security-insights.yml generation: whatever the answers, the file the engine writes passes its own checks (nothing
 * above info), keeps the answers, and `init --insights` prefills it from the repository without overwriting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { parse } from 'yaml';
import { parse as parseJsonc } from 'jsonc-parser';
import { checkText, DEFAULT_CONFIG, type Finding } from '../server/src';
import { generateInsights } from '../server/src/kinds/si/generate';
import { insightsProblems, REPOSITORY_STATUSES, type InsightsAnswers } from '../server/src/kinds/si/answers';
import { runInitInsights } from '../server/src/cli/init-insights';
import { tempDir } from './helpers';

const TODAY = new Date('2026-11-23T00:00:00Z');
const aboveInfo = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

const text = fc.oneof(
  fc.constantFrom(
    'Rocket',
    'Ada Lovelace',
    "O'Brien & Co",
    'José Valim',
    'name: with colon',
    '# not a comment',
    '- dash',
    '"quoted"',
    'yes',
    'null',
    '2.2',
  ),
  fc
    .string({ minLength: 1, maxLength: 30 })
    .filter(
      (s) =>
        s.trim() !== '' &&
        !/\p{Cc}|\uFFFD|TODO|FIXME|\{\{|\$[A-Z{]|<[A-Z]|\[(?:your|insert|add|enter|replace|put)|foo/iu.test(s),
    ),
);
const answers: fc.Arbitrary<InsightsAnswers> = fc.record({
  projectName: text,
  maintainer: text,
  repositoryUrl: fc.constantFrom(
    'https://github.com/acme/rocket',
    'https://gitlab.com/acme/rocket',
    'https://codeberg.org/acme/rocket',
  ),
  // Outside GitHub a file needs a contact or a policy URL (the wizard and init ask for one); on GitHub the
  // generator falls back to the repository's security policy page.
  contactEmail: fc.option(fc.constantFrom('security@acme.org', 'psirt+rocket@acme.co.uk'), { nil: undefined }),
  policyUrl: fc.option(
    fc.constantFrom('https://github.com/acme/rocket/blob/HEAD/SECURITY.md', 'https://acme.org/security'),
    { nil: undefined },
  ),
  licenseExpression: fc.constantFrom(
    'MIT',
    'Apache-2.0',
    'MIT OR Apache-2.0',
    'GPL-2.0-only WITH Classpath-exception-2.0',
  ),
  licenseUrl: fc.option(fc.constant('https://github.com/acme/rocket/blob/HEAD/COPYING'), { nil: undefined }),
  status: fc.constantFrom(...REPOSITORY_STATUSES),
  today: fc.constant(TODAY),
});

test('every generated file gets nothing above info, and keeps every answer (property)', () => {
  fc.assert(
    fc.property(answers, (a) => {
      fc.pre(insightsProblems(a).length === 0);
      const yml = generateInsights(a);
      const findings = checkText(yml, {
        kind: 'si',
        config: DEFAULT_CONFIG,
        env: {
          today: TODAY,
          repositoryUrl: a.repositoryUrl,
          relativePath: 'security-insights.yml',
          fileExists: (path: string) => (path === '/COPYING' && a.licenseUrl !== undefined) || path === '/SECURITY.md',
        },
      }).findings;
      assert.deepEqual(findings.filter(aboveInfo), [], yml);
      const data = parse(yml) as {
        project: {
          name: string;
          administrators: Array<{ name: string }>;
          'vulnerability-reporting': { contact?: { email: string }; policy?: string };
        };
        repository: { status: string; license: { expression: string } };
      };
      assert.equal(data.project.name, a.projectName);
      assert.equal(data.project.administrators[0].name, a.maintainer);
      assert.equal(data.project['vulnerability-reporting'].contact?.email, a.contactEmail);
      const github = a.repositoryUrl.startsWith('https://github.com/')
        ? `${a.repositoryUrl}/security/policy`
        : undefined;
      assert.equal(
        data.project['vulnerability-reporting'].policy,
        a.policyUrl ?? (a.contactEmail ? undefined : github),
      );
      assert.equal(data.repository.status, a.status);
      assert.equal(data.repository.license.expression, a.licenseExpression);
    }),
    { numRuns: 300 },
  );
});

function io(cwd: string) {
  const output = new PassThrough();
  let said = '';
  output.on('data', (c: Buffer) => (said += c.toString()));
  return { io: { cwd, today: TODAY, input: new PassThrough(), output, interactive: false }, said: () => said };
}

test('init --insights prefills from SECURITY.md, the git remote and the manifest, and never overwrites', async () => {
  const dir = tempDir('security-policy-insights-');
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, '.git', 'config'), '[remote "origin"]\n\turl = https://github.com/acme/rocket.git\n');
  writeFileSync(join(dir, 'Cargo.toml'), '[package]\nname = "rocket"\nlicense = "MIT OR Apache-2.0"\n');
  writeFileSync(join(dir, 'docs', 'SECURITY.md'), '# Security\n\nEmail psirt@acme.org.\n');
  const run = io(dir);
  assert.equal(await runInitInsights({}, run.io), 0);
  const data = parse(readFileSync(join(dir, 'security-insights.yml'), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  assert.deepEqual(data.header, {
    'schema-version': '2.2.0',
    'last-updated': '2026-11-23',
    'last-reviewed': '2026-11-23',
    url: 'https://raw.githubusercontent.com/acme/rocket/HEAD/security-insights.yml',
  });
  assert.deepEqual(data.project['vulnerability-reporting'], {
    'reports-accepted': true,
    'bug-bounty-available': false,
    policy: 'https://github.com/acme/rocket/blob/HEAD/docs/SECURITY.md',
    contact: { name: 'rocket security team', email: 'psirt@acme.org', primary: true },
  });
  // No LICENSE file: SPDX's list, not a link to a file that does not exist.
  assert.deepEqual(data.repository.license, { url: 'https://spdx.org/licenses/', expression: 'MIT OR Apache-2.0' });
  assert.deepEqual(data.project.administrators, [{ name: 'acme maintainers', primary: true }]);
  await assert.rejects(runInitInsights({}, io(dir).io), /security-insights\.yml already exists; not overwriting it/);
});

test('without a contact or policy, outside GitHub, the answers are refused; on GitHub the policy page is used', () => {
  const base = {
    projectName: 'Rocket',
    maintainer: 'Ada',
    licenseExpression: 'MIT',
    status: 'active' as const,
    today: TODAY,
  };
  assert.deepEqual(insightsProblems({ ...base, repositoryUrl: 'https://gitlab.com/acme/rocket' }), [
    'No way to report: give a security contact email or a security policy URL.',
  ]);
  assert.deepEqual(insightsProblems({ ...base, repositoryUrl: 'https://github.com/acme/rocket' }), []);
  assert.match(
    generateInsights({ ...base, repositoryUrl: 'https://github.com/acme/rocket' }),
    /\n {4}policy: https:\/\/github\.com\/acme\/rocket\/security\/policy\n/,
  );
});

test('init --insights without a remote or license asks for them by flag', async () => {
  const dir = tempDir('security-policy-insights-');
  await assert.rejects(runInitInsights({ name: 'Rocket' }, io(dir).io), /--repository: /);
  await assert.rejects(
    runInitInsights({ name: 'Rocket', repository: 'https://github.com/acme/rocket', maintainer: 'Ada' }, io(dir).io),
    /--license: /,
  );
  assert.equal(
    await runInitInsights(
      { name: 'Rocket', repository: 'https://github.com/acme/rocket', maintainer: 'Ada', license: 'MIT' },
      io(dir).io,
    ),
    0,
  );
});

test('the snippets expand to files with no schema or syntax finding', () => {
  const snippets = parseJsonc(
    readFileSync(join(__dirname, '..', 'snippets', 'securityinsights.code-snippets'), 'utf8'),
  ) as Record<string, { body: string[] }>;
  assert.equal(Object.keys(snippets).length, 2);
  for (const [name, s] of Object.entries(snippets)) {
    // A repeated tab stop (${2}) takes the default its first occurrence (${2:owner}) gives.
    const defaults = new Map(
      [...s.body.join('\n').matchAll(/\$\{(\d+):([^}]*)\}/g)].map((m) => [
        m[1],
        m[2].replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/, '2026-11-23'),
      ]),
    );
    const expanded = s.body
      .join('\n')
      .replace(/\$\{\d+:\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE\}/g, '2026-11-23')
      .replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\{(\d+)\}/g, (_m, n: string) => defaults.get(n) ?? '')
      .replace(/\$0/g, '');
    const findings = checkText(expanded, { kind: 'si', config: DEFAULT_CONFIG, env: { today: TODAY } }).findings;
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'insights-schema' || f.ruleId === 'insights-syntax').map((f) => f.message),
      [],
      `${name}:\n${expanded}`,
    );
  }
});
