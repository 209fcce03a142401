/** The bundled CLI, run as users run it: exit codes, formats, --fix, --today, --profile, folder search, config. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import type { FileReport } from '../server/src/cli/formats';
import { tempDir } from './helpers';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { buildDist, runCli } from './cli-run';

const root = join(__dirname, '..');
const seeds = join(root, 'test', 'fixtures', 'seeds');

/** The CLI's JSON output. */
const reportsOf = (stdout: string): FileReport[] => JSON.parse(stdout) as FileReport[];

const run = runCli;

function workspace(files: Record<string, string | Buffer>): string {
  const dir = tempDir('security-policy-cli-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

before(buildDist);

test('no path and no policy here: a missing policy, exit 1; with --fallback-example (npm start) the bundled example, said on stdout', () => {
  const dir = workspace({ 'README.md': '# Hello\n' });
  const r = run([], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(r.stdout.split('\n').slice(0, 2), [
    '.: no policy',
    '           error   No SECURITY.md in the root, .github/ or docs/, expected a policy that tells reporters how to reach you privately. On GitHub, an organisation\'s default policy may apply: name a checkout of its .github repository with --org-defaults PATH (or "orgDefaults" in .security-policy.json).  security-md-missing',
  ]);
  assert.equal(
    r.stdout.split('\n').slice(-2)[0],
    '1 problem (1 error, 0 warning, 0 info, 0 hint) in 0 files. 1 repository has no policy.',
  );
  const example = join(__dirname, '..', 'examples', 'SECURITY.md');
  const fallback = run(['--fallback-example', '--today', '2026-11-22'], dir);
  assert.equal(fallback.code, 0, fallback.stderr);
  assert.equal(fallback.stderr, '');
  assert.deepEqual(fallback.stdout.split('\n').slice(0, 2), [
    `No SECURITY.md here: checking the bundled example ${example}.`,
    example,
  ]);
  assert.equal(
    fallback.stdout.split('\n').slice(-2)[0],
    '4 problems (0 error, 2 warning, 0 info, 2 hint) in 1 file. 1 fixable with --fix (marked [*]); 3 more with a quick fix in the editor.',
  );
  // In a machine format the line goes to stderr, so that stdout stays one JSON document.
  const json = run(['--fallback-example', '--format', 'json'], dir);
  assert.equal(json.stderr, `No SECURITY.md here: checking the bundled example ${example}.\n`);
  assert.equal((JSON.parse(json.stdout) as Array<{ file: string }>)[0].file, example);
  // A folder with its own policy is checked as it is.
  const own = workspace({ '.github/SECURITY.md': '# Security\n\nEmail security@acme.org.\n' });
  assert.equal(run(['--fallback-example'], own).stdout.split('\n')[0], '.github/SECURITY.md');
});

test('exit 1 on an error finding; JSON has the documented shape with 1-based positions', () => {
  const r = run(['check', join(seeds, '001_857ed500d181d40a.txt'), '--format', 'json', '--today', '2026-11-22']);
  assert.equal(r.code, 1);
  const reports = reportsOf(r.stdout);
  assert.equal(reports.length, 1);
  assert.equal(reports[0].kind, 'md');
  const d = reports[0].diagnostics.find((x) => x.rule === 'undeliverable-contact')!;
  assert.deepEqual(Object.keys(d).sort(), [
    'column',
    'endColumn',
    'endLine',
    'fixable',
    'line',
    'message',
    'rule',
    'safeFix',
    'severity',
  ]);
  assert.equal(d.line, 18);
  assert.equal(d.column, 12);
  assert.equal(d.endColumn, 12 + '2153483+ranesidd@users.noreply.github.com'.length);
  assert.equal(d.severity, 'error');
  assert.equal(d.fixable, false);
});

test('exit 0 when only warnings; --today governs the date rules', () => {
  const dir = workspace({ 'SECURITY.md': readFileSync(join(root, 'examples', 'SECURITY.md'), 'utf8') });
  const old = reportsOf(run(['check', '--format', 'json', '--today', '2024-04-01'], dir).stdout);
  assert.ok(!old[0].diagnostics.some((d) => d.rule === 'stale-date'));
  const later = run(['check', '--format', 'json', '--today', '2026-11-22'], dir);
  assert.equal(later.code, 0);
  assert.ok(reportsOf(later.stdout)[0].diagnostics.some((d) => d.rule === 'stale-date'));
});

test('SARIF 2.1.0 output is valid against the official schema', () => {
  const r = run(['check', join(seeds, '004_6b676d4ed55cad0f.txt'), '--format', 'sarif', '--today', '2026-11-22']);
  assert.equal(r.code, 1);
  const sarif = JSON.parse(r.stdout) as {
    runs: Array<{
      results: Array<{ ruleId: string; ruleIndex: number }>;
      tool: { driver: { rules: Array<{ id: string }> } };
    }>;
  };
  const schema = JSON.parse(
    readFileSync(join(root, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json'), 'utf8'),
  ) as object;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);
  const valid = validate(sarif);
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  const results = sarif.runs[0].results;
  assert.ok(results.some((x) => x.ruleId === 'mojibake'));
  assert.ok(results.every((x) => sarif.runs[0].tool.driver.rules[x.ruleIndex].id === x.ruleId));
});

test('--fix repairs mojibake in place and keeps everything else', () => {
  const dir = workspace({});
  copyFileSync(join(seeds, '004_6b676d4ed55cad0f.txt'), join(dir, 'SECURITY.md'));
  const r = run(['check', '--fix', '--format', 'json', '--today', '2026-11-22'], dir);
  const fixed = readFileSync(join(dir, 'SECURITY.md'), 'utf8');
  assert.ok(fixed.includes('## 🔐 Reporting Security Vulnerabilities'));
  assert.ok(!reportsOf(r.stdout)[0].diagnostics.some((d) => d.rule === 'mojibake'));
  const original = readFileSync(join(seeds, '004_6b676d4ed55cad0f.txt'), 'utf8').split('\n');
  const now = fixed.split('\n');
  assert.equal(now.length, original.length);
  assert.equal(now[204], original[204], '"Last updated" is not rewritten by --fix: that claims a review');
});

test('folders are searched where GitHub looks; workspace rules work', () => {
  const policy = '# Security\n\nEmail security@acme.org. We reply within 2 days.\n';
  const dir = workspace({
    'SECURITY.md': policy,
    '.github/SECURITY.md': policy,
    'docs/api/security.md': '# API security\n',
    'src/README.md': 'x',
  });
  const r = run(['check', '.', '--format', 'json'], dir);
  const reports = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ rule: string }> }>;
  assert.deepEqual(reports.map((x) => x.file).sort(), ['.github/SECURITY.md', 'SECURITY.md']);
  for (const rep of reports) {
    assert.ok(
      rep.diagnostics.some((d) => d.rule === 'policy-duplicate'),
      rep.file,
    );
    assert.ok(
      rep.diagnostics.some((d) => d.rule === 'scorecard-shadowed'),
      rep.file,
    );
  }
  const located = run(
    ['check', 'docs/api/security.md', '--format', 'json'],
    workspace({ 'docs/api/security.md': policy }),
  );
  assert.ok(reportsOf(located.stdout)[0].diagnostics.some((d) => d.rule === 'policy-location'));
});

test('--profile and .security-policy.json change severities; a broken config exits 2 with its line', () => {
  const policy = '# Security\n\nOpen an issue at https://github.com/a/b/issues to report a vulnerability.\n';
  const dir = workspace({ 'SECURITY.md': policy });
  const rec = reportsOf(run(['check', '--format', 'json'], dir).stdout)[0].diagnostics;
  assert.equal(rec.find((d) => d.rule === 'no-private-channel')!.severity, 'warning');
  const l2 = run(['check', '--format', 'json', '--profile', 'osps-l2'], dir);
  assert.equal(reportsOf(l2.stdout)[0].diagnostics.find((d) => d.rule === 'no-private-channel')!.severity, 'error');
  writeFileSync(join(dir, '.security-policy.json'), '{ "rules": { "no-private-channel": "off" } }');
  const off = reportsOf(run(['check', '--format', 'json'], dir).stdout)[0].diagnostics;
  assert.ok(!off.some((d) => d.rule === 'no-private-channel'));
  writeFileSync(join(dir, '.security-policy.json'), '{\n  "rules": {\n    "no-private-channel": "loud"\n  }\n}\n');
  const broken = run(['check'], dir);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /\.security-policy\.json:3:27: error: Invalid severity "loud"/);
});

test('usage errors exit 2 with a message', () => {
  assert.equal(run(['check', '--today', '22/11/2026']).code, 2);
  assert.match(run(['check', '--today', '22/11/2026']).stderr, /expected YYYY-MM-DD/);
  assert.equal(run(['check', '--format', 'xml']).code, 2);
  assert.equal(run(['check', 'no/such/file.md']).code, 2);
  assert.equal(run(['check', '--profile', 'nope']).code, 2);
});

test('binary files, invalid UTF-8, BOM and CRLF are handled', () => {
  const dir = workspace({
    'bin/SECURITY.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0xff, 0xfe, 0x00]),
    'bad/SECURITY.md': Buffer.concat([
      Buffer.from('# Security\n\nEmail s'),
      Buffer.from([0xe9]),
      Buffer.from('curity@acme.org\n'),
    ]),
    'crlf/SECURITY.md': Buffer.from('\uFEFF# Security\r\n\r\nEmail a@users.noreply.github.com\r\n', 'utf8'),
  });
  const r = run(['check', 'bin/SECURITY.md', 'bad/SECURITY.md', 'crlf/SECURITY.md', '--format', 'json'], dir);
  const reports = JSON.parse(r.stdout) as Array<{
    file: string;
    diagnostics: Array<{ rule: string; line: number; column: number }>;
  }>;
  const byFile = Object.fromEntries(reports.map((x) => [x.file, x.diagnostics]));
  assert.ok(byFile['bin/SECURITY.md'].some((d) => d.rule === 'not-utf8'));
  const bad = byFile['bad/SECURITY.md'].find((d) => d.rule === 'not-utf8')!;
  assert.deepEqual([bad.line, bad.column], [3, 8]);
  const crlf = byFile['crlf/SECURITY.md'].find((d) => d.rule === 'undeliverable-contact')!;
  assert.deepEqual([crlf.line, crlf.column], [3, 7]);
});

test('security.txt is found in .well-known/, public/ and static/, and --today governs its dates', () => {
  const txt =
    'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\n';
  const dir = workspace({
    '.well-known/security.txt': txt,
    'public/security.txt': txt,
    'SECURITY.md': '# Security\n\nEmail psirt@acme.org. We reply within 2 days.\n',
  });
  const now = reportsOf(run(['check', '.', '--format', 'json', '--today', '2026-11-22'], dir).stdout) as Array<{
    file: string;
    kind: string;
    diagnostics: Array<{ rule: string; severity: string }>;
  }>;
  const files = now.map((r) => r.file).sort();
  assert.deepEqual(files, ['.well-known/security.txt', 'SECURITY.md', 'public/security.txt']);
  const wellKnown = now.find((r) => r.file === '.well-known/security.txt')!;
  assert.equal(wellKnown.kind, 'txt');
  assert.ok(
    !wellKnown.diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning'),
    JSON.stringify(wellKnown.diagnostics),
  );
  assert.ok(
    wellKnown.diagnostics.some((d) => d.rule === 'contact-mismatch'),
    'SECURITY.md names another address',
  );
  assert.ok(now.find((r) => r.file === 'public/security.txt')!.diagnostics.some((d) => d.rule === 'file-location'));
  const later = run(['check', '.well-known/security.txt', '--format', 'json', '--today', '2027-07-01'], dir);
  assert.equal(later.code, 1);
  assert.ok(reportsOf(later.stdout)[0].diagnostics.some((d) => d.rule === 'expired'));
});
