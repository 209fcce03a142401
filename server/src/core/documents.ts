/** The parsed model of each kind of file, and the one place that chooses the parser for a kind. */
import { rememberingChunks, type ChunkCache, type MarkdownModel } from '../kinds/md/markdown';
import { TextMemo } from './text-memo';
import { PolicyDocument } from '../kinds/md/policy';
import { SecurityTxtDocument } from '../kinds/txt/securitytxt';
import type { FileKind } from './types';
import { InsightsDocument } from '../kinds/si/document';

export interface DocumentOfKind {
  md: PolicyDocument;
  txt: SecurityTxtDocument;
  si: InsightsDocument;
}

export type AnyDocument = DocumentOfKind[FileKind];

const PARSERS: { [K in FileKind]: (text: string, cache?: ChunkCache) => DocumentOfKind[K] } = {
  md: (text, cache) => new PolicyDocument(text, cache),
  txt: (text) => new SecurityTxtDocument(text),
  si: (text) => new InsightsDocument(text),
};

/**
 * What a check of many repositories keeps from one repository to the next, by text: parsed sections of SECURITY.md
 * (see `rememberingChunks`) and whole documents of every kind, each within its budget of characters.
 */
export class ParseMemo {
  readonly chunks: TextMemo<MarkdownModel>;
  readonly documents: { [K in FileKind]: TextMemo<DocumentOfKind[K]> };

  constructor(budget: { chunkChars: number; documentChars: { [K in FileKind]: number } }) {
    this.chunks = new TextMemo(budget.chunkChars);
    const { md, txt, si } = budget.documentChars;
    // security.txt and security-insights.yml are usually copied whole, SECURITY.md has the repository's name in it.
    this.documents = { md: new TextMemo(md), txt: new TextMemo(txt, true), si: new TextMemo(si, true) };
  }
}

/** While `sharingDocuments` runs: the documents of this run by kind and text, and the memo it was given. */
let shared: { documents: { [K in FileKind]: Map<string, DocumentOfKind[K]> }; memo?: ParseMemo } | undefined;

/**
 * Runs `run` with documents of the same kind and text shared: a repository's SECURITY.md is read for its contacts
 * (when its security.txt is checked) and checked itself, and its model, channels and dates are worked out once.
 * Documents compute everything from their text alone and never change what they computed, so they can be shared,
 * also with later runs through `memo`.
 */
export function sharingDocuments<T>(run: () => T, memo?: ParseMemo): T {
  const outer = shared;
  shared = { documents: { md: new Map(), txt: new Map(), si: new Map() }, memo };
  try {
    return rememberingChunks(run, memo?.chunks);
  } finally {
    shared = outer;
  }
}

/** Documents a memo keeps: met again in another repository, so what the rules found in them is worth keeping. */
const remembered = new WeakSet<AnyDocument>();

/** True when `doc` is kept by the memo of a `sharingDocuments` run, to be met again. */
export function isRemembered(doc: AnyDocument): boolean {
  return remembered.has(doc);
}

/** Parses a text as the given kind; `cache` lets Markdown re-parse only the chunks that changed. */
export function parseDocument<K extends FileKind>(kind: K, text: string, cache?: ChunkCache): DocumentOfKind[K] {
  if (!shared || cache) return PARSERS[kind](text, cache);
  const documents = shared.documents[kind] as Map<string, DocumentOfKind[K]>;
  let doc = documents.get(text);
  if (doc) return doc;
  const memo = shared.memo?.documents[kind] as TextMemo<DocumentOfKind[K]> | undefined;
  doc = memo?.get(text);
  if (!doc) {
    doc = PARSERS[kind](text);
    if (memo?.set(text, doc)) remembered.add(doc);
  }
  documents.set(text, doc);
  return doc;
}
