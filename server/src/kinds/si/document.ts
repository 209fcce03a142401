/**
 * A security-insights.yml parsed with the `yaml` library, which keeps exact source ranges: the rules find the key
 * or value a finding is about by its path (`['project', 'vulnerability-reporting', 'contact', 'email']`).
 */
import type { Document, Node } from 'yaml';
import { yaml } from './yaml';
import { LineIndex } from '../../core/text';
import { yamlBoundsProblem } from './yaml-bounds';
import { duplicateKeys, pairOf } from './yaml-keys';

export type InsightsPath = readonly (string | number)[];

export interface Span {
  start: number;
  end: number;
}

/** Where a path sits: its key (for map entries) and its value. */
export interface Located {
  key?: Span;
  value?: Span;
  /** The value node itself, for walking on. */
  node?: Node | null;
}

export interface ScalarAt {
  path: InsightsPath;
  value: string;
  span: Span;
}

/** A value of the file: where it is (`plain`: every key on its path is a plain scalar) and its key, if any. */
export interface Entry {
  path: InsightsPath;
  key?: Span;
  node: unknown;
  plain: boolean;
}

/**
 * A YAML problem at its place: the parser's own `message`, or one found before or beside the parser (a limit, a
 * repeated or complex key, aliases that expand too far) with its numbers, which insights-syntax words.
 */
export type SyntaxProblem = Span &
  (
    | { problem: 'parser'; message: string }
    | { problem: 'duplicateKey' | 'complexKey' }
    | { problem: 'tooLarge'; values: { size: number; max: number } }
    | { problem: 'tooDeep' | 'aliases'; values: { max: number } }
  );

/** Shape of a file: v2 (header.url, project/repository), v1 (header.expiration-date, project-lifecycle, …). */
export type InsightsShape = 'v2' | 'v1';

const V1_ROOT_KEYS = [
  'project-lifecycle',
  'contribution-policy',
  'security-contacts',
  'security-testing',
  'security-artifacts',
  'distribution-points',
];
const V1_HEADER_KEYS = ['expiration-date', 'project-url', 'commit-hash', 'project-release'];

/** How many alias expansions building the data may take; real files use none or a few. */
const MAX_ALIAS_COUNT = 50;

