/**
 * The benchmark's organisation of real-world policies (see ./bench.ts, section (g), last rows): 1,000 repositories
 * whose SECURITY.md are all different real texts, the evaluation corpus's policies (test/corpus/md, 156 files from
 * as many projects) and variations of them that change what differs between organisations' copies: the project's
 * name, the contact addresses, the dates, and the order of the sections. No two repositories share a text, and few
 * share a section, so the CLI's memo of sections helps little: the honest case next to (g)'s template-heavy one.
 * Checked by the CLI and by markdownlint-cli2 on the same files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFiles } from './corpus';
import { cliArgs, markdownlintCli2, measure, type Run } from './bench-org';

/** Variation `v` of a real policy for repository `i`: another project, other contacts and dates, sections moved. */
export function varied(text: string, repo: string, i: number, v: number): string {
  if (v === 0) return text;
  const name = repo.split('/')[1] ?? repo;
  let out = text.split(name).join(`project-${i}`);
  out = out.replace(/\b([A-Za-z0-9._%+-]{1,64})@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})\b/g, `$1+${i}@$2`);
  out = out.replace(/\b20([12]\d)\b/g, (_y, n: string) => `20${String(((Number(n) + v) % 20) + 10)}`);
  // A policy that names neither its project nor a contact or a year still differs: a line names the repository.
  const named = out.replace('\n', `\n\nThis policy covers acme/project-${i}.\n`);
  return rotateSections(named, v);
}

/** The policy with its `## ` sections rotated by `by` places (its title and first lines stay first). */
function rotateSections(text: string, by: number): string {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, i) => (line.startsWith('## ') ? [i] : []));
  if (starts.length < 2) return text;
  const head = lines.slice(0, starts[0]);
  const sections = starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length).join('\n'));
  const r = by % sections.length;
  const moved = [...sections.slice(r), ...sections.slice(0, r)].map((s) => (s.endsWith('\n') ? s : `${s}\n`));
  return [...head, ...moved].join('\n');
}

/** `count` repositories, each with its own real-world SECURITY.md (root or .github/). */
export function generateCorpusOrganisation(count: number): { dir: string; files: number; distinct: number } {
  const policies = corpusFiles().filter((f) => f.kind === 'md');
  const dir = mkdtempSync(join(tmpdir(), 'security-policy-corpus-org-'));
  const texts = new Set<string>();
  for (let i = 0; i < count; i++) {
    const source = policies[i % policies.length];
    const text = varied(source.text, source.labels.source.repo, i, Math.floor(i / policies.length));
    texts.add(text);
    const repo = join(dir, `repo-${String(i).padStart(5, '0')}`);
    const place = i % 3 === 0 ? join(repo, '.github') : repo;
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(place, { recursive: true });
    writeFileSync(join(place, 'SECURITY.md'), text);
  }
  return { dir, files: count, distinct: texts.size };
}

/** Runs of each command, interleaved: this machine's speed drifts within a minute, and the median of three holds. */
const ROUNDS = 3;

/** The run of median time. */
const medianRun = <T extends { seconds: number }>(runs: T[]): T =>
  [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];

export async function benchCorpusOrganisation(log: (line: string) => void, count = 1000): Promise<void> {
  const org = generateCorpusOrganisation(count);
  const cases = [
    [`default, ${org.distinct.toLocaleString('en')} distinct real-world texts`, undefined],
    ['one thread, the same', 1],
  ] as const;
  try {
    const peers: Run[] = [];
    const runs = cases.map((): Run[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      peers.push(await measure(process.execPath, [markdownlintCli2, '**/SECURITY.md'], org.dir));
      for (const [k, [, workers]] of cases.entries())
        runs[k].push(await measure(process.execPath, cliArgs(workers), org.dir));
    }
    const peer = medianRun(peers);
    for (const [k, [label, workers]] of cases.entries()) {
      const r = medianRun(runs[k]);
      const ratio = peer.seconds / r.seconds;
      const targets =
        workers === undefined
          ? ` (target < 2 s ${r.seconds < 2 ? '✓' : '✗'}, ≥ 4× markdownlint-cli2 ${ratio >= 4 ? '✓' : '✗'})`
          : '';
      log(
        `| ${count.toLocaleString('en')} | ${org.files.toLocaleString('en')} | ${label} (median of ${ROUNDS}) | ${r.seconds.toFixed(2)} s${targets} | ${Math.round(org.files / r.seconds).toLocaleString('en')} | ${r.peakMb.toFixed(0)} MB | ${peer.seconds.toFixed(2)} s, ${peer.peakMb.toFixed(0)} MB | ${(r.seconds / peer.seconds).toFixed(2)}× |`,
      );
    }
  } finally {
    rmSync(org.dir, { recursive: true, force: true });
  }
}
