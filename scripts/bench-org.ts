/**
 * The benchmark's organisation section (see ./bench.ts).
 * (g) `security-policy check` over a generated folder of repositories, as a security team runs it over a checkout
 *     of every repository it owns: 1,000 repositories, then 10,000 (files per second, peak memory of the process,
 *     workers included), by default (on 2 cores one thread below 2,000 repositories, a pool above), in one thread
 *     and with a pool of two workers, against markdownlint-cli2 on the same SECURITY.md files in the same run. The
 *     policies are shared the way an organisation shares them: GitHub's template verbatim, and real policies copied
 *     between repositories with the repository's name written in. A last row makes every section of every policy
 *     distinct (no two repositories share a section), the worst case for the CLI's memo of parsed sections. As GitHub
 *     lays an organisation out, its `.github` repository holds the default policy, which one repository in ten,
 *     having none of its own, inherits.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSecurityMd, type PolicyAnswers } from '../server/src';

const root = join(__dirname, '..');
const fixtures = join(root, 'test', 'fixtures');
const read = (dir: string, ext: string): string[] =>
  readdirSync(join(fixtures, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => readFileSync(join(fixtures, dir, f), 'utf8'));

/** What the generated policies answer, for repository `i`. */
const answers = (i: number): PolicyAnswers => ({
  location: 'root',
  github: `acme/repo-${i}`,
  email: `security+${i}@acme.org`,
  ackDays: 3,
  disclosureDays: 90,
  supported: [
    { version: '2.x', supported: true },
    { version: '< 2.0', supported: false },
  ],
  scope: true,
  safeHarbor: true,
  today: new Date('2026-11-01T00:00:00Z'),
});

/** Policies as repositories have them: short ones, GitHub's template, generated ones, and long real ones. */
function policies(): Array<(i: number) => string> {
  const seeds = read('seeds', '.txt');
  const template = [
    '# Security Policy',
    '',
    '## Supported Versions',
    '',
    '| Version | Supported          |',
    '| ------- | ------------------ |',
    '| 5.1.x   | :white_check_mark: |',
    '| < 4.0   | :x:                |',
    '',
    '## Reporting a Vulnerability',
    '',
    'Use this section to tell people how to report a vulnerability.',
    '',
  ].join('\n');
  return [
    (i) => `# Security\n\nPlease email security@repo-${i}.acme.org. We reply within 3 business days.\n`,
    (i) => `# Security Policy\n\nReport vulnerabilities through an issue in repo-${i}.\n`,
    () => template,
    (i) => generateSecurityMd(answers(i)),
    (i) => generateSecurityMd(answers(i)),
    // A real policy copied into the repository, its name written in under the title.
    ...seeds.map((s) => (i: number) => s.replace('\n', `\n\nThis policy covers acme/repo-${i}.\n`)),
  ];
}

/** Every heading of the policy made distinct per repository, so that no section is the same in two of them. */
const distinctSections = (text: string, i: number): string => text.replace(/^(#{1,6} .{1,200})$/gm, `$1 (repo-${i})`);

/** `count` repositories under a new folder: SECURITY.md in the root or .github/, some security.txt and insights files. */
export function generateOrganisation(
  count: number,
  options: { distinct?: boolean } = {},
): { dir: string; policies: number; files: number } {
  const dir = mkdtempSync(join(tmpdir(), 'security-policy-org-'));
  const kinds = policies();
  const txt = read('securitytxt', '.txt');
  const insights = read('insights', '.yml');
  let files = 1;
  // The organisation's .github repository, whose policy the repositories without one inherit.
  mkdirSync(join(dir, '.github', '.git'), { recursive: true });
  writeFileSync(join(dir, '.github', 'SECURITY.md'), generateSecurityMd({ ...answers(0), github: 'acme/.github' }));
  for (let i = 0; i < count; i++) {
    const repo = join(dir, `repo-${String(i).padStart(5, '0')}`);
    const place = i % 3 === 0 ? join(repo, '.github') : repo;
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(place, { recursive: true });
    writeFileSync(join(repo, '.git', 'config'), `[remote "origin"]\n\turl = https://github.com/acme/repo-${i}.git\n`);
    const policy = kinds[i % kinds.length](i);
    if (i % 10 !== 9) {
      writeFileSync(join(place, 'SECURITY.md'), options.distinct ? distinctSections(policy, i) : policy);
      files++;
    }
    if (i % 4 === 0) {
      mkdirSync(join(repo, '.well-known'));
      writeFileSync(join(repo, '.well-known', 'security.txt'), txt[i % txt.length]);
      files++;
    }
    if (i % 5 === 0) {
      writeFileSync(join(repo, 'security-insights.yml'), insights[i % insights.length]);
      files++;
    }
  }
  return { dir, policies: count, files };
}

export interface Run {
  seconds: number;
  peakMb: number;
  code: number | null;
  lines: number;
}

/** Runs a command to its end, reading the peak resident memory of its process (threads included) from /proc. */
export function measure(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    let peakKb = 0;
    let lines = 0;
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        peakKb = Math.max(peakKb, Number(hwm?.[1] ?? 0));
      } catch {
        // the process has just ended
      }
    }, 50);
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - start) / 1000, peakMb: peakKb / 1024, code, lines });
    });
  });
}

