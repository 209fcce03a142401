/**
 * Markdown parsing for SECURITY.md: micromark (the parser of remark-parse) with GFM tables, reduced to the few
 * structures the rules need (headings, links, tables, code and comment ranges), all with absolute UTF-16 offsets.
 * The model is built straight from micromark's events (./markdown-events.ts), not from an mdast tree.
 *
 * Documents are parsed in chunks that start at ATX headings outside code fences and comments, and each chunk's
 * result is cached by its text, so an edit re-parses only the chunk it touched.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { gfmTable } from 'micromark-extension-gfm-table';
import { blockStarts, boundedStarts, sectionStarts } from './markdown-chunks';
import { defuse } from './markdown-bounds';
import { modelFromEvents } from './markdown-events';
import { isProse } from './markdown-prose';
import { simpleModelOf } from './markdown-simple';
import { bareUrls, emptyModel } from './markdown-text';
import type { TextMemo } from '../../core/text-memo';

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
  /** Ranges read as plain text because their markup passes a bound (./markdown-bounds.ts); absent when none. */
  plainRanges?: Array<[number, number]>;
}

export type ChunkCache = Map<string, MarkdownModel>;

/**
 * The constructs no rule reads, turned off: measured to cut parse time by about a third. Emphasis (the slowest part
 * of inline parsing), character references, hard breaks, and list containers with indented code. Rules read list
 * items from the source lines (engine/policy.ts), so list items parse as paragraphs; fenced code, headings, links,
 * tables, comments and block quotes are parsed as usual. Of GitHub Flavored Markdown only tables are parsed: the
 * autolink-literal extension alone costs about 40% of parse time, so bare URLs are found by a scan of text nodes.
 */
export const MICROMARK_EXTENSIONS = [
  gfmTable(),
  {
    disable: {
      null: ['attention', 'characterReference', 'hardBreakEscape', 'hardBreakTrailing', 'list', 'codeIndented'],
    },
  },
];

/**
 * One parser for every document: `parse` merges the constructs of every extension, which costs as much as parsing a
 * short section. What it keeps of a document (its definitions, its lazy lines) is reset before each one.
 */
const parser = parse({ extensions: MICROMARK_EXTENSIONS });

/** The model of a Markdown text, offsets relative to it. */
export function markdownModelOf(text: string): MarkdownModel {
  // Prose holds nothing micromark would find but bare URLs, which are found in text nodes by the same scan; the
  // plainest headings, links and code spans are read without it too.
  if (isProse(text)) return { ...emptyModel(), links: bareUrls(text, 0, text.length) };
  return simpleModelOf(text) ?? parsedModelOf(text);
}

/** The model of a Markdown text from micromark's events, whatever the text holds. */
export function parsedModelOf(text: string): MarkdownModel {
  parser.defined = [];
  parser.lazy = {};
  const bounded = defuse(text);
  const model = modelFromEvents(
    postprocess(parser.document().write(preprocess()(bounded.text, undefined, true))),
    bounded.text,
  );
  if (bounded.plain.length > 0) model.plainRanges = bounded.plain;
  return model;
}

/**
 * Chunks are merged up to about this size so that the per-parse overhead of an edit stays small. Across documents
 * (the memo) every section stays its own chunk: a repository's own line then costs the parse of its section, not of
 * its neighbours too (bench g: 235 KB parsed for 1,000 repositories instead of 360 KB with merging).
 */
const CHUNK_TARGET = 256;

/**
 * A document longer than this is parsed in pieces of at most about MAX_PIECE characters, so that the parser's
 * memory (a few hundred bytes per token) stays bounded; link reference definitions then apply within their piece,
 * as they do in any document cut because of a paragraph of more than MAX_PARAGRAPH_LINES lines.
 */
const LARGE_DOCUMENT = 256 * 1024;
const MAX_PIECE = 8 * 1024;
/** Lines of one paragraph parsed together at most; real policies' longest paragraphs have a few dozen. */
const MAX_PARAGRAPH_LINES = 200;

/**
 * A stretch of a document parsed on its own (a section, in the memo or the editor's cache), offsets in the document.
 * Its model is shared with every document that has the same stretch, so what is worked out from the stretch alone
 * can be kept with it (see ./section-scans.ts).
 */
export interface MarkdownPiece {
  start: number;
  end: number;
  model: MarkdownModel;
}

export interface ParsedMarkdown {
  model: MarkdownModel;
  /** The stretches parsed apart, in order; empty when the text was parsed whole after all (link definitions). */
  pieces: MarkdownPiece[];
}

