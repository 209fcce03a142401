/**
 * The live check from the command line (issue 26): what is taken for a site, `--urls`, the requests made (only the
 * two locations, with a User-Agent), and dist/cli.js against a loopback server trusted through NODE_EXTRA_CA_CERTS,
 * in SARIF with the URL as the artifact; the findings' messages in `--locale`'s language (or the environment's), for
 * URLs and `--online` alike. Run `node scripts/build.mjs` first.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLiveCheck, type LiveFlags } from '../server/src/cli/live/run';
import { isDomainName, isSiteArgument, siteOf } from '../server/src/cli/live/targets';
import { httpsServer, lookup, makePki, requests, send, type Pki } from './live-server';
import { tempDir } from './helpers';
import { cliEnv } from './cli-run';

const WK = '/.well-known/security.txt';
const FIELDS =
  'Contact: mailto:security@acme.org\nExpires: 2026-12-31T00:00:00Z\nEncryption: https://acme.org/pgp.asc\nPolicy: https://acme.org/policy\n';
let pki: Pki;
let port = 0;

before(async () => {
  pki = makePki();
  port = await httpsServer(pki.valid, {
    [`valid.acme.test${WK}`]: send(FIELDS),
    [`127.0.0.1${WK}`]: send(FIELDS, { 'content-type': 'text/html' }),
  });
});

test('what the live check takes for a site', () => {
  assert.equal(siteOf('example.org'), 'https://example.org');
  assert.equal(siteOf('https://Example.ORG/some/page?x#y'), 'https://example.org');
  assert.equal(siteOf('http://example.org:8080'), 'http://example.org:8080');
  assert.equal(siteOf('www.example.co.uk:8443'), 'https://www.example.co.uk:8443');
  assert.throws(() => siteOf('https://user:pw@example.org'), /credentials/);
  assert.throws(() => siteOf('not a site'), /Not a URL or domain name/);
  assert.equal(isDomainName('-bad.org'), false);
  assert.equal(isDomainName('example'), false);
  assert.equal(isDomainName('example.org:99999x'), false);
  const cwd = tempDir('live-cwd-');
  writeFileSync(join(cwd, 'SECURITY.md'), '# x\n');
  // A file whose name looks like a domain is a file.
  assert.equal(isSiteArgument('SECURITY.md', cwd), false);
  assert.equal(isSiteArgument('example.org', cwd), true);
  // Nor is a security file's name that is not here taken for a domain (.md is a top-level domain).
  assert.equal(isSiteArgument('docs/SECURITY.md', cwd), false);
  assert.equal(isSiteArgument('security.txt', cwd), false);
  assert.equal(isSiteArgument('security-insights.yml', cwd), false);
});

test('--fix and a mix of paths and URLs are usage errors', async () => {
  await assert.rejects(runLiveCheck(['example.org'], { format: 'json', fix: true }), /--fix/);
  await assert.rejects(runLiveCheck(['example.org', 'SECURITY.md'], { format: 'json' }), /either files/);
});

test('live check: --urls reads one site a line, and only the two locations are fetched, with a User-Agent', async () => {
  const list = join(tempDir('live-urls-'), 'sites.txt');
  writeFileSync(list, `# sites\n\nhttps://valid.acme.test:${port}/some/page\n  https://e500.acme.test:${port}  \n`);
  requests.length = 0;
  let out = '';
  const hooks = { ca: pki.ca, lookup, write: (t: string) => void (out += t), progress: () => undefined };
  assert.equal(await runLiveCheck([], { format: 'jsonl', urls: list, today: '2026-06-01' }, hooks), 1);
  const lines = out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { file: string; rule: string });
  assert.deepEqual(
    lines.map((l) => [l.file, l.rule]),
    [
      [`https://valid.acme.test:${port}${WK}`, 'not-signed'],
      [`https://e500.acme.test:${port}${WK}`, 'served-status'],
    ],
  );
  const asked = requests.map((r) => `${r.host}${r.path}`).sort();
  assert.deepEqual(asked, [
    `e500.acme.test${WK}`,
    'e500.acme.test/security.txt',
    `valid.acme.test${WK}`,
    'valid.acme.test/security.txt',
  ]);
  for (const r of requests)
    assert.match(
      r.userAgent ?? '',
      /^security-policy\/\S+ \(\+https:\/\/github\.com\/security-policy\/security-policy\)$/,
    );
});

test('dist/cli.js checks a URL, trusting the test CA through NODE_EXTRA_CA_CERTS; SARIF names the URL', async () => {
  const ca = join(tempDir('live-ca-'), 'ca.pem');
  writeFileSync(ca, pki.ca);
  const url = `https://127.0.0.1:${port}`;
  const run = (format: string, locale: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string }> =>
    new Promise((resolve) => {
      const cli = join(__dirname, '..', 'dist', 'cli.js');
      const env = cliEnv({ NODE_EXTRA_CA_CERTS: ca, ...locale });
      execFile(process.execPath, [cli, 'check', url, '-f', format, '--today', '2026-06-01'], { env }, (e, out) =>
        resolve({ code: typeof e?.code === 'number' ? e.code : 0, out }),
      );
    });
  const sarif = await run('sarif');
  assert.equal(sarif.code, 1);
  type Result = { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: object } }> };
  const results = (JSON.parse(sarif.out) as { runs: Array<{ results: Result[] }> }).runs[0].results;
  assert.deepEqual(
    results.map((r) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation]),
    [['served-html', { uri: `${url}${WK}` }]],
  );
  const text = await run('text');
  assert.equal(
    text.out,
    `${url}${WK}\n  1:1      error   ${url}${WK} answers 200 with an HTML page (text/html), not a security.txt: expected the file as text/plain.  served-html\n\n1 problem (1 error, 0 warning, 0 info, 0 hint) in 1 file.\n`,
  );
  // Without --locale, the language of the environment.
  const german = await run('text', { LANG: 'de_DE.UTF-8' });
  assert.equal(german.out.split('\n')[1], `  1:1      error   ${servedHtmlDe(url)}  served-html`);
});

/** served-html's German sentence for what `site` served (text/html). */
const servedHtmlDe = (site: string): string =>
  `${site}${WK} antwortet mit 200 und einer HTML-Seite (text/html), keiner security.txt: erwartet wird die Datei als text/plain.`;

