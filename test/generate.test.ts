/**
 * Policy generation: what the engine writes passes its own checks, for every combination of answers; the answer
 * validators and the workspace-fact parsers behave.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  gatherWorkspaceFacts,
  generateSecurityMd,
  generateSecurityTxt,
  githubPolicyUrl,
  githubRepoFromGitConfig,
  latestVersionTag,
  parseSupportedVersions,
  policyContactsOf,
  policyRelativePath,
  securityTxtContacts,
  supportedRowsFor,
  validateEmail,
  validateHttpsUrl,
  validatePolicyAnswers,
  validateSecurityTxtAnswers,
  validateSupportedVersions,
  versionFromPackageJson,
  versionFromToml,
  type PolicyAnswers,
  type SecurityTxtAnswers,
  type WorkspaceReader,
} from '../server/src';
import { formatMessage, type Message } from '../server/src/core/questions';
import { lint } from './helpers';
import { email, httpsUrl, policyAnswers, RANK, repo, version } from './policy-arbitraries';

const languages = fc.uniqueArray(fc.constantFrom('en', 'de', 'fr', 'es', 'pt-BR', 'ja', 'zh-Hans'), {
  minLength: 1,
  maxLength: 3,
});

function txtAnswersFor(a: PolicyAnswers, extra: { siteUrl?: string; languages: string[] }): SecurityTxtAnswers {
  return {
    contacts: securityTxtContacts(a),
    encryptionKeyUrl: a.encryptionKeyUrl,
    policyUrl: a.github ? githubPolicyUrl(a.github, a.location) : undefined,
    siteUrl: extra.siteUrl,
    languages: extra.languages,
    today: a.today,
  };
}

function above(findings: ReturnType<typeof lint>, severity: keyof typeof RANK): string[] {
  return findings
    .filter((f) => RANK[f.severity] > RANK[severity])
    .map((f) => `${f.ruleId} (${f.severity}): ${f.message}`);
}

test('for every combination of answers, the SECURITY.md and security.txt get nothing above info (recommended)', () => {
  fc.assert(
    fc.property(
      policyAnswers,
      fc.option(httpsUrl, { nil: undefined }),
      languages,
      fc.constantFrom('.well-known/security.txt', 'public/.well-known/security.txt'),
      (a, siteUrl, langs, txtPath) => {
        assert.deepEqual(validatePolicyAnswers(a), []);
        const md = generateSecurityMd(a);
        const today = a.today.toISOString().slice(0, 10);
        const mdFindings = lint(md, { path: policyRelativePath(a.location), today });
        assert.deepEqual(above(mdFindings, 'info'), [], md);
        const txtAnswers = txtAnswersFor(a, { siteUrl, languages: langs });
        assert.deepEqual(validateSecurityTxtAnswers(txtAnswers), []);
        const txt = generateSecurityTxt(txtAnswers);
        const txtFindings = lint(txt, { kind: 'txt', path: txtPath, today, policyContacts: policyContactsOf(md) });
        assert.deepEqual(above(txtFindings, 'info'), [], txt);
        assert.ok(!txtFindings.some((f) => f.ruleId === 'contact-mismatch'), 'the contacts agree');
      },
    ),
    { numRuns: 300 },
  );
});

test('with every optional section chosen, strict finds nothing in the SECURITY.md and only not-signed in the security.txt', () => {
  fc.assert(
    fc.property(
      policyAnswers,
      repo,
      email,
      httpsUrl,
      httpsUrl,
      fc.integer({ min: 30, max: 180 }),
      version,
      httpsUrl,
      languages,
      (a, gh, mail, form, key, days, v, site, langs) => {
        const all: PolicyAnswers = {
          ...a,
          github: gh,
          email: mail,
          formUrl: form,
          encryptionKeyUrl: key,
          disclosureDays: days,
          supported: supportedRowsFor(v),
          scope: true,
          safeHarbor: true,
        };
        const md = generateSecurityMd(all);
        const today = all.today.toISOString().slice(0, 10);
        const strict = { profile: 'strict' as const };
        assert.deepEqual(
          lint(md, { path: policyRelativePath(all.location), today, config: strict }).map((f) => f.ruleId),
          [],
          md,
        );
        const txt = generateSecurityTxt(txtAnswersFor(all, { siteUrl: site, languages: langs }));
        const ids = lint(txt, {
          kind: 'txt',
          path: '.well-known/security.txt',
          today,
          policyContacts: policyContactsOf(md),
          config: strict,
        }).map((f) => f.ruleId);
        assert.deepEqual(ids, ['not-signed'], txt);
      },
    ),
    { numRuns: 200 },
  );
});

test('the generated policy states an acknowledgement time and an issuance date, and only the chosen sections', () => {
  const md = generateSecurityMd({
    location: 'root',
    email: 'security@acme.dev',
    ackDays: 2,
    disclosureDays: null,
    supported: [],
    scope: false,
    safeHarbor: false,
    today: new Date('2026-11-23T00:00:00Z'),
  });
  assert.match(md, /within 2 business days/);
  assert.match(md, /^Last updated: 2026-11-23$/m);
  assert.doesNotMatch(md, /## Scope|## Safe Harbor|github\.com/);
  assert.match(md, /latest release only/);
});

test('the security.txt has Expires one year ahead (minus a second), Canonical from the site, and a final newline', () => {
  const txt = generateSecurityTxt({
    contacts: ['mailto:security@acme.dev'],
    siteUrl: 'https://acme.dev/some/page',
    policyUrl: 'https://acme.dev/security',
    languages: ['en', 'de'],
    today: new Date('2026-11-23T00:00:00Z'),
  });
  assert.equal(
    txt,
    '# How to report security vulnerabilities to us (RFC 9116).\n# Renew this file before the date in Expires.\nContact: mailto:security@acme.dev\nExpires: 2027-11-22T23:59:59Z\nPreferred-Languages: en, de\nCanonical: https://acme.dev/.well-known/security.txt\nPolicy: https://acme.dev/security\n',
  );
});

test('bad answers get clear messages', () => {
  const english = (message: Message | undefined): string => (message ? formatMessage(message) : '');
  assert.match(english(validateEmail('not-an-email')), /is not an email address/);
  assert.match(english(validateEmail('123+me@users.noreply.github.com')), /cannot receive reports/);
  assert.equal(validateEmail('security@acme.dev'), undefined);
  assert.match(english(validateHttpsUrl('http://acme.dev/report')), /not https/);
  assert.match(english(validateHttpsUrl('acme.dev')), /not a URL/);
  assert.equal(validateHttpsUrl('https://acme.dev/report'), undefined);
  assert.match(english(validateSupportedVersions('< 3.0')), /No version is supported/);
  assert.match(english(validateSupportedVersions('three')), /not a version/);
  assert.deepEqual(parseSupportedVersions('3.x, 2.4.x, !2.3.x, < 2.3'), [
    { version: '3.x', supported: true },
    { version: '2.4.x', supported: true },
    { version: '2.3.x', supported: false },
    { version: '< 2.3', supported: false },
  ]);
  const problems = validatePolicyAnswers({
    location: 'root',
    ackDays: 30,
    disclosureDays: 7,
    supported: [],
    scope: false,
    safeHarbor: false,
    today: new Date(),
  });
  assert.equal(problems.length, 3, problems.join('\n'));
});

test('workspace facts: GitHub remote, versions, tags, supported rows', async () => {
  assert.equal(
    githubRepoFromGitConfig(
      '[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/other/fork.git\n[remote "origin"]\n\turl = git@github.com:acme/widgets.git\n',
    ),
    'acme/widgets',
  );
  assert.equal(githubRepoFromGitConfig('[remote "origin"]\n\turl = https://gitlab.com/acme/widgets.git\n'), undefined);
  assert.equal(versionFromPackageJson('{"name":"x","version":"3.2.1"}'), '3.2.1');
  assert.equal(versionFromPackageJson('{ broken'), undefined);
  assert.equal(
    versionFromToml('[dependencies]\nversion = "9.9.9"\n[package]\nname = "x"\nversion = "0.4.2"\n', ['package']),
    '0.4.2',
  );
  assert.equal(latestVersionTag(['v1.9.0', 'v1.10.0', 'v2.0.0-rc.1', 'nightly', '1.10.1']), '1.10.1');
  assert.deepEqual(supportedRowsFor('3.2.1'), [
    { version: '3.x', supported: true },
    { version: '< 3.0', supported: false },
  ]);
  assert.deepEqual(supportedRowsFor('0.4.2'), [
    { version: '0.4.x', supported: true },
    { version: '< 0.4', supported: false },
  ]);
  assert.deepEqual(supportedRowsFor(undefined), []);

  const files: Record<string, string> = {
    '.git/config': '[remote "origin"]\n\turl = https://github.com/acme/widgets\n',
    '.git/packed-refs': '# pack-refs with: peeled\n' + `${'a'.repeat(40)} refs/tags/v4.1.0\n`,
    'docs/SECURITY.md': '# Security\n',
  };
  const folders: Record<string, string[]> = {
    '': ['.git', 'docs', 'static', 'README.md'],
    docs: ['SECURITY.md'],
    '.git/refs/tags': ['v3.0.0'],
  };
  const reader: WorkspaceReader = {
    readText: (p) => Promise.resolve(files[p]),
    list: (p) => Promise.resolve(folders[p] ?? []),
  };
  const facts = await gatherWorkspaceFacts(reader);
  assert.deepEqual(facts, {
    github: 'acme/widgets',
    repositoryUrl: 'https://github.com/acme/widgets',
    version: '4.1.0',
    versionSource: 'git tags',
    supported: [
      { version: '4.x', supported: true },
      { version: '< 4.0', supported: false },
    ],
    securityTxtPath: 'static/.well-known/security.txt',
    existingPolicies: ['docs/SECURITY.md'],
    existingSecurityTxt: undefined,
  });
});
