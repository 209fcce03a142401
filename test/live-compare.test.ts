/**
 * A local security.txt compared with its deployed copy (issue 26): `check https://site --compare PATH` and
 * `check PATH --online` (the file's Canonical URLs fetched), against loopback HTTPS servers with a CA made in the
 * test; exact findings (deployed-missing, deployed-outdated, deployed-contacts) and the diff, in JSON, JSON Lines and
 * text. The diff itself is pinned against `diff -u`'s output. No traffic leaves the machine.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { unifiedDiff } from '../server/src';
import { limiter } from '../server/src/cli/live/pool';
import { runLiveCheck, type LiveFlags, type LiveHooks } from '../server/src/cli/live/run';
import { httpsServer, lookup, makePki, requests, send, type Pki } from './live-server';
import { tempDir } from './helpers';

const WK = '/.well-known/security.txt';
let pki: Pki;
let port = 0;
let config = '';

const LOCAL = (site: string): string =>
  `Contact: mailto:security@acme.org\nExpires: 2026-12-31T00:00:00Z\nPolicy: https://acme.org/policy\nCanonical: https://${site}.acme.test:${port}${WK}\n`;
/** What an old deployment serves: another contact, an earlier Expires. */
const OLD = (site: string): string =>
  LOCAL(site).replace('security@acme.org', 'old-security@acme.org').replace('2026-12-31', '2026-09-30');

before(async () => {
  pki = makePki();
  // The port is known once listening: the routes read it when asked.
  const late = (text: (site: string) => string, site: string) => (res: ServerResponse) => send(text(site))(res, port);
  port = await httpsServer(pki.valid, {
    [`same.acme.test${WK}`]: late(LOCAL, 'same'),
    [`old.acme.test${WK}`]: late(OLD, 'old'),
  });
  config = join(tempDir('live-compare-config-'), 'config.json');
  // Reserved test names in Canonical (placeholder), an unsigned file and no Encryption are not the subject here.
  const off = { placeholder: 'off', 'not-signed': 'off', 'contact-without-encryption': 'off' };
  writeFileSync(config, JSON.stringify({ rules: off }));
});

/** A folder with `.well-known/security.txt` holding `text`; its path. */
function localFile(text: string): string {
  const dir = tempDir('live-compare-');
  mkdirSync(join(dir, '.well-known'));
  writeFileSync(join(dir, '.well-known', 'security.txt'), text);
  return join(dir, '.well-known', 'security.txt');
}

async function run(args: string[], flags: Partial<LiveFlags>): Promise<{ code: number; out: string }> {
  let out = '';
  const hooks: LiveHooks = { ca: pki.ca, lookup, write: (s) => void (out += s), progress: () => undefined };
  const all = { format: 'json' as const, today: '2026-11-01', config, workers: 1, ...flags };
  return { code: await runLiveCheck(args, all, hooks), out };
}

