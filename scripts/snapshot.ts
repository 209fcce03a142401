/**
 * Records what users see, for refactors that must change nothing: `security-policy check --format jsonl` (the built
 * CLI, dist/cli.js) over every fixture, every rule example and a generated tree of 1,000 repositories, on fixed
 * dates. `npm run snapshot -- out.jsonl` before and after a change, then `cmp` the two files.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { allRuleMetas, kindDescriptor } from '../server/src';
import { generateOrganisation } from './bench-org';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const out = process.argv[2] ?? 'snapshot.jsonl';

function check(args: string[], cwd: string): string {
  try {
    return execFileSync(process.execPath, [cli, 'check', '--format', 'jsonl', ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
  } catch (error) {
    // Exit code 1 means error-severity findings: the output is still what the snapshot wants.
    const e = error as { status?: number; stdout?: string };
    if (e.status === 1 && e.stdout !== undefined) return e.stdout;
    throw error;
  }
}

writeFileSync(out, '');
const record = (label: string, text: string): void => appendFileSync(out, `# ${label}\n${text}`);

const fixtures = join(root, 'test', 'fixtures');
const fixtureKinds: Record<string, string> = { seeds: 'md', securitytxt: 'txt', openpgp: 'txt', insights: 'si' };
for (const [dir, kind] of Object.entries(fixtureKinds)) {
  const files = readdirSync(join(fixtures, dir))
    .filter((f) => /\.(txt|yml|asc)$/.test(f))
    .sort()
    .map((f) => join('test', 'fixtures', dir, f));
  record(`fixtures/${dir}`, check(['--today', '2026-06-01', '--kind', kind, ...files], root));
}

const examples = mkdtempSync(join(tmpdir(), 'security-policy-snapshot-'));
try {
  for (const meta of [...allRuleMetas].sort((a, b) => a.id.localeCompare(b.id))) {
    [...meta.invalid, ...meta.valid].forEach((example, i) => {
      const kind = example.kind ?? 'md';
      const dir = join(examples, meta.id, String(i));
      const file = join(dir, example.path ?? kindDescriptor(kind).displayName);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, example.text);
      const args = [
        '--today',
        example.today ?? '2026-06-01',
        '--kind',
        kind,
        ...(example.profile ? ['--profile', example.profile] : []),
      ];
      record(`example ${meta.id} ${i}`, check([...args, file.slice(dir.length + 1)], dir));
    });
  }
} finally {
  rmSync(examples, { recursive: true, force: true });
}

const org = generateOrganisation(1000);
try {
  record('organisation of 1,000 repositories', check(['--today', '2026-06-01', '.'], org.dir));
} finally {
  rmSync(org.dir, { recursive: true, force: true });
}
