/**
 * Markdown parsing for SECURITY.md: unified + remark-parse with GFM tables, reduced to the few structures the
 * rules need (headings, links, tables, code and comment ranges), all with absolute UTF-16 offsets.
 *
 * Of GitHub Flavored Markdown only tables are parsed (with the table extension remark-gfm itself uses): the
 * autolink-literal extension alone costs about 40% of parse time, so bare URLs are found by a linear scan of
 * text instead, and footnotes, strikethrough and task lists carry nothing a rule reads. See ARCHITECTURE.md.
 *
 * Documents are parsed in chunks that start at ATX headings outside code fences and comments, and each chunk's
 * result is cached by its text, so an edit re-parses only the chunk it touched.
 *
 * Over 300 lines: the parser set-up, chunking and the walk that builds the model belong together. Over 60 lines:
 * extract, one walk with a case per node type.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Nodes, Root, PhrasingContent, RootContent } from 'mdast';
import type { ChunkMemo } from './chunk-memo';

export interface Heading {
  depth: number;
  /** Plain text of the heading (no markup). */
  text: string;
  start: number;
  end: number;
}

export interface Link {
  url: string;
  /** Plain text of the link label. */
  label: string;
  start: number;
  end: number;
  kind: 'link' | 'image' | 'autolink' | 'definition' | 'html';
}

export interface TableModel {
  start: number;
  end: number;
  /** Source ranges of each line of the table: header, delimiter, then body rows. */
  lines: Array<{ start: number; end: number }>;
}

export interface CommentModel {
  /** Text inside `<!--` and `-->`, trimmed. */
  body: string;
  start: number;
  end: number;
}

export interface MarkdownModel {
  headings: Heading[];
  links: Link[];
  tables: TableModel[];
  comments: CommentModel[];
  /** Ranges of code (fenced, indented, inline) and HTML comments, sorted. */
  codeRanges: Array<[number, number]>;
}

export type ChunkCache = Map<string, MarkdownModel>;

/** A unified plugin: GFM tables, registered the way remark-gfm registers its extensions. */
function remarkGfmTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

/**
 * A unified plugin that turns off the constructs no rule reads, measured to cut parse time by about a third:
 * emphasis (the slowest part of inline parsing), character references, hard breaks, and list containers with
 * indented code. Rules read list items from the source lines (engine/policy.ts), so list items parse as
 * paragraphs; fenced code, headings, links, tables, comments and block quotes are parsed as usual.
 */
function remarkWithoutUnusedConstructs(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({
    disable: { null: ['attention', 'characterReference', 'hardBreakEscape', 'hardBreakTrailing', 'list', 'codeIndented'] },
  });
}

