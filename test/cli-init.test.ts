/** `security-policy init`, run as users run it: flags, prompts in a terminal, never overwriting, exit 2 on bad answers. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tempDir } from './helpers';
import { join } from 'node:path';
import { buildDist, cliEnv, runCli, type CliRun } from './cli-run';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');

const run = (args: string[], cwd: string): CliRun => runCli(args, cwd);

function workspace(files: Record<string, string>): string {
  const dir = tempDir('security-policy-init-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const GIT_CONFIG =
  '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:acme/widgets.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n';

before(buildDist);

test('init from flags writes a policy and a security.txt, prefilled from the repository, that check clean', () => {
  const dir = workspace({
    '.git/config': GIT_CONFIG,
    'Cargo.toml': '[package]\nname = "widgets"\nversion = "4.2.0"\n',
    'static/.keep': '',
  });
  const r = run(
    [
      'init',
      '--email',
      'security@acme-widgets.dev',
      '--key',
      'https://acme-widgets.dev/pgp.asc',
      '--disclosure-days',
      '60',
      '--security-txt',
      '--site',
      'https://acme-widgets.dev',
      '--languages',
      'en, de',
      '--yes',
    ],
    dir,
  );
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Wrote SECURITY\.md\nWrote static\/\.well-known\/security\.txt/);
  const md = readFileSync(join(dir, 'SECURITY.md'), 'utf8');
  assert.match(md, /\| 4\.x +\| ✅/);
  assert.match(md, /\| < 4\.0 +\| ❌/);
  assert.match(md, /github\.com\/acme\/widgets\/security\/advisories\/new/);
  assert.match(md, /within 60 days/);
  assert.match(md, /^Last updated: \d{4}-\d\d-\d\d$/m);
  const txt = readFileSync(join(dir, 'static', '.well-known', 'security.txt'), 'utf8');
  assert.match(txt, /^Contact: mailto:security@acme-widgets\.dev$/m);
  assert.match(txt, /^Policy: https:\/\/github\.com\/acme\/widgets\/blob\/HEAD\/SECURITY\.md$/m);
  assert.match(txt, /^Canonical: https:\/\/acme-widgets\.dev\/\.well-known\/security\.txt$/m);
  const check = run(['check', '--format', 'json', '--profile', 'strict'], dir);
  assert.equal(check.code, 0, check.stdout);
  const reports = JSON.parse(check.stdout) as Array<{ file: string; diagnostics: Array<{ rule: string }> }>;
  assert.deepEqual(
    reports.map((f) => [f.file, f.diagnostics.map((d) => d.rule)]),
    [
      ['SECURITY.md', []],
      ['static/.well-known/security.txt', ['not-signed']],
    ],
  );
});

test('init never overwrites: an existing policy or security.txt stops it with exit 2 and stays as it was', () => {
  const dir = workspace({
    '.github/SECURITY.md': '# Mine\n\nEmail psirt@acme.dev.\n',
    '.well-known/security.txt': 'Contact: mailto:psirt@acme.dev\n',
  });
  const r = run(['init', '--email', 'security@acme.dev', '--yes'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\.github\/SECURITY\.md already exists; not overwriting it/);
  const txt = run(['init', '--security-txt', '--yes'], dir);
  assert.equal(txt.code, 2);
  assert.match(txt.stderr, /\.well-known\/security\.txt already exists/);
  assert.equal(readFileSync(join(dir, '.github', 'SECURITY.md'), 'utf8'), '# Mine\n\nEmail psirt@acme.dev.\n');
  assert.equal(readFileSync(join(dir, '.well-known', 'security.txt'), 'utf8'), 'Contact: mailto:psirt@acme.dev\n');
  assert.ok(!existsSync(join(dir, 'SECURITY.md')));
});

test('init --security-txt next to an existing policy takes the contacts from it', () => {
  const dir = workspace({ 'SECURITY.md': '# Security\n\n## Reporting\n\nEmail psirt@acme.dev with details.\n' });
  const r = run(['init', '--security-txt', '--github', '-', '--yes'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /SECURITY\.md exists: kept as it is/);
  assert.match(readFileSync(join(dir, '.well-known', 'security.txt'), 'utf8'), /^Contact: mailto:psirt@acme\.dev$/m);
  assert.equal(
    readFileSync(join(dir, 'SECURITY.md'), 'utf8'),
    '# Security\n\n## Reporting\n\nEmail psirt@acme.dev with details.\n',
  );
});

test('init exits 2 with a clear message on a bad answer, and writes nothing', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--email', 'security-at-acme'], /"security-at-acme" is not an email address/],
    [['--form', 'http://acme.dev/report'], /is not https/],
    [['--email', 'a@acme.dev', '--key', 'ftp://acme.dev/k'], /is not https/],
    [['--email', 'a@acme.dev', '--ack-days', '30'], /--ack-days: 30 is not a number of business days from 1 to 10/],
    [
      ['--email', 'a@acme.dev', '--disclosure-days', '7'],
      /--disclosure-days: 7 is not a disclosure window from 30 to 180 days/,
    ],
    [['--email', 'a@acme.dev', '--dir', 'src'], /--dir "src" is not a place GitHub shows a policy/],
    [['--email', 'a@acme.dev', '--supported', '< 2.0'], /No version is supported/],
    [['--github', 'not a repo'], /is not a GitHub repository/],
    [[], /No way to report: give --github owner\/repo, --email or --form/],
  ];
  for (const [args, message] of cases) {
    const dir = workspace({ 'README.md': '# x\n' });
    const r = run(['init', ...args, '--yes'], dir);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, message);
    assert.ok(!existsSync(join(dir, 'SECURITY.md')), args.join(' '));
  }
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

test(
  'init in a terminal asks, re-asks after a bad answer, and writes what was answered',
  { skip: hasScript ? false : 'util-linux "script" (a pseudo-terminal) is not installed' },
  () => {
    const dir = workspace({ '.git/config': GIT_CONFIG, 'package.json': '{"name":"w","version":"0.7.3"}' });
    // The wizard's questions (core/questions.ts): language, where, channels, GitHub, email (bad, then good), key, ack days,
    // disclosure, supported, sections; then "also security.txt", its contacts, key, site, policy URL, languages.
    const answers = [
      '',
      'docs',
      'github, email',
      '',
      'not-an-email',
      'security@acme-widgets.dev',
      '-',
      '5',
      'none',
      '',
      'safe-harbor',
      'y',
      '',
      '',
      'https://acme-widgets.dev',
      '',
      'en, fr',
    ];
    const r = spawnSync(
      'script',
      ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} init --today 2026-11-23`, '/dev/null'],
      {
        cwd: dir,
        env: cliEnv(),
        input: `${answers.join('\n')}\n`,
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(
      r.stdout,
      /How should reporters reach you privately\? \(pick one or more\) \(github = GitHub private vulnerability reporting, email = Email, form = Web form; separate with commas, "-" for none\) \[github\]/,
    );
    assert.match(
      r.stdout,
      /GitHub repository \(owner\/repo\) with private vulnerability reporting enabled \[acme\/widgets\]/,
    );
    assert.match(r.stdout, /Contacts from docs\/SECURITY\.md .*\[1, 2\]/);
    assert.match(r.stdout, /Supported versions: .*\(from package\.json\).*\[0\.7\.x, < 0\.7\]/);
    assert.match(r.stdout, /"not-an-email" is not an email address/);
    const md = readFileSync(join(dir, 'docs', 'SECURITY.md'), 'utf8');
    assert.match(md, /within 5 business days/);
    assert.match(md, /agree on a disclosure date with you/);
    assert.match(md, /\| 0\.7\.x +\| ✅/);
    assert.doesNotMatch(md, /## Scope/);
    assert.match(md, /## Safe Harbor/);
    assert.match(md, /^Last updated: 2026-11-23$/m);
    const txt = readFileSync(join(dir, '.well-known', 'security.txt'), 'utf8');
    assert.match(txt, /^Policy: https:\/\/github\.com\/acme\/widgets\/blob\/HEAD\/docs\/SECURITY\.md$/m);
    assert.match(txt, /^Preferred-Languages: en, fr$/m);
    assert.match(txt, /^Expires: 2027-11-22T23:59:59Z$/m);
  },
);
