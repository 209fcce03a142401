/** The parsed model of each kind of file, and the one place that chooses the parser for a kind. */
import type { ChunkCache } from './markdown';
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

/** Parses a text as the given kind; `cache` lets Markdown re-parse only the chunks that changed. */
export function parseDocument<K extends FileKind>(kind: K, text: string, cache?: ChunkCache): DocumentOfKind[K] {
  return PARSERS[kind](text, cache);
}