const processor = unified().use(remarkParse).use(remarkGfmTables).use(remarkWithoutUnusedConstructs);

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** A bare URL in text (no autolink-literal parsing); trailing punctuation is trimmed afterwards. */
const SETEXT_LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const HAS_URL_START = /http|www\./i;
const BARE_URL = /(?<![\w/.@-])(?:https?:\/\/|www\.)[^\s<>"'`]{1,2048}/gi;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HTML_BLOCK_START = /^ {0,3}<[A-Za-z/!?]/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/;
const HTML_COMMENT = /^<!--([\s\S]*?)-->$/;
const HTML_HREF = /\bhref\s*=\s*["']([^"'\s]{1,2048})["']/gi;

/**
 * Chunks are merged up to about this size so that the per-parse overhead of an edit stays small. Across documents
 * (the memo) every section stays its own chunk: a repository's own line then costs the parse of its section, not of
 * its neighbours too (bench g: 235 KB parsed for 1,000 repositories instead of 360 KB with merging).
 */
const CHUNK_TARGET = 256;

/** One-off parses by text while `sharingParses` runs; undefined otherwise. */
let sharedParses: Map<string, MarkdownModel> | undefined;
/** Chunks remembered across documents while `sharingParses` runs with a memo; undefined otherwise. */
let chunkMemo: ChunkMemo | undefined;

/**
 * Runs `run` with one-off parses of the same text shared: a repository's SECURITY.md is read for its contacts and
 * then checked, and is parsed once. Models are never changed once built, so they can be shared. With `memo`,
 * documents are parsed in chunks and each chunk already in the memo is taken from it.
 */
export function sharingParses<T>(run: () => T, memo?: ChunkMemo): T {
  const outer = [sharedParses, chunkMemo] as const;
  sharedParses = new Map();
  chunkMemo = memo ?? outer[1];
  try {
    return run();
  } finally {
    [sharedParses, chunkMemo] = outer;
  }
}

export function parseMarkdown(text: string, cache?: ChunkCache, options: { chunked?: boolean } = {}): MarkdownModel {
  if (!sharedParses || cache || options.chunked) return parseMarkdownFresh(text, cache, options);
  let model = sharedParses.get(text);
  if (!model) {
    model = parseMarkdownFresh(text, undefined, options);
    sharedParses.set(text, model);
  }
  return model;
}

function parseMarkdownFresh(text: string, cache: ChunkCache | undefined, options: { chunked?: boolean }): MarkdownModel {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bomLength ? text.slice(1) : text;
  const model: MarkdownModel = { headings: [], links: [], tables: [], comments: [], codeRanges: [] };
  // Chunks pay off only when a cache keeps them between versions or a memo across documents; a one-off check
  // parses the text whole.
  const memo = cache ? undefined : chunkMemo;
  const chunks = (options.chunked ?? (cache !== undefined || memo !== undefined)) ? chunkStarts(body, memo ? 0 : CHUNK_TARGET) : [0];
  const nextCache: ChunkCache | undefined = cache ? new Map() : undefined;
  for (let i = 0; i < chunks.length; i++) {
    const from = chunks[i];
    const to = i + 1 < chunks.length ? chunks[i + 1] : body.length;
    const chunkText = body.slice(from, to);
    let chunkModel = cache?.get(chunkText) ?? memo?.get(chunkText);
    if (!chunkModel) {
      // A slice keeps the whole document alive in V8: what the memo may keep is parsed from a copy of its own.
      const parsed = memo ? detached(chunkText) : chunkText;
      chunkModel = extract(processor.parse(parsed), parsed);
      memo?.set(parsed, chunkModel);
    }
    if (chunks.length > 1 && chunkModel.links.some((l) => l.kind === 'definition')) {
      // Link reference definitions apply to the whole document, so chunks cannot be parsed apart.
      const whole = extract(processor.parse(body), body);
      const shifted: MarkdownModel = { headings: [], links: [], tables: [], comments: [], codeRanges: [] };
      appendShifted(shifted, whole, bomLength);
      cache?.clear();
      return shifted;
    }
    nextCache?.set(chunkText, chunkModel);
    if (chunks.length === 1 && bomLength === 0 && !cache) return chunkModel;
    appendShifted(model, chunkModel, from + bomLength);
  }
  if (cache && nextCache) {
    cache.clear();
    for (const [k, v] of nextCache) cache.set(k, v);
  }
  model.codeRanges.sort((a, b) => a[0] - b[0]);
  return model;
}

/** A copy of `text` that shares no memory with the string it was sliced from (JSON.parse makes new strings). */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Offsets where chunks begin: ATX heading lines outside fenced code, merged to at least `target` characters. */
function chunkStarts(text: string, target: number): number[] {
  const starts = [0];
  let fence: string | undefined;
  let inComment = false;
  // An HTML block (a line starting with a tag) runs to the next blank line; headings inside it are HTML text.
  let inHtml = false;
  let lineStart = 0;
  let lastStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 64));
    const fenceMatch = FENCE_OPEN.exec(line);
    if (inComment) {
      if (text.slice(lineStart, lineEnd).includes('-->')) inComment = false;
    } else if (inHtml) {
      if (text.slice(lineStart, lineEnd).trim() === '') inHtml = false;
    } else if (fence) {
      const close = FENCE_CLOSE.exec(text.slice(lineStart, lineEnd));
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
    } else if (opensComment(text.slice(lineStart, lineEnd))) {
      inComment = true;
    } else if (HTML_BLOCK_START.test(line)) {
      // Conservative: a missed chunk boundary only costs time, a wrong one would change the parse.
      inHtml = true;
    } else if (ATX_HEADING.test(line) && lineStart - lastStart >= target) {
      starts.push(lineStart);
      lastStart = lineStart;
    }
    lineStart = lineEnd + 1;
  }
  return starts;
}

/** A line that opens an HTML comment without closing it, so the following lines belong to the comment. */
function opensComment(line: string): boolean {
  const open = line.lastIndexOf('<!--');
  return open >= 0 && !line.includes('-->', open + 4);
}

function appendShifted(into: MarkdownModel, from: MarkdownModel, by: number): void {
  for (const h of from.headings) into.headings.push({ ...h, start: h.start + by, end: h.end + by });
  for (const l of from.links) into.links.push({ ...l, start: l.start + by, end: l.end + by });
  for (const t of from.tables) {
    into.tables.push({
      start: t.start + by,
      end: t.end + by,
      lines: t.lines.map((r) => ({ start: r.start + by, end: r.end + by })),
    });
  }
  for (const c of from.comments) into.comments.push({ ...c, start: c.start + by, end: c.end + by });
  for (const [s, e] of from.codeRanges) into.codeRanges.push([s + by, e + by]);
}

