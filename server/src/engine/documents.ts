/** The parsed model of each kind of file, and the one place that chooses the parser for a kind. */
import { rememberingChunks, type ChunkCache } from './markdown';
import type { ChunkMemo } from './chunk-memo';
import { PolicyDocument } from './policy';
import { SecurityTxtDocument } from './securitytxt';
import type { FileKind } from './types';
import { InsightsDocument } from './insights/document';

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

/** Documents parsed while `sharingDocuments` runs, by kind and text; undefined otherwise. */
let shared: { [K in FileKind]: Map<string, DocumentOfKind[K]> } | undefined;

/**
 * Runs `run` with documents of the same kind and text shared: a repository's SECURITY.md is read for its contacts
 * (when its security.txt is checked) and checked itself, and its model, channels and dates are worked out once.
 * Documents compute everything from their text alone and never change what they computed, so they can be shared.
 * `memo` also shares parsed Markdown sections across documents (see `rememberingChunks`).
 */
export function sharingDocuments<T>(run: () => T, memo?: ChunkMemo): T {
  const outer = shared;
  shared = { md: new Map(), txt: new Map(), si: new Map() };
  try {
    return rememberingChunks(run, memo);
  } finally {
    shared = outer;
  }
}

/** Parses a text as the given kind; `cache` lets Markdown re-parse only the chunks that changed. */
export function parseDocument<K extends FileKind>(kind: K, text: string, cache?: ChunkCache): DocumentOfKind[K] {
  if (!shared || cache) return PARSERS[kind](text, cache);
  const documents = shared[kind] as Map<string, DocumentOfKind[K]>;
  let doc = documents.get(text);
  if (!doc) documents.set(text, (doc = PARSERS[kind](text)));
  return doc;
}
