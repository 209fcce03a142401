/**
 * An organisation as GitHub lays it out (issue 32): the `.github` repository beside the others is the organisation's
 * defaults repository, never a reason to take the folder above it for a repository, and its SECURITY.md is the
 * policy of every repository without one of its own, in every output format. Run as users run the bundled CLI.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from './helpers';
import { cliEnv } from './cli-run';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-23'], {
    cwd,
    encoding: 'utf8',
    env: cliEnv({ NO_COLOR: '1' }),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const tree = (entries: Record<string, string>): string => tempTree('security-policy-orgdefaults-', entries);

const POLICY = (email: string): string =>
  `# Security Policy\n\nReport vulnerabilities privately to ${email}. We acknowledge reports within 3 business days.\n`;

/** The repositories of the Markdown report, each with what it was given (the Files found column). */
function repositories(stdout: string): Array<[string, string]> {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Repository'))
    .map((l) => l.split(' | ').map((c) => c.replace(/^\| /, '')))
    .map(([name, files]) => [name, files]);
}

/** acme: a .github repository with its policy at `where`, repositories with their own at each place and without. */
function acme(where: string, prefix = 'acme'): Record<string, string> {
  return {
    [`${prefix}/.github/.git/`]: '',
    [`${prefix}/.github/${where}SECURITY.md`]: POLICY('security@acme.org'),
    [`${prefix}/.github/.github/workflows/ci.yml`]: 'on: push\n',
    [`${prefix}/root-policy/.git/`]: '',
    [`${prefix}/root-policy/SECURITY.md`]: POLICY('root@acme.org'),
    [`${prefix}/github-policy/.git/`]: '',
    [`${prefix}/github-policy/.github/SECURITY.md`]: POLICY('gh@acme.org'),
    [`${prefix}/docs-policy/.git/`]: '',
    [`${prefix}/docs-policy/docs/SECURITY.md`]: POLICY('docs@acme.org'),
    [`${prefix}/bare/.git/`]: '',
    [`${prefix}/site/.git/`]: '',
    [`${prefix}/site/.well-known/security.txt`]: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
  };
}

const ACME_LIST = (from: string, file: string): Array<[string, string]> => [
  [`${from} (the organisation's defaults)`, file],
  ['acme/bare', `policy inherited from ${from}: ${file}`],
  ['acme/docs-policy', 'docs/SECURITY.md'],
  ['acme/github-policy', '.github/SECURITY.md'],
  ['acme/root-policy', 'SECURITY.md'],
  ['acme/site', `.well-known/security.txt; policy inherited from ${from}: ${file}`],
];

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

for (const where of ['', '.github/', 'docs/']) {
  test(`an organisation whose .github repository has its policy in ${where || 'the root'}: every repository listed, those without a policy inherit it`, () => {
    const dir = tree(acme(where));
    const r = run(['check', '--format', 'markdown', 'acme'], dir);
    assert.equal(r.stderr, '');
    assert.deepEqual(repositories(r.stdout), ACME_LIST('acme/.github', `${where}SECURITY.md`));
    assert.match(r.stdout, /\n6 repositories: .* 2 repositories inherit their organisation's default policy\.\n$/);
  });
}

test('GitHub shows the .github repository’s .github/SECURITY.md first, then the root, then docs/', () => {
  const dir = tree({
    ...acme(''),
    'acme/.github/docs/SECURITY.md': POLICY('d@acme.org'),
    'acme/.github/.github/SECURITY.md': POLICY('g@acme.org'),
  });
  const r = run(['check', '--format', 'jsonl', 'acme'], dir);
  const inherited = r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { repository?: string; inheritedPolicy?: unknown })
    .filter((l) => l.repository);
  // Every repository is listed, with the policy GitHub shows from its own files or the one it inherits.
  const given = { from: 'acme/.github', file: '.github/SECURITY.md' };
  assert.deepEqual(inherited, [
    { repository: 'acme/.github', policy: '.github/SECURITY.md', orgDefaults: true },
    { repository: 'acme/bare', policy: null, inheritedPolicy: given },
    { repository: 'acme/docs-policy', policy: 'docs/SECURITY.md' },
    { repository: 'acme/github-policy', policy: '.github/SECURITY.md' },
    { repository: 'acme/root-policy', policy: 'SECURITY.md' },
    { repository: 'acme/site', policy: null, inheritedPolicy: given },
  ]);
});