function extract(tree: Root, source: string): MarkdownModel {
  const model: MarkdownModel = { headings: [], links: [], tables: [], comments: [], codeRanges: [] };
  const visit = (node: Nodes, inLink: boolean): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'heading':
        // Without list parsing, "- item" followed by "---" would read as a setext heading; it is a list item
        // and a thematic break.
        if (!SETEXT_LIST_ITEM.test(source.slice(start, Math.min(end, start + 16)))) {
          model.headings.push({ depth: node.depth, text: plainText(node.children), start, end });
        }
        break;
      case 'link': {
        const label = plainText(node.children);
        const autolink = label === node.url || `mailto:${label}` === node.url || source.charCodeAt(start) === 0x3c;
        model.links.push({ url: node.url, label, start, end, kind: autolink ? 'autolink' : 'link' });
        break;
      }
      case 'image':
        model.links.push({ url: node.url, label: node.alt ?? '', start, end, kind: 'image' });
        return;
      case 'definition':
        model.links.push({ url: node.url, label: node.label ?? node.identifier, start, end, kind: 'definition' });
        return;
      case 'text': {
        if (inLink) return;
        const raw = source.slice(start, end);
        if (!HAS_URL_START.test(raw)) return;
        BARE_URL.lastIndex = 0;
        for (let m = BARE_URL.exec(raw); m; m = BARE_URL.exec(raw)) {
          const url = trimUrl(m[0]);
          const at = start + m.index;
          model.links.push({ url: /^www\./i.test(url) ? `https://${url}` : url, label: url, start: at, end: at + url.length, kind: 'autolink' });
        }
        return;
      }
      case 'code':
      case 'inlineCode':
        model.codeRanges.push([start, end]);
        return;
      case 'html': {
        const comment = HTML_COMMENT.exec(node.value.trim());
        if (comment) {
          model.comments.push({ body: comment[1].trim(), start, end });
          model.codeRanges.push([start, end]);
        } else {
          HTML_HREF.lastIndex = 0;
          for (let m = HTML_HREF.exec(node.value); m; m = HTML_HREF.exec(node.value)) {
            model.links.push({ url: m[1], label: '', start, end, kind: 'html' });
          }
        }
        return;
      }
      case 'table': {
        const lines: TableModel['lines'] = [];
        let lineStart = start;
        while (lineStart < end) {
          let lineEnd = source.indexOf('\n', lineStart);
          if (lineEnd < 0 || lineEnd > end) lineEnd = end;
          const realEnd = lineEnd > lineStart && source.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
          lines.push({ start: lineStart, end: realEnd });
          lineStart = lineEnd + 1;
        }
        model.tables.push({ start, end, lines });
        break;
      }
      default:
        break;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child, inLink || node.type === 'link');
  };
  visit(tree, false);
  model.codeRanges.sort((a, b) => a[0] - b[0]);
  return model;
}

/** Drops trailing punctuation and unbalanced closing parentheses, as GitHub does for bare URLs. */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if ('.,:;!?*_~'.includes(last)) end--;
    else if (last === ')' && countOf(url.slice(0, end), '(') < countOf(url.slice(0, end), ')')) end--;
    else break;
  }
  return url.slice(0, end);
}

function countOf(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** Plain text of inline content, without emphasis delimiters (emphasis is not parsed, see above). */
export function plainText(nodes: readonly (PhrasingContent | RootContent)[]): string {
  return stripEmphasis(rawText(nodes));
}

function stripEmphasis(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  // `*` runs always delimit; `_` runs only at word edges (snake_case stays whole), as in CommonMark.
  return text.replace(/\*+/g, '').replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '');
}

function rawText(nodes: readonly (PhrasingContent | RootContent)[]): string {
  let out = '';
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html') out += node.value;
    else if (node.type === 'image') out += node.alt ?? '';
    else if ('children' in node) out += rawText(node.children);
  }
  return out;
}

/**
 * The source with code and HTML comments blanked out (same length, line breaks kept), so prose regexes can run
 * over the whole text and report offsets directly.
 */
export function maskCode(text: string, ranges: ReadonlyArray<[number, number]>): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    parts.push(text.slice(at, from));
    parts.push(text.slice(from, e).replace(/[^\r\n]/g, ' '));
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