export const cliArgs = (workers?: number): string[] => [
  join(root, 'dist', 'cli.js'),
  'check',
  '--format',
  'jsonl',
  ...(workers ? ['--workers', String(workers)] : []),
  '.',
];
export const markdownlintCli2 = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

export async function benchOrganisation(
  log: (line: string) => void,
  sizes: readonly number[] = [1000, 10_000],
): Promise<void> {
  log('');
  log(
    `(g) check over a folder of repositories (generated; CLI process start included; ${availableParallelism()} cores)`,
  );
  log('');
  log(
    '| repositories | files | run | time | files/s | peak memory | markdownlint-cli2 on the SECURITY.md files | time vs markdownlint-cli2 |',
  );
  log('|---|---|---|---|---|---|---|---|');
  const cases = [...sizes.map((size) => ({ size, distinct: false })), { size: 1000, distinct: true }];
  for (const { size, distinct } of cases) {
    const org = generateOrganisation(size, { distinct });
    try {
      const runs: Array<[string, number | undefined]> = distinct
        ? [['default, every section distinct', undefined]]
        : [
            ['default', undefined],
            ['one thread', 1],
            ['pool of 2 workers', 2],
          ];
      const peer = await measure(process.execPath, [markdownlintCli2, '**/SECURITY.md'], org.dir);
      for (const [label, workers] of runs) {
        const r = await measure(process.execPath, cliArgs(workers), org.dir);
        const target =
          size <= 1000
            ? ` (target < 2 s ${r.seconds < 2 ? '✓' : '✗'})`
            : ` (target < 300 MB ${r.peakMb < 300 ? '✓' : '✗'})`;
        const isDefault = workers === undefined;
        log(
          `| ${size.toLocaleString('en')} | ${org.files.toLocaleString('en')} | ${label} | ${r.seconds.toFixed(2)} s${isDefault ? target : ''} | ${Math.round(org.files / r.seconds).toLocaleString('en')} | ${r.peakMb.toFixed(0)} MB | ${peer.seconds.toFixed(2)} s, ${peer.peakMb.toFixed(0)} MB | ${(r.seconds / peer.seconds).toFixed(2)}× |`,
        );
      }
    } finally {
      rmSync(org.dir, { recursive: true, force: true });
    }
  }
}

/**
 * (g)'s memory row: an organisation of `count` generated repositories, checked once by default (a pool of workers
 * from 2,000 repositories on), for its peak memory against the 300 MB target. markdownlint-cli2 is not run on it: on
 * 10,000 repositories it already takes a minute and more memory than the CLI (the rows above).
 */
export async function benchLargeOrganisation(log: (line: string) => void, count = 100_000): Promise<void> {
  const org = generateOrganisation(count);
  try {
    const r = await measure(process.execPath, cliArgs(), org.dir);
    log(
      `| ${count.toLocaleString('en')} | ${org.files.toLocaleString('en')} | default | ${r.seconds.toFixed(2)} s | ${Math.round(org.files / r.seconds).toLocaleString('en')} | ${r.peakMb.toFixed(0)} MB (target < 300 MB ${r.peakMb < 300 ? '✓' : '✗'}) | not run | |`,
    );
  } finally {
    rmSync(org.dir, { recursive: true, force: true });
  }
}
