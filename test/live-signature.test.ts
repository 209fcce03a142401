/**
 * Signed security.txt files verified (issue 26): with `--key FILE`, and online with the key at the file's
 * Encryption URL (a loopback HTTPS server). Keys are made in the test with openpgp.js, at fixed dates; a real
 * `gpg --clearsign` fixture (test/fixtures/signatures) is verified with its key, and, when gpg is installed, a file
 * signed by gpg in the test. Each case asserts the exact findings. The last test runs dist/cli.js: run
 * `node scripts/build.mjs` first.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCleartextMessage, generateKey, revokeKey, sign, type PrivateKey, type PublicKey } from 'openpgp';
import { runLiveCheck, type LiveFlags, type LiveHooks } from '../server/src/cli/live/run';
import { CLI, runCli } from './cli-run';
import { httpsServer, lookup, makePki, requests, send, type Pki } from './live-server';
import { tempDir } from './helpers';

const WK = '/.well-known/security.txt';
const BODY =
  'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nEncryption: https://acme.org/pgp-key.txt\nPolicy: https://acme.org/policy\nCanonical: https://acme.org/.well-known/security.txt\n';
const CREATED = new Date('2026-10-01T09:00:00Z');

interface Pair {
  privateKey: PrivateKey;
  publicKey: PublicKey;
  fingerprint: string;
}
const keys: Record<'acme' | 'other' | 'shortLived' | 'revoked', Pair> = {} as never;
let dir = '';
let keyFile = '';
let config = '';

async function pair(name: string, keyExpirationTime?: number): Promise<Pair> {
  const userIDs = [{ name, email: 'security@acme.org' }];
  const { privateKey, publicKey } = await generateKey({
    type: 'ecc',
    curve: 'ed25519Legacy',
    userIDs,
    date: CREATED,
    format: 'object',
    ...(keyExpirationTime ? { keyExpirationTime } : {}),
  });
  return { privateKey, publicKey, fingerprint: publicKey.getFingerprint().toUpperCase() };
}

/** `text` signed by `key` at `date`, with the line breaks gpg writes (openpgp.js writes CRLF in the text). */
const signed = async (text: string, key: Pair, date = new Date('2026-11-01T10:00:00Z')): Promise<string> =>
  (await sign({ message: await createCleartextMessage({ text }), signingKeys: key.privateKey, date })).replace(
    /\r\n/g,
    '\n',
  );

before(async () => {
  keys.acme = await pair('Acme Security');
  keys.other = await pair('Someone Else');
  keys.shortLived = await pair('Acme Security 2026', 30 * 24 * 3600);
  const revoked = await pair('Acme Old Key');
  const { publicKey } = await revokeKey({
    key: revoked.privateKey,
    date: new Date('2026-11-15T00:00:00Z'),
    format: 'object',
  });
  keys.revoked = { ...revoked, publicKey };
  dir = tempDir('live-signature-');
  keyFile = join(dir, 'keys.asc');
  writeFileSync(keyFile, [keys.acme, keys.shortLived, keys.revoked].map((k) => k.publicKey.armor()).join('\n'));
  config = join(dir, 'config.json');
  // Reserved test names in Canonical, and the fixture's lack of a Policy field, are not the subject here.
  writeFileSync(config, JSON.stringify({ rules: { placeholder: 'off', 'policy-missing': 'off' } }));
});

async function run(args: string[], flags: Partial<LiveFlags>, ca?: string): Promise<{ code: number; out: string }> {
  let out = '';
  const hooks: LiveHooks = { ca, lookup, write: (s) => void (out += s), progress: () => undefined };
  const all = { format: 'json' as const, today: '2026-12-01', config, workers: 1, ...flags };
  return { code: await runLiveCheck(args, all, hooks), out };
}