test('the layout host/org/repo, two organisations side by side, one without a .github repository', () => {
  const dir = tree({
    ...acme('', 'github.com/acme'),
    'github.com/beta/.github/.git/': '',
    'github.com/beta/.github/SECURITY.md': POLICY('security@beta.org'),
    'github.com/beta/tool/.git/': '',
    'github.com/gamma/lib/.git/': '',
    'github.com/gamma/app/.git/': '',
    'github.com/gamma/app/SECURITY.md': POLICY('app@gamma.org'),
  });
  const r = run(['check', '--format', 'markdown'], dir);
  assert.equal(r.stderr, '');
  const from = (org: string, file = 'SECURITY.md'): string =>
    `policy inherited from github.com/${org}/.github: ${file}`;
  assert.deepEqual(repositories(r.stdout), [
    ["github.com/acme/.github (the organisation's defaults)", 'SECURITY.md'],
    ['github.com/acme/bare', from('acme')],
    ['github.com/acme/docs-policy', 'docs/SECURITY.md'],
    ['github.com/acme/github-policy', '.github/SECURITY.md'],
    ['github.com/acme/root-policy', 'SECURITY.md'],
    ['github.com/acme/site', `.well-known/security.txt; ${from('acme')}`],
    ["github.com/beta/.github (the organisation's defaults)", 'SECURITY.md'],
    ['github.com/beta/tool', from('beta')],
    ['github.com/gamma/app', 'SECURITY.md'],
    ['github.com/gamma/lib', 'no policy'],
  ]);
});

test('a repository’s own .github/SECURITY.md stays its own; a folder with .github/ files and no repository below is one', () => {
  const dir = tree({
    'plain/.git/': '',
    'plain/.github/SECURITY.md': POLICY('p@acme.org'),
    'export/.github/SECURITY.md': POLICY('e@acme.org'),
  });
  assert.deepEqual(repositories(run(['check', '--format', 'markdown'], dir).stdout), [
    ['export', '.github/SECURITY.md'],
    ['plain', '.github/SECURITY.md'],
  ]);
  assert.deepEqual(repositories(run(['check', '--format', 'markdown', 'plain'], dir).stdout), [
    ['plain', '.github/SECURITY.md'],
  ]);
});

test('a folder whose .github is not a repository but which holds repositories is an organisation, not a repository', () => {
  const dir = tree({
    'acme/.github/SECURITY.md': POLICY('security@acme.org'),
    'acme/api/.git/': '',
    'acme/web/.git/': '',
    'acme/web/SECURITY.md': POLICY('web@acme.org'),
  });
  assert.deepEqual(repositories(run(['check', '--format', 'markdown', 'acme'], dir).stdout), [
    ["acme/.github (the organisation's defaults)", 'SECURITY.md'],
    ['acme/api', 'policy inherited from acme/.github: SECURITY.md'],
    ['acme/web', 'SECURITY.md'],
  ]);
});

/** One organisation: the defaults, a repository that inherits, one with its own policy. */
const SMALL = {
  'acme/.github/.git/': '',
  'acme/.github/SECURITY.md': POLICY('security@acme.org'),
  'acme/bare/.git/': '',
  'acme/own/.git/': '',
  'acme/own/SECURITY.md': '# Security\n\nOpen an issue.\n',
};

test('every format says which policy an inheriting repository is given; the default’s findings come once, on the .github repository', () => {
  const dir = tree(SMALL);
  const text = run(['check', 'acme'], dir);
  // Each repository on a line of its own, with what it has, its files' findings below.
  assert.deepEqual(
    text.stdout.split('\n').filter((l) => l.startsWith('acme/') && l.includes(': ')),
    [
      "acme/.github (the organisation's defaults): SECURITY.md",
      'acme/bare: policy inherited from acme/.github: SECURITY.md',
      'acme/own: SECURITY.md',
    ],
  );
  assert.match(text.stdout, /1 repository inherits its organisation's default policy\.\n$/);
  const json = JSON.parse(run(['check', '--format', 'json', 'acme'], dir).stdout) as Array<Record<string, unknown>>;
  assert.deepEqual(
    json.map((e) => e.file ?? e.repository),
    ['acme/.github', 'acme/.github/SECURITY.md', 'acme/bare', 'acme/own', 'acme/own/SECURITY.md'],
  );
  assert.deepEqual(json[2], {
    repository: 'acme/bare',
    policy: null,
    inheritedPolicy: { from: 'acme/.github', file: 'SECURITY.md' },
    diagnostics: [],
  });
  const jsonl = run(['check', '--format', 'jsonl', 'acme'], dir).stdout.split('\n');
  assert.ok(
    jsonl.includes(
      '{"repository":"acme/bare","policy":null,"inheritedPolicy":{"from":"acme/.github","file":"SECURITY.md"}}',
    ),
  );
  assert.equal(
    jsonl.filter((l) => l.includes('acme/.github/SECURITY.md')).length,
    json[1].diagnostics instanceof Array ? (json[1].diagnostics as unknown[]).length : -1,
  );
  const github = run(['check', '--format', 'github', 'acme'], dir).stdout.split('\n');
  assert.deepEqual(
    github.filter((l) => l.startsWith('::notice title=security-policy::')),
    [
      "::notice title=security-policy::acme/.github (the organisation's defaults): SECURITY.md",
      '::notice title=security-policy::acme/bare: policy inherited from acme/.github: SECURITY.md',
      '::notice title=security-policy::acme/own: SECURITY.md',
    ],
  );
  assert.ok(!github.some((l) => l.includes('file=acme/bare')));
  const sarif = JSON.parse(run(['check', '--format', 'sarif', 'acme'], dir).stdout) as {
    runs: Array<{ invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }> }>;
  };
  assert.deepEqual(sarif.runs[0].invocations[0], {
    executionSuccessful: true,
    toolExecutionNotifications: [
      {
        level: 'note',
        message: { text: "acme/.github (the organisation's defaults): SECURITY.md." },
        properties: { repository: 'acme/.github', policy: 'SECURITY.md', orgDefaults: true },
      },
      {
        level: 'note',
        message: { text: 'acme/bare: policy inherited from acme/.github: SECURITY.md.' },
        properties: {
          repository: 'acme/bare',
          policy: null,
          inheritedPolicy: { from: 'acme/.github', file: 'SECURITY.md' },
        },
      },
      {
        level: 'note',
        message: { text: 'acme/own: SECURITY.md.' },
        properties: { repository: 'acme/own', policy: 'SECURITY.md' },
      },
    ],
  });
});

