/**
 * The GitHub Action, run as the runner runs it: `node dist/action.js` (action.yml's `runs.main`) in the workspace,
 * with inputs as INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. Checks its three products: the
 * SARIF file (against the official schema), the annotations, and the job summary; and its outputs and exit codes.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020';
import { tempDir } from './helpers';

const root = join(__dirname, '..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const NO_POLICY =
  'No SECURITY.md in the root, .github/ or docs/, expected a policy that tells reporters how to reach you privately. On GitHub, an organisation\'s default policy may apply: name a checkout of its .github repository with --org-defaults PATH (or "orgDefaults" in .security-policy.json).';
const POLICY = '# Security\n\nOpen an issue to report a vulnerability, or write to [your email].\n';

function runAction(inputs: Record<string, string>, files: Record<string, string> = { 'SECURITY.md': POLICY }) {
  const workspace = tempDir('security-policy-action-');
  for (const [path, text] of Object.entries(files)) writeFileSync(join(workspace, path), text);
  const summary = join(tempDir('security-policy-runner-'), 'step_summary.md');
  const output = join(tempDir('security-policy-runner-'), 'output');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  // The runner passes every declared input, with its default when the workflow does not set it.
  const defaults = Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [name, (spec as { default?: string }).default ?? '']),
  );
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
  for (const [name, value] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SHA: '0123abc',
  });
  const r = spawnSync(process.execPath, [join(root, action.runs.main)], { cwd: workspace, env, encoding: 'utf8' });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    workspace,
    summary: readFileSync(summary, 'utf8'),
    output: readFileSync(output, 'utf8'),
  };
}

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

test("action.yml runs the bundled entry point on the runner's Node and declares the inputs it reads", () => {
  assert.deepEqual(action.runs, { using: 'node24', main: 'dist/action.js' });
  assert.deepEqual(Object.keys(action.inputs), [
    'paths',
    'profile',
    'fail-on',
    'sarif-file',
    'config',
    'org-defaults',
    'shard',
    'shard-file',
  ]);
});

test('a policy with an error: annotations, a valid SARIF file, a job summary with links and fixes, outputs, exit 1', () => {
  const r = runAction({ 'sarif-file': 'out/security-policy.sarif' });
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 10);
  assert.equal(
    lines[8],
    '::error file=SECURITY.md,line=3,endLine=3,col=54,endColumn=66,title=security-policy placeholder::Unfilled placeholder "[your email]", expected the real value.',
  );
  assert.equal(
    lines[6],
    '::warning file=SECURITY.md,line=3,endLine=3,col=1,endColumn=14,title=security-policy no-private-channel::Only public channels are given, expected a private one (email, web form or GitHub private vulnerability reporting).',
  );
  assert.equal(lines[9], '::error::Security Policy: 1 finding at error or above.');

  const sarifPath = join(r.workspace, 'out', 'security-policy.sarif');
  const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as {
    runs: Array<{ results: Array<{ ruleId: string; level: string }> }>;
  };
  const schema = JSON.parse(
    readFileSync(join(root, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json'), 'utf8'),
  ) as object;
  const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.deepEqual(
    sarif.runs[0].results.filter((x) => x.level !== 'note').map((x) => `${x.level} ${x.ruleId}`),
    [
      'warning no-response-timeframe',
      'warning no-private-channel',
      'warning public-issue-reporting',
      'error placeholder',
    ],
  );

  assert.equal(r.output, `sarif-file=${sarifPath}\nproblems=9\nerrors=1\nwarnings=3\n`);

  const summary = r.summary.split('\n');
  assert.deepEqual(summary.slice(0, 6), [
    '## Security Policy: 9 problems in 1 file',
    '',
    'Profile `recommended`: 1 error, 3 warning, 2 info, 3 hint.',
    '',
    '| Where | Severity | Rule | Finding | How to fix |',
    '|---|---|---|---|---|',
  ]);
  assert.equal(summary.length, 6 + 9 + 1);
  assert.equal(
    summary[14],
    '| [SECURITY.md:3](https://github.com/acme/app/blob/0123abc/SECURITY.md#L3) | ❌ error | [placeholder](https://github.com/security-policy/security-policy/blob/main/docs/rules/placeholder.md) | Unfilled placeholder "\\[your email\\]", expected the real value. | Replace the placeholder with the real value, or remove the sentence. |',
  );
  assert.match(
    summary[12],
    /^\| \[SECURITY\.md:3\]\(.*\) \| ⚠️ warning \| \[no-private-channel\]\(.*\) \| .* \| A quick fix in VS Code; or: .+ \|$/,
  );
});

test('fail-on: never passes with errors, warning fails on warnings alone; a safe fix is named in the summary', () => {
  assert.equal(runAction({ 'fail-on': 'never' }).code, 0);
  const mojibake = { 'SECURITY.md': '# Security\n\nEmail security@acme.org âœ… within 3 business days.\n' };
  const clean = runAction({ 'fail-on': 'error' }, mojibake);
  assert.equal(clean.code, 1, 'mojibake is an error');
  assert.match(clean.summary, /^1 can be repaired with `npx security-policy check --fix`\.$/m);
  assert.match(clean.summary, /\| \[mojibake\]\(.*\) \| .* \| `security-policy check --fix` repairs it\. \|/);
  const warnings = runAction(
    { 'fail-on': 'warning' },
    { 'SECURITY.md': '# Security\n\nOpen an issue to report a vulnerability.\n' },
  );
  assert.equal(warnings.code, 1);
  assert.match(warnings.stdout, /^::error::Security Policy: 3 findings at warning or above\.$/m);
});

test('a bad input fails the step with an error annotation, and no policy at all is not a pass by accident', () => {
  const bad = runAction({ 'fail-on': 'sometimes' });
  assert.equal(bad.code, 2);
  assert.equal(
    bad.stdout,
    '::error::Security Policy: Invalid input fail-on "sometimes", expected one of error, warning, info, hint, never.\n',
  );
  // The checked-out repository without a policy: the missing SECURITY.md is an error finding (security-md-missing).
  const none = runAction({}, { 'README.md': '# App\n' });
  assert.equal(none.code, 1);
  assert.equal(
    none.stdout,
    [
      '::notice title=security-policy::.: no policy',
      `::error file=SECURITY.md,line=1,endLine=1,col=1,endColumn=1,title=security-policy security-md-missing::${NO_POLICY}`,
      '::error::Security Policy: 1 finding at error or above.',
      '',
    ].join('\n'),
  );
  assert.equal(none.summary.split('\n')[0], '## Security Policy: 1 problem in 0 files');
  assert.match(none.summary, /^\| SECURITY\.md \(missing\) \| ❌ error \| \[security-md-missing\]\(/m);
  assert.equal(runAction({ 'fail-on': 'never' }, { 'README.md': '# App\n' }).code, 0);
});

test('org-defaults: a checkout of the organisation’s .github repository gives its policy to a repository without one', () => {
  const files = { 'README.md': '# App\n' };
  const defaults = tempDir('security-policy-org-github-');
  writeFileSync(join(defaults, 'SECURITY.md'), '# Security\n\nReport vulnerabilities to security@acme.org.\n');
  const r = runAction({ 'org-defaults': defaults }, files);
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.stdout, `::notice title=security-policy::.: policy inherited from ${defaults}: SECURITY.md\n`);
});