/** The live check in-process, its output written to a string. */
async function liveOut(args: string[], flags: Partial<LiveFlags>): Promise<string> {
  let out = '';
  const hooks = { ca: pki.ca, lookup, write: (t: string) => void (out += t), progress: () => undefined };
  await runLiveCheck(args, { format: 'text', today: '2026-06-01', color: false, workers: 1, ...flags }, hooks);
  return out;
}

type Line = { rule: string; message: string; localizedMessage?: string };
const jsonLines = (out: string): Line[] =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);

test('check URL --locale de: text shows the German message; JSON Lines and SARIF keep the English beside it', async () => {
  const url = `https://127.0.0.1:${port}`;
  const english = `${url}${WK} answers 200 with an HTML page (text/html), not a security.txt: expected the file as text/plain.`;
  assert.equal(
    await liveOut([url], { locale: 'de' }),
    `${url}${WK}\n  1:1      error   ${servedHtmlDe(url)}  served-html\n\n1 problem (1 error, 0 warning, 0 info, 0 hint) in 1 file.\n`,
  );
  const [line] = jsonLines(await liveOut([url], { locale: 'de', format: 'jsonl' }));
  assert.deepEqual([line.rule, line.message, line.localizedMessage], ['served-html', english, servedHtmlDe(url)]);
  type Result = { message: { text: string }; properties?: object };
  const sarif = JSON.parse(await liveOut([url], { locale: 'de', format: 'sarif' })) as {
    runs: [{ results: Result[] }];
  };
  assert.deepEqual(
    sarif.runs[0].results.map((r) => [r.message.text, r.properties]),
    [[english, { localizedMessage: servedHtmlDe(url) }]],
  );
});

test('check --online --locale de: the deployed copy’s findings in German, in text and beside the English', async () => {
  const dir = tempDir('live-online-locale-');
  mkdirSync(join(dir, '.well-known'));
  const path = join(dir, '.well-known', 'security.txt');
  const deployed = `https://valid.acme.test:${port}${WK}`;
  writeFileSync(path, `${FIELDS.replace('2026-12-31', '2027-03-31')}Canonical: ${deployed}\n`);
  const german = `Die unter ${deployed} bereitgestellte Kopie ist älter: Sie läuft am 2026-12-31T00:00:00Z ab, diese Datei am 2027-03-31T00:00:00Z; erwartet wird, dass diese Datei bereitgestellt wird.`;
  const text = await liveOut([path], { locale: 'de', online: true });
  assert.ok(text.split('\n').includes(`  2:10     warning ${german}  deployed-outdated`), text);
  const line = jsonLines(await liveOut([path], { locale: 'de', online: true, format: 'jsonl' })).find(
    (l) => l.rule === 'deployed-outdated',
  );
  assert.deepEqual(line && [line.message, line.localizedMessage], [
    `The copy deployed at ${deployed} is older: it expires 2026-12-31T00:00:00Z, this file 2027-03-31T00:00:00Z; expected this file deployed.`,
    german,
  ]);
});