/** Chunks remembered across documents while `rememberingChunks` runs; undefined otherwise. */
let chunkMemo: TextMemo<MarkdownModel> | undefined;

/**
 * Runs `run` with documents parsed in chunks, each chunk already in `memo` taken from it (the CLI's check of many
 * repositories; see ./text-memo.ts). Models are never changed once built, so they can be shared. Without `memo`,
 * the memo of an enclosing call stays in use.
 */
export function rememberingChunks<T>(run: () => T, memo?: TextMemo<MarkdownModel>): T {
  const outer = chunkMemo;
  chunkMemo = memo ?? outer;
  try {
    return run();
  } finally {
    chunkMemo = outer;
  }
}

export function parseMarkdown(text: string, cache?: ChunkCache, options: { chunked?: boolean } = {}): MarkdownModel {
  return parseMarkdownPieces(text, cache, options).model;
}

/** The model of a text and the pieces it was parsed in; `cache` lets only the chunks that changed be parsed again. */
export function parseMarkdownPieces(
  text: string,
  cache: ChunkCache | undefined,
  options: { chunked?: boolean } = {},
): ParsedMarkdown {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bomLength ? text.slice(1) : text;
  const model = emptyModel();
  const pieces: MarkdownPiece[] = [];
  // Chunks pay off only when a cache keeps them between versions or a memo across documents; a one-off check
  // parses the text whole.
  const memo = cache ? undefined : chunkMemo;
  const large = body.length > LARGE_DOCUMENT;
  const sections =
    large || (options.chunked ?? (cache !== undefined || memo !== undefined))
      ? sectionStarts(body, memo ? 0 : CHUNK_TARGET)
      : [0];
  const chunks = boundedStarts(body, sections, {
    maxChars: large ? MAX_PIECE : Infinity,
    maxLines: MAX_PARAGRAPH_LINES,
  });
  const cut = chunks.length > sections.length;
  const nextCache: ChunkCache | undefined = cache ? new Map() : undefined;
  for (let i = 0; i < chunks.length; i++) {
    const from = chunks[i];
    const to = i + 1 < chunks.length ? chunks[i + 1] : body.length;
    const chunkText = body.slice(from, to);
    const chunkModel =
      cache?.get(chunkText) ??
      (memo ? fromMemo(memo, chunkText, (section) => sectionModelOf(section, memo)) : markdownModelOf(chunkText));
    if (!cut && chunks.length > 1 && chunkModel.links.some((l) => l.kind === 'definition')) {
      // Link reference definitions apply to the whole document, so chunks cannot be parsed apart.
      const whole = markdownModelOf(body);
      const shifted = emptyModel();
      appendShifted(shifted, whole, bomLength);
      cache?.clear();
      return { model: shifted, pieces: [] };
    }
    nextCache?.set(chunkText, chunkModel);
    pieces.push({ start: from + bomLength, end: to + bomLength, model: chunkModel });
    if (chunks.length === 1 && bomLength === 0 && !cache) return { model: chunkModel, pieces };
    appendShifted(model, chunkModel, from + bomLength);
  }
  if (cache && nextCache) {
    cache.clear();
    for (const [k, v] of nextCache) cache.set(k, v);
  }
  model.codeRanges.sort((a, b) => a[0] - b[0]);
  return { model, pieces };
}

/**
 * A section's model from its blocks (see ./markdown-chunks.ts), each block met in another section taken from the
 * memo: a repository's own line costs the parse of its paragraph, not of its whole section.
 */
function sectionModelOf(section: string, memo: TextMemo<MarkdownModel>): MarkdownModel {
  const starts = blockStarts(section);
  if (starts.length === 1) return markdownModelOf(section);
  const model = emptyModel();
  for (let i = 0; i < starts.length; i++) {
    const block = section.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : section.length);
    appendShifted(model, fromMemo(memo, block, markdownModelOf), starts[i]);
  }
  return model;
}

/** The model `memo` holds for `text`; else `parse` of it, of a copy of it when the memo keeps it. */
function fromMemo(memo: TextMemo<MarkdownModel>, text: string, parse: (own: string) => MarkdownModel): MarkdownModel {
  // A slice keeps the whole document alive in V8: what the memo keeps is parsed from a copy of its own.
  return memo.remember(text, parse, detached);
}

/** A copy of `text` that shares no memory with the string it was sliced from (JSON.parse makes new strings). */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
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
  for (const [s, e] of from.plainRanges ?? []) (into.plainRanges ??= []).push([s + by, e + by]);
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
    parts.push(text.slice(from, e).replace(/[^\r\n]+/g, (line) => ' '.repeat(line.length)));
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
