/**
 * (k) The live check over 200 local domains (`npm run bench`, or alone: `tsx scripts/bench-live.ts`): an HTTPS
 * server in a process of its own on 127.0.0.1 answers every `dN.acme.test` (a certificate authority made with
 * openssl, trusted through the check's `ca` option; every name resolved to 127.0.0.1), and the check fetches both
 * locations of each site and checks what was served, at 8 and 32 sites at once. Printed: domains per second, and
 * the checking process's resident memory (peak) and heap after the run. Figures only: nothing here fails a build.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { runLiveCheck } from '../server/src/cli/live/run';
import { lookup, makePkiIn } from '../test/live-pki';

const DOMAINS = 200;

/** The server: every host's /.well-known/security.txt (its own Canonical), and 404 at /security.txt. */
const SERVER = `
const https = require('node:https');
const { readFileSync } = require('node:fs');
const [key, cert] = process.argv.slice(2).map((f) => readFileSync(f, 'utf8'));
const server = https.createServer({ key, cert }, (req, res) => {
  const host = req.headers.host || '';
  if (req.url !== '/.well-known/security.txt') return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\\n');
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(
    'Contact: mailto:security@acme.org\\nExpires: 2027-06-30T00:00:00Z\\nEncryption: https://acme.org/pgp-key.txt\\n' +
      'Preferred-Languages: en, nl\\nPolicy: https://acme.org/policy\\nCanonical: https://' + host + '/.well-known/security.txt\\n',
  );
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

/** Starts the server; its port, and how to stop it. */
async function startServer(dir: string, key: string, cert: string): Promise<{ port: number; stop: () => void }> {
  writeFileSync(join(dir, 'server.js'), SERVER);
  writeFileSync(join(dir, 'key.pem'), key);
  writeFileSync(join(dir, 'cert.pem'), cert);
  const child = spawn(process.execPath, [join(dir, 'server.js'), join(dir, 'key.pem'), join(dir, 'cert.pem')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve) =>
    createInterface({ input: child.stdout }).once('line', (line) => resolve(Number(line))),
  );
  return { port, stop: () => void child.kill() };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** One run over `sites` at `concurrency`: seconds, findings, and the peak resident memory. */
async function run(
  sites: string[],
  concurrency: number,
  ca: string,
): Promise<{ s: number; lines: number; peak: number }> {
  let lines = 0;
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const start = performance.now();
  await runLiveCheck(
    sites,
    { format: 'jsonl', today: '2026-12-01', concurrency },
    { ca, lookup, write: (t) => void (lines += t.split('\n').length - 1), progress: () => undefined },
  );
  const s = (performance.now() - start) / 1000;
  clearInterval(sampler);
  return { s, lines, peak: Math.max(peak, process.memoryUsage.rss()) };
}

export async function benchLive(log: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'security-policy-bench-live-'));
  const pki = makePkiIn(dir);
  const server = await startServer(dir, pki.valid.key, pki.valid.cert);
  try {
    const sites = Array.from({ length: DOMAINS }, (_, i) => `https://d${i}.acme.test:${server.port}`);
    log('');
    log(`(k) The live check over ${DOMAINS} local domains (HTTPS on 127.0.0.1, the server in a process of its own)`);
    log('');
    // Warm-up: the TLS context, the engine's code.
    await run(sites.slice(0, 20), 8, pki.ca);
    log('| sites at once | domains | time | domains/s | findings | peak RSS (checking process) | heap after |');
    log('|---|---|---|---|---|---|---|');
    for (const concurrency of [8, 32]) {
      const r = await run(sites, concurrency, pki.ca);
      const heap = process.memoryUsage().heapUsed;
      log(
        `| ${concurrency} | ${DOMAINS} | ${r.s.toFixed(2)} s | ${(DOMAINS / r.s).toFixed(0)} | ${r.lines} | ${mb(r.peak)} | ${mb(heap)} |`,
      );
    }
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void benchLive((line) => void process.stdout.write(`${line}\n`));
