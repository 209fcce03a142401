/**
 * The evaluation corpus (test/corpus): its labelled files, and how the tool's findings are compared with the labels.
 * Used by `npm run eval` (scripts/eval.ts) and by test/corpus.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, DEFAULT_CONFIG, LineIndex, type Finding } from '../server/src';

/** The kinds the corpus holds, each in its folder. */
export type CorpusKind = 'md' | 'txt' | 'si';

export const CORPUS = join(__dirname, '..', 'test', 'corpus');
/** The date labels were judged at: the corpus's today. */
export const CORPUS_TODAY = new Date('2026-12-07T00:00:00Z');

export interface Defect {
  rule: string;
  /** 1-based; null for a defect of the whole document. */
  line: number | null;
  why: string;
}

export interface Labels {
  source: { repo: string; path: string; commit: string };
  language: string;
  widelyUsed: boolean;
  defects: Defect[];
  notes?: string;
}

export interface CorpusFile {
  /** `md/nodejs--node.md`, relative to the corpus folder. */
  name: string;
  kind: CorpusKind;
  text: string;
  labels: Labels;
}

const FOLDERS: Record<string, { kind: CorpusKind; extension: string }> = {
  md: { kind: 'md', extension: '.md' },
  txt: { kind: 'txt', extension: '.txt' },
  si: { kind: 'si', extension: '.yml' },
};

/** Every labelled file of the corpus, by folder then name. */
export function corpusFiles(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const [folder, { kind, extension }] of Object.entries(FOLDERS)) {
    const dir = join(CORPUS, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir).sort()) {
      if (!entry.endsWith(extension)) continue;
      const labelsPath = join(dir, `${entry.slice(0, -extension.length)}.labels.json`);
      if (!existsSync(labelsPath)) continue;
      files.push({
        name: `${folder}/${entry}`,
        kind,
        text: readFileSync(join(dir, entry), 'utf8'),
        labels: JSON.parse(readFileSync(labelsPath, 'utf8')) as Labels,
      });
    }
  }
  return files;
}

/** The judged rules of each kind, as test/corpus/README.md lists them (the one place they are written). */
export function judgedRules(): Record<CorpusKind, ReadonlySet<string>> {
  const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Judged rules'));
  const rulesAfter = (label: string): Set<string> => {
    const start = section.indexOf(`- ${label}:`);
    const end = section.indexOf('\n- ', start + 1);
    const text = section.slice(start, end < 0 ? section.indexOf('\n\n', start) : end);
    return new Set([...text.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]));
  };
  return { md: rulesAfter('SECURITY.md'), txt: rulesAfter('security.txt'), si: rulesAfter('security-insights.yml') };
}

export interface Judged {
  file: CorpusFile;
  /** Judged findings (errors and warnings of judged rules) with their 1-based line. */
  findings: Array<Finding & { line: number }>;
  /** Findings that match a labelled defect. */
  right: Array<Finding & { line: number }>;
  /** Findings that match none. */
  wrong: Array<Finding & { line: number }>;
  /** Labelled defects found, and missed. */
  found: Defect[];
  missed: Defect[];
}

/** Checks one corpus file as its repository has it and compares the judged findings with its labels. */
export function judge(file: CorpusFile, judged: Record<CorpusKind, ReadonlySet<string>>): Judged {
  const env = {
    today: CORPUS_TODAY,
    relativePath: file.labels.source.path,
    repositoryUrl: `https://github.com/${file.labels.source.repo}`,
  };
  const lines = new LineIndex(file.text);
  const findings = checkText(file.text, { kind: file.kind, config: DEFAULT_CONFIG, env })
    .findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && judged[file.kind].has(f.ruleId))
    .map((f) => ({ ...f, line: lines.positionAt(f.start).line + 1 }));
  const defects = file.labels.defects.filter((d) => judged[file.kind].has(d.rule));
  const matches = (f: { ruleId: string; line: number }, d: Defect): boolean =>
    f.ruleId === d.rule && (d.line === null || d.line === f.line);
  return {
    file,
    findings,
    right: findings.filter((f) => defects.some((d) => matches(f, d))),
    wrong: findings.filter((f) => !defects.some((d) => matches(f, d))),
    found: defects.filter((d) => findings.some((f) => matches(f, d))),
    missed: defects.filter((d) => !findings.some((f) => matches(f, d))),
  };
}

/** Precision and recall over a set of judged files, optionally of one rule. */
export function score(
  results: readonly Judged[],
  rule?: string,
): {
  right: number;
  wrong: number;
  found: number;
  missed: number;
  precision: number;
  recall: number;
} {
  const count = <T extends { ruleId?: string; rule?: string }>(items: T[]): number =>
    rule === undefined ? items.length : items.filter((i) => (i.ruleId ?? i.rule) === rule).length;
  const right = results.reduce((n, r) => n + count(r.right), 0);
  const wrong = results.reduce((n, r) => n + count(r.wrong), 0);
  const found = results.reduce((n, r) => n + count(r.found), 0);
  const missed = results.reduce((n, r) => n + count(r.missed), 0);
  return {
    right,
    wrong,
    found,
    missed,
    precision: right + wrong === 0 ? 1 : right / (right + wrong),
    recall: found + missed === 0 ? 1 : found / (found + missed),
  };
}

/** A stable key for a false finding or a miss, for the baseline. */
export function wrongKey(file: CorpusFile, f: { ruleId: string; line: number }): string {
  return `${file.name} ${f.ruleId} ${f.line}`;
}

export function missedKey(file: CorpusFile, d: Defect): string {
  return `${file.name} ${d.rule} ${d.line ?? '*'}`;
}