type Report = { file: string; diagnostics: Array<{ rule: string; line: number; column: number; message: string }> };
const findings = (out: string): string[] =>
  (JSON.parse(out) as Report[]).flatMap((r) =>
    r.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`),
  );

/** The line of a text's `-----BEGIN PGP SIGNATURE-----`, where the signature findings go. */
const signatureLine = (text: string): number =>
  text.split('\n').findIndex((l) => l === '-----BEGIN PGP SIGNATURE-----') + 1;

/** Checks `text` as a local security.txt with `--key keys.asc`; the findings. */
async function checkWithKey(text: string, key = keyFile): Promise<{ code: number; found: string[] }> {
  const path = join(tempDir('live-signature-file-'), 'security.txt');
  writeFileSync(path, text);
  const { code, out } = await run([path], { key });
  return { code, found: findings(out) };
}

const good = (key: Pair, made = '2026-11-01T10:00:00Z', name = 'Acme Security'): string =>
  `signature-good Good signature by ${name} <security@acme.org>, fingerprint ${key.fingerprint} (the key from ${keyFile}), made ${made}.`;

test('--key: a good signature names the key, its fingerprint and when it was made', async () => {
  const text = await signed(BODY, keys.acme);
  assert.deepEqual(await checkWithKey(text), { code: 0, found: [`${signatureLine(text)}:1 ${good(keys.acme)}`] });
});

test('--key: a file changed after it was signed has a bad signature', async () => {
  const text = (await signed(BODY, keys.acme)).replace('security@acme.org\nExpires', 'psirt@acme.org\nExpires');
  assert.deepEqual(await checkWithKey(text), {
    code: 1,
    found: [
      `${signatureLine(text)}:1 signature-bad Bad signature: it does not match the signed text with the key of Acme Security <security@acme.org>, fingerprint ${keys.acme.fingerprint} (from ${keyFile}); the file was changed after it was signed, expected it signed again.`,
    ],
  });
});

test('--key: a signature by a key the file does not hold: key not found, by its key ID', async () => {
  const text = await signed(BODY, keys.other);
  const id = keys.other.fingerprint.slice(-16);
  assert.deepEqual(await checkWithKey(text), {
    code: 0,
    found: [
      `${signatureLine(text)}:1 signature-key-not-found The key that made the signature (key ID ${id}) is not among the keys from ${keyFile}, expected the signing key there.`,
    ],
  });
});

test('--key: a key that has expired since, and a revoked key', async () => {
  const byExpired = await signed(BODY, keys.shortLived, new Date('2026-10-15T00:00:00Z'));
  assert.deepEqual(await checkWithKey(byExpired), {
    code: 1,
    found: [
      `${signatureLine(byExpired)}:1 signature-key-invalid The signing key, Acme Security 2026 <security@acme.org>, fingerprint ${keys.shortLived.fingerprint} (from ${keyFile}), expired on 2026-10-31T09:00:00Z, expected the file signed with a valid key.`,
    ],
  });
  const byRevoked = await signed(BODY, keys.revoked);
  assert.deepEqual(await checkWithKey(byRevoked), {
    code: 1,
    found: [
      `${signatureLine(byRevoked)}:1 signature-key-invalid The signing key, Acme Old Key <security@acme.org>, fingerprint ${keys.revoked.fingerprint} (from ${keyFile}), was revoked, expected the file signed with a valid key.`,
    ],
  });
});

test('--key: a signature made after the Expires of the file it signs', async () => {
  const text = await signed(BODY.replace('2027-06-30', '2026-10-31'), keys.acme);
  assert.deepEqual(await checkWithKey(text), {
    code: 1,
    found: [
      '5:10 expired The file expired on 2026-10-31T00:00:00Z, expected a date in the future.',
      '5:10 signature-after-expires The signature was made 2026-11-01T10:00:00Z, after the Expires of the file it signs (2026-10-31T00:00:00Z), expected the file renewed before it is signed.',
      `${signatureLine(text)}:1 ${good(keys.acme)}`,
    ],
  });
});

test('--key: the real gpg --clearsign fixture, with its key', async () => {
  const fixtures = join(__dirname, 'fixtures', 'signatures');
  const text = readFileSync(join(fixtures, 'security.txt'), 'utf8');
  const key = join(fixtures, 'acme-key.asc');
  assert.deepEqual(await checkWithKey(text, key), {
    code: 0,
    found: [
      `8:1 signature-good Good signature by Acme Security <security@acme.org>, fingerprint D69036EF33412943EFAEA38062BA420CB0352E38 (the key from ${key}), made 2026-11-01T10:00:00Z.`,
    ],
  });
  // The same file with another key: not found.
  assert.match((await checkWithKey(text)).found.join('\n'), /signature-key-not-found .*key ID 62BA420CB0352E38/);
});

test('without a key, offline, a signed file is checked as before; an unreadable --key is a usage error', async () => {
  const text = await signed(BODY, keys.acme);
  const path = join(tempDir('live-signature-file-'), 'security.txt');
  writeFileSync(path, text);
  assert.deepEqual(findings((await run([path], {})).out), []);
  await assert.rejects(
    run([path], { key: join(dir, 'missing.asc') }),
    /--key: .*missing\.asc cannot be read \(ENOENT\)/,
  );
});

let gnupgHome = '';
after(() => {
  if (gnupgHome) execFileSync('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, GNUPGHOME: gnupgHome } });
});

/** gpg is on the PATH. */
function hasGpg(): boolean {
  try {
    execFileSync('gpg', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test(
  'a file signed by gpg --clearsign in the test, with the key gpg exports',
  { skip: !hasGpg() && 'gpg is not installed' },
  async () => {
    gnupgHome = tempDir('live-gnupg-');
    const env = { ...process.env, GNUPGHOME: gnupgHome };
    const gpg = (...args: string[]): string =>
      execFileSync('gpg', ['--batch', '--pinentry-mode', 'loopback', '--passphrase', '', ...args], {
        env,
        stdio: 'pipe',
      }).toString();
    gpg(
      '--faked-system-time',
      '20261001T090000!',
      '--quick-gen-key',
      'Acme PSIRT <psirt@acme.org>',
      'ed25519',
      'sign',
      '0',
    );
    const fingerprint = /^fpr:+([0-9A-F]{40}):/m.exec(gpg('--with-colons', '--list-keys'))![1];
    const body = join(gnupgHome, 'security.txt');
    writeFileSync(body, BODY);
    gpg('--faked-system-time', '20261101T100000!', '--clearsign', '-o', `${body}.asc`, body);
    const key = join(gnupgHome, 'key.asc');
    writeFileSync(key, gpg('--armor', '--export'));
    const text = readFileSync(`${body}.asc`, 'utf8');
    assert.deepEqual(await checkWithKey(text, key), {
      code: 0,
      found: [
        `${signatureLine(text)}:1 signature-good Good signature by Acme PSIRT <psirt@acme.org>, fingerprint ${fingerprint} (the key from ${key}), made 2026-11-01T10:00:00Z.`,
      ],
    });
  },
);

test('online: the key at the Encryption URL verifies the served file, and a local one; a missing key is named with its answer', async () => {
  const pki: Pki = makePki();
  let port = 0;
  /** The body served by `site`, its Canonical its own URL, its Encryption the key at `key`. */
  const body = (site: string, key: string): string =>
    BODY.replace('https://acme.org/pgp-key.txt', `https://keys.acme.test:${port}/${key}`).replace(
      'https://acme.org/.well-known/security.txt',
      `https://${site}.acme.test:${port}${WK}`,
    );
  const texts: Record<string, string> = {};
  port = await httpsServer(pki.valid, {
    [`signed.acme.test${WK}`]: (res, p) => send(texts.signed)(res, p),
    [`nokey.acme.test${WK}`]: (res, p) => send(texts.nokey)(res, p),
    'keys.acme.test/acme.asc': send(keys.acme.publicKey.armor(), { 'content-type': 'application/pgp-keys' }),
  });
  texts.signed = await signed(body('signed', 'acme.asc'), keys.acme);
  texts.nokey = await signed(body('nokey', 'missing.asc'), keys.acme);
  const { code, out } = await run([`https://signed.acme.test:${port}`, `https://nokey.acme.test:${port}`], {}, pki.ca);
  const keyUrl = `https://keys.acme.test:${port}/acme.asc`;
  const good = `${signatureLine(texts.signed)}:1 signature-good Good signature by Acme Security <security@acme.org>, fingerprint ${keys.acme.fingerprint} (the key from ${keyUrl}), made 2026-11-01T10:00:00Z.`;
  assert.equal(code, 0);
  assert.deepEqual(findings(out), [
    good,
    `${signatureLine(texts.nokey)}:1 signature-key-not-found The key that made the signature (key ID ${keys.acme.fingerprint.slice(-16)}) was not found: https://keys.acme.test:${port}/missing.asc answered 404 Not Found, expected the signing key there.`,
  ]);
  // The same file in a repository, --online: verified with the key at its Encryption URL, the same as deployed.
  const path = join(tempDir('live-signature-online-'), 'security.txt');
  writeFileSync(path, texts.signed);
  requests.length = 0;
  const local = await run([path], { online: true }, pki.ca);
  assert.deepEqual(findings(local.out), [good]);
  assert.deepEqual(requests.map((r) => `${r.host}${r.path}`).sort(), [
    `keys.acme.test/acme.asc`,
    `signed.acme.test${WK}`,
  ]);
});

test('dist/cli.js loads openpgp.js (dist/openpgp-verify.js) only to verify; the CLI bundle does not hold it', () => {
  const fixtures = join(__dirname, 'fixtures', 'signatures');
  assert.equal(readFileSync(CLI, 'utf8').includes('OpenPGP.js v'), false);
  const run = runCli([
    'check',
    join(fixtures, 'security.txt'),
    '--key',
    join(fixtures, 'acme-key.asc'),
    '--today',
    '2026-12-01',
    '-f',
    'jsonl',
  ]);
  assert.equal(run.stderr, '');
  const rules = run.stdout
    .trimEnd()
    .split('\n')
    .map((l) => (JSON.parse(l) as { rule: string }).rule);
  assert.ok(rules.includes('signature-good'), rules.join(', '));
});