test('the Markdown report counts the inherited policy for the OSPS Baseline level, not its findings', () => {
  const r = run(['check', '--format', 'markdown', 'acme'], tree(SMALL));
  const rows = r.stdout.split('\n').filter((l) => l.startsWith('| acme/'));
  const defaults = rows[0].split(' | ');
  assert.deepEqual(rows[1].split(' | '), [
    '| acme/bare',
    'policy inherited from acme/.github: SECURITY.md',
    '0',
    '0',
    '0',
    defaults[5],
  ]);
  assert.match(defaults[5], /^L[123] \|$/);
});

test('--org-defaults and orgDefaults: a single repository inherits the named checkout’s policy; a folder without one is a usage error', () => {
  const dir = tree({ ...SMALL, 'acme/bare/.well-known/security.txt': 'Contact: mailto:other@acme.org\n' });
  const alone = run(['check', '--format', 'jsonl', 'bare'], join(dir, 'acme'));
  assert.ok(!alone.stdout.includes('inheritedPolicy'));
  assert.ok(!alone.stdout.includes('SECURITY.md names'));
  const named = run(['check', '--format', 'jsonl', '--org-defaults', '.github', 'bare'], join(dir, 'acme'));
  assert.equal(named.stderr, '');
  const lines = named.stdout.trimEnd().split('\n');
  assert.equal(
    lines[0],
    '{"repository":"bare","policy":null,"inheritedPolicy":{"from":".github","file":"SECURITY.md"}}',
  );
  const mismatch = lines.map((l) => JSON.parse(l) as { rule?: string; message?: string });
  assert.deepEqual(
    mismatch.filter((l) => l.rule === 'contact-mismatch').map((l) => l.message),
    [
      'security.txt names "mailto:other@acme.org" but SECURITY.md (inherited from acme/.github: SECURITY.md) names "mailto:security@acme.org", expected the same contacts.',
    ],
  );
  // Relative to the configuration file's folder; shown absolute, as every path outside the current folder.
  writeFileSync(join(dir, 'acme', 'bare', '.security-policy.json'), '{ "orgDefaults": "../.github" }\n');
  const configured = run(['check', '--format', 'jsonl', '.'], join(dir, 'acme', 'bare'));
  assert.equal(
    configured.stdout.split('\n')[0],
    JSON.stringify({
      repository: '.',
      policy: null,
      inheritedPolicy: { from: join(dir, 'acme', '.github'), file: 'SECURITY.md' },
    }),
  );
  const wrong = run(['check', '--org-defaults', 'own/.git', 'bare'], join(dir, 'acme'));
  assert.equal(wrong.code, 2);
  assert.equal(
    wrong.stderr,
    "security-policy: Organisation defaults: no SECURITY.md in the root, .github/ or docs/ of own/.git, expected a checkout of the organisation's .github repository.\n",
  );
});

const NO_POLICY =
  'No SECURITY.md in the root, .github/ or docs/, expected a policy that tells reporters how to reach you privately. On GitHub, an organisation\'s default policy may apply: name a checkout of its .github repository with --org-defaults PATH (or "orgDefaults" in .security-policy.json).';

test('a repository without a policy is an error (security-md-missing) whose message says an organisation default may apply on GitHub, and how to name it', () => {
  const dir = tree({ 'repo/.git/': '' });
  const r = run(['check', 'repo'], dir);
  assert.equal(r.code, 1);
  assert.equal(
    r.stdout,
    [
      'repo: no policy',
      `           error   ${NO_POLICY}  security-md-missing`,
      '',
      '1 problem (1 error, 0 warning, 0 info, 0 hint) in 0 files. 1 repository has no policy.',
      '',
    ].join('\n'),
  );
  assert.equal(
    r.stderr,
    'No SECURITY.md, security.txt or security-insights.yml found in the given folders (looked in .github/, the root, docs/, .well-known/, public/, public/.well-known/, static/, static/.well-known/).\n',
  );
  // With the organisation's defaults named, it inherits them and nothing is missing.
  const named = run(['check', '--org-defaults', 'acme/.github', 'repo'], tree({ ...SMALL, 'repo/.git/': '' }));
  assert.equal(named.code, 0);
  assert.equal(
    named.stdout,
    `repo: policy inherited from acme/.github: SECURITY.md\n\nNo problems in 0 files. 1 repository inherits its organisation's default policy.\n`,
  );
});