type Report = {
  file: string;
  diff?: string;
  diagnostics: Array<{ rule: string; line: number; column: number; message: string }>;
};
const brief = (out: string): Array<{ file: string; diff?: string; diagnostics: string[] }> =>
  (JSON.parse(out) as Report[]).map((r) => ({
    file: r.file,
    ...(r.diff === undefined ? {} : { diff: r.diff }),
    diagnostics: r.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`),
  }));

const url = (site: string): string => `https://${site}.acme.test:${port}${WK}`;

test('--compare: the deployed copy is the local file: nothing is said, no diff', async () => {
  const path = localFile(LOCAL('same'));
  const { code, out } = await run([`https://same.acme.test:${port}`], { compare: path });
  assert.equal(code, 0);
  assert.deepEqual(brief(out), [
    { file: url('same'), diagnostics: [] },
    { file: path, diagnostics: [] },
  ]);
});

const OLD_DIFF = (path: string): string =>
  `--- ${url('old')} (deployed)\n+++ ${path}\n@@ -1,4 +1,4 @@\n-Contact: mailto:old-security@acme.org\n-Expires: 2026-09-30T00:00:00Z\n+Contact: mailto:security@acme.org\n+Expires: 2026-12-31T00:00:00Z\n Policy: https://acme.org/policy\n Canonical: ${url('old')}\n`;

test('--compare: an older deployed copy with another contact: the findings on the local file, and the diff', async () => {
  const path = localFile(LOCAL('old'));
  const { code, out } = await run([`old.acme.test:${port}`], { compare: path });
  assert.equal(code, 1);
  assert.deepEqual(brief(out), [
    {
      file: url('old'),
      diagnostics: ['2:10 expired The file expired on 2026-09-30T00:00:00Z, expected a date in the future.'],
    },
    {
      file: path,
      diff: OLD_DIFF(path),
      diagnostics: [
        `1:10 deployed-contacts The copy deployed at ${url('old')} has other contacts: mailto:old-security@acme.org only there, mailto:security@acme.org only here; expected the same contacts.`,
        `2:10 deployed-outdated The copy deployed at ${url('old')} is older: it expires 2026-09-30T00:00:00Z, this file 2026-12-31T00:00:00Z; expected this file deployed.`,
      ],
    },
  ]);
});

test('--compare: nothing deployed (404): deployed-missing on the Canonical that names the URL, no diff', async () => {
  const path = localFile(LOCAL('none'));
  const { code, out } = await run([`https://none.acme.test:${port}`], { compare: path });
  assert.equal(code, 1);
  assert.deepEqual(brief(out), [
    {
      file: url('none'),
      diagnostics: [`1:1 served-status ${url('none')} answered 404 Not Found, expected 200 with the file.`],
    },
    {
      file: path,
      diagnostics: [
        `4:12 deployed-missing Not deployed: ${url('none')} answered 404 Not Found, expected this file there.`,
      ],
    },
  ]);
});

test('--online: a local security.txt compared with what its Canonical URL serves, which alone is fetched', async () => {
  const path = localFile(LOCAL('old'));
  requests.length = 0;
  const { code, out } = await run([path], { online: true });
  // Warnings only: the deployed copy has not expired.
  assert.equal(code, 0);
  assert.deepEqual(brief(out), [
    {
      file: path,
      diff: OLD_DIFF(path),
      diagnostics: [
        `1:10 deployed-contacts The copy deployed at ${url('old')} has other contacts: mailto:old-security@acme.org only there, mailto:security@acme.org only here; expected the same contacts.`,
        `2:10 deployed-outdated The copy deployed at ${url('old')} is older: it expires 2026-09-30T00:00:00Z, this file 2026-12-31T00:00:00Z; expected this file deployed.`,
      ],
    },
    { file: url('old'), diagnostics: [] },
  ]);
  assert.deepEqual(
    requests.map((r) => `${r.host}${r.path}`),
    [`old.acme.test${WK}`],
  );
});

test('--online in JSON Lines and text: the findings, and the diff (a line of its own; indented under the file)', async () => {
  const path = localFile(LOCAL('old'));
  const jsonl = await run([path], { online: true, format: 'jsonl' });
  const lines = jsonl.out
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { rule?: string; diff?: string });
  assert.deepEqual(
    lines.map((l) => l.rule ?? (l.diff === undefined ? '?' : 'diff')),
    ['deployed-contacts', 'deployed-outdated', 'diff'],
  );
  assert.equal(lines[2].diff, OLD_DIFF(path));
  const text = await run([path], { online: true, format: 'text', color: false });
  const diff = OLD_DIFF(path)
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}\n`)
    .join('');
  assert.equal(
    text.out,
    `${path}\n` +
      `  1:10     warning The copy deployed at ${url('old')} has other contacts: mailto:old-security@acme.org only there, mailto:security@acme.org only here; expected the same contacts.  deployed-contacts\n` +
      `  2:10     warning The copy deployed at ${url('old')} is older: it expires 2026-09-30T00:00:00Z, this file 2026-12-31T00:00:00Z; expected this file deployed.  deployed-outdated\n` +
      `${diff}\n2 problems (0 error, 2 warning, 0 info, 0 hint) in 2 files.\n`,
  );
});

test('--compare takes one site, and needs one; without --online or --key nothing is fetched', async () => {
  const path = localFile(LOCAL('old'));
  await assert.rejects(
    run(['a.example.org', 'b.example.org'], { compare: path }),
    /--compare compares one site's file/,
  );
  await assert.rejects(run([path], { compare: path }), /give the site/);
  requests.length = 0;
  const { out } = await run([path], {});
  assert.deepEqual(brief(out), [{ file: path, diagnostics: [] }]);
  assert.equal(requests.length, 0);
});

test('the diff is the one diff -u prints: hunks with three lines of context, counts, added and removed lines', () => {
  const a = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n';
  const b = 'a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\nm\nn\n';
  assert.equal(
    unifiedDiff(a, b, 'A', 'B'),
    '--- A\n+++ B\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -9,5 +9,6 @@\n i\n j\n k\n-l\n+L\n m\n+n\n',
  );
  assert.equal(unifiedDiff('', 'x\n', 'A', 'B'), '--- A\n+++ B\n@@ -0,0 +1 @@\n+x\n');
  assert.equal(unifiedDiff('x\r\ny\n', 'x\ny\n', 'A', 'B'), '');
});

test('--online in SARIF, GitHub annotations and Markdown: the findings, and the diff beside them', async () => {
  const path = localFile(LOCAL('old'));
  const sarif = JSON.parse((await run([path], { online: true, format: 'sarif' })).out) as {
    runs: Array<{
      results: Array<{ ruleId: string }>;
      invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string }; properties?: object }> }>;
    }>;
  };
  assert.deepEqual(
    sarif.runs[0].results.map((r) => r.ruleId),
    ['deployed-contacts', 'deployed-outdated'],
  );
  assert.deepEqual(sarif.runs[0].invocations[0].toolExecutionNotifications, [
    {
      level: 'note',
      message: { text: `${path}: the diff from its deployed copy.\n${OLD_DIFF(path)}` },
      properties: { file: path, diff: OLD_DIFF(path) },
    },
  ]);
  const github = (await run([path], { online: true, format: 'github' })).out.split('\n');
  const escaped = OLD_DIFF(path).replace(/%/g, '%25').replace(/\n/g, '%0A');
  assert.ok(
    github.includes(
      `::notice file=${path.replace(/:/g, '%3A')},title=security-policy%3A the diff from the deployed copy::${escaped}`,
    ),
    github.join('\n'),
  );
  const markdown = (await run([path], { online: true, format: 'markdown' })).out;
  assert.ok(
    markdown.endsWith(
      `\n${path.replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`)}, from its deployed copy:\n\n\`\`\`\`diff\n${OLD_DIFF(path)}\`\`\`\`\n`,
    ),
    markdown,
  );
});

test('--online fetches a few repositories at once (limiter) and reports them in the order given', async () => {
  const limit = limiter(2);
  let active = 0;
  let most = 0;
  const done: number[] = [];
  const work = (i: number) => async (): Promise<number> => {
    most = Math.max(most, ++active);
    await new Promise((resolve) => setImmediate(resolve));
    active--;
    done.push(i);
    return i;
  };
  assert.deepEqual(await Promise.all([0, 1, 2, 3, 4].map((i) => limit(work(i)))), [0, 1, 2, 3, 4]);
  assert.equal(most, 2);
  const paths = [localFile(LOCAL('old')), localFile(LOCAL('same')), localFile(LOCAL('none'))];
  const { out } = await run(paths, { online: true, concurrency: 2 });
  assert.deepEqual(
    brief(out).map((r) => r.file),
    [paths[0], url('old'), paths[1], url('same'), paths[2], url('none')],
  );
});