export class InsightsDocument {
  readonly lines: LineIndex;
  readonly yaml: Document.Parsed;
  /** YAML syntax errors, each at its place. */
  readonly syntaxProblems: SyntaxProblem[];
  /** The data as plain values (`{}` for an empty file); undefined when it cannot be built (see `root`). */
  readonly data: Record<string, unknown> | undefined;
  /** What the whole document is: a mapping (or empty), another value, or data too large to build (an alias bomb). */
  readonly root: 'mapping' | 'not-a-mapping' | 'unreadable';
  readonly shape: InsightsShape;

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    const refused = yamlBoundsProblem(text, this.lines);
    // Duplicate keys are found by one pass of our own: the library's check compares each key with every other.
    // The library's warnings (a key that is a mapping or list) would go to the console: such keys are findings of
    // their own (yaml-keys.ts), so only errors, which are thrown or kept on the document, are left on.
    this.yaml = yaml().parseDocument(refused ? '' : text, {
      prettyErrors: false,
      uniqueKeys: false,
      strict: true,
      logLevel: 'error',
    });
    this.syntaxProblems = refused
      ? [refused]
      : [
          ...this.yaml.errors.map((e) => ({
            problem: 'parser' as const,
            message: e.message,
            start: e.pos[0],
            end: Math.max(e.pos[1], e.pos[0] + 1),
          })),
          ...duplicateKeys(this.yaml.contents),
        ].sort((a, b) => a.start - b.start);
    [this.root, this.data] = refused ? ['unreadable', undefined] : this.toData();
    this.shape = this.detectShape();
  }

  private toData(): [InsightsDocument['root'], Record<string, unknown> | undefined] {
    let value: unknown;
    try {
      value = this.yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      // The only failure left once the parse succeeded: aliases that expand past the limit.
      const alias = this.firstAlias() ?? { start: 0, end: Math.min(this.text.length, this.lines.lineEnd(0)) };
      this.syntaxProblems.push({
        problem: 'aliases',
        values: { max: MAX_ALIAS_COUNT },
        ...alias,
      });
      return ['unreadable', undefined];
    }
    if (value === null || value === undefined) return ['mapping', {}];
    return typeof value === 'object' && !Array.isArray(value)
      ? ['mapping', value as Record<string, unknown>]
      : ['not-a-mapping', undefined];
  }

  private firstAlias(): Span | undefined {
    let found: Span | undefined;
    yaml().visit(this.yaml, { Alias: (_key, node) => ((found = spanOf(node)), yaml().visit.BREAK) });
    return found;
  }

  private detectShape(): InsightsShape {
    const data = this.data;
    if (!data) return 'v2';
    const header = data.header;
    const headerKeys = header !== null && typeof header === 'object' ? Object.keys(header) : [];
    if (V1_ROOT_KEYS.some((k) => k in data) || V1_HEADER_KEYS.some((k) => headerKeys.includes(k))) return 'v1';
    return 'v2';
  }

  /** The value at a path in the data, or undefined. */
  get(path: InsightsPath): unknown {
    let at: unknown = this.data;
    for (const segment of path) {
      if (at === null || typeof at !== 'object') return undefined;
      at = (at as Record<string | number, unknown>)[segment];
    }
    return at;
  }

  /** A string value at a path, trimmed; undefined when absent or not a string. */
  string(path: InsightsPath): string | undefined {
    const v = this.get(path);
    return typeof v === 'string' ? v.trim() : undefined;
  }

  /** The declared schema version as [major, minor, patch], when it parses. */
  get version(): [number, number, number] | undefined {
    const declared = this.get(['header', 'schema-version']);
    const m = /^(\d{1,4})\.(\d{1,4})\.(\d{1,4})$/.exec(
      typeof declared === 'string' || typeof declared === 'number' ? String(declared).trim() : '',
    );
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
  }

  /** True when the file says it follows 2.2.0 or later (where `security-policy` became `policy`). */
  get atLeast22(): boolean {
    const v = this.version;
    return v !== undefined && (v[0] > 2 || (v[0] === 2 && v[1] >= 2));
  }

  /** The source ranges of the deepest node the path reaches, with `missingFrom` telling how far it got. */
  locate(path: InsightsPath): Located & { missingFrom?: number } {
    let node: Node | null | undefined = this.yaml.contents;
    let found: Located = { value: spanOf(node), node };
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      if (yaml().isMap(node)) {
        const pair = pairOf(node, String(segment));
        if (!pair) return { ...found, missingFrom: i };
        node = pair.value;
        found = { key: spanOf(pair.key), value: spanOf(pair.value) ?? spanOf(pair.key), node };
      } else if (yaml().isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        node = node.items[segment] as Node | null;
        found = { value: spanOf(node), node };
      } else return { ...found, missingFrom: i };
    }
    return found;
  }

  /** The span a finding about a path should underline: the value if present, else the key, else the line of the parent. */
  spanFor(path: InsightsPath, prefer: 'key' | 'value' = 'value'): Span {
    const at = this.locate(path);
    const span = prefer === 'key' ? (at.key ?? at.value) : (at.value ?? at.key);
    return span ?? { start: 0, end: Math.min(this.text.length, this.lines.lineEnd(0)) };
  }

  /** Whole-line `#` comments, outside block scalars and multi-line strings (where `#` is text). */
  comments(): Array<{ body: string; start: number; end: number }> {
    const out: Array<{ body: string; start: number; end: number }> = [];
    for (let line = 0; line < this.lines.lineCount; line++) {
      const start = this.lines.lineStart(line);
      const end = this.lines.lineEnd(line);
      const text = this.text.slice(start, end);
      const hash = text.search(/\S/);
      if (hash < 0 || text[hash] !== '#' || this.insideMultilineScalar(start)) continue;
      out.push({ body: text.slice(hash + 1).trim(), start: start + hash, end });
    }
    return out;
  }

  /** True when a line starting at `lineStart` continues a scalar begun on an earlier line: no comment may go there. */
  insideMultilineScalar(lineStart: number): boolean {
    this.multiline ??= this.entries()
      .map((e) => (yaml().isScalar(e.node) ? spanOf(e.node) : undefined))
      .filter((s): s is Span => s !== undefined && this.text.slice(s.start, s.end).includes('\n'));
    return this.multiline.some((s) => s.start < lineStart && lineStart < s.end);
  }

  private multiline: Span[] | undefined;
  private entryList: Entry[] | undefined;

  /**
   * Every value of the file (the root, mapping values, list items) with its path and key, in document order:
   * the tree is walked once and every reader (rules, comments, hover) shares the walk.
   */
  entries(): readonly Entry[] {
    if (this.entryList) return this.entryList;
    const out: Entry[] = [{ path: [], node: this.yaml.contents, plain: true }];
    const walk = (node: unknown, path: (string | number)[], plain: boolean): void => {
      if (yaml().isMap(node)) {
        for (const item of node.items) {
          const key = yaml().isScalar(item.key) ? item.key : undefined;
          const keyed = key !== undefined;
          const child = [...path, key ? String(key.value) : ''];
          out.push({ path: child, key: spanOf(key), node: item.value, plain: plain && keyed });
          walk(item.value, child, plain && keyed);
        }
      } else if (yaml().isSeq(node)) {
        node.items.forEach((item, i) => {
          out.push({ path: [...path, i], node: item, plain });
          walk(item, [...path, i], plain);
        });
      }
    };
    walk(this.yaml.contents, [], true);
    this.entryList = out;
    return out;
  }

  /** Every scalar string value of the file with its path and range, in document order. */
  scalars(): ScalarAt[] {
    return this.entries().flatMap((e) =>
      e.plain && yaml().isScalar(e.node) && typeof e.node.value === 'string' && e.node.range
        ? [{ path: e.path, value: e.node.value, span: { start: e.node.range[0], end: e.node.range[1] } }]
        : [],
    );
  }

  /** The key under an offset, the innermost when keys nest, with its path. */
  keyAt(offset: number): { path: InsightsPath; span: Span } | undefined {
    const hits = this.entries().filter((e) => e.plain && e.key && offset >= e.key.start && offset <= e.key.end);
    const last = hits[hits.length - 1];
    return last?.key ? { path: last.path, span: last.key } : undefined;
  }
}

function spanOf(node: unknown): Span | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

/** "project.vulnerability-reporting.contact", "repository.core-team[0]": a path as people read it. */
export function pathText(path: InsightsPath): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

/**
 * Data written as a security-insights.yml (the generator and the v1 migration). Dates are quoted, as the spec's
 * examples write them: YAML 1.1 readers would otherwise load them as timestamps.
 */
export function writeInsights(data: object): string {
  return yaml()
    .stringify(data, { lineWidth: 0 })
    .replace(/^( *(?:last-updated|last-reviewed|date): )(\d{4}-\d{2}-\d{2})$/gm, "$1'$2'");
}
