/** Parsing a text as a kind of file, and the documents shared within a run and remembered across repositories. */
import { TextMemo } from './text-memo';
import {
  kindDescriptor,
  kindDescriptors,
  type DocumentOfKind,
  type FileKind,
  type ParseCache,
  type PartsMemo,
} from './kind';

export type { DocumentOfKind } from './kind';
export type AnyDocument = DocumentOfKind[FileKind];

/**
 * What a check of many repositories keeps from one repository to the next, by text: whole documents of every kind
 * and the parts of kinds parsed in parts (sections of SECURITY.md), each within the budget its kind sets.
 */
export class ParseMemo {
  private readonly documents = new Map<FileKind, TextMemo<AnyDocument>>();
  private readonly parts: PartsMemo[] = [];

  /** `chars`: one budget for every memo instead of each kind's own (tests). */
  constructor(chars?: number) {
    for (const kind of kindDescriptors()) {
      this.documents.set(kind.id, new TextMemo(chars ?? kind.memo.documentChars, kind.memo.keepFirstTime));
      if (kind.memo.parts) this.parts.push(kind.memo.parts.create(chars ?? kind.memo.parts.chars));
    }
  }

  documentsOf(kind: FileKind): TextMemo<AnyDocument> | undefined {
    return this.documents.get(kind);
  }

  /** How many parts of any kind were taken from the memo so far. */
  partHits(): number {
    return this.parts.reduce((sum, parts) => sum + parts.hits, 0);
  }

  /** Runs `run` with every kind's memo of parts in use. */
  around<T>(run: () => T): T {
    return this.parts.reduce<() => T>((inner, parts) => () => parts.around(inner), run)();
  }
}

/** While `sharingDocuments` runs: the documents of this run by kind and text, and the memo it was given. */
let shared: { documents: Map<FileKind, Map<string, AnyDocument>>; memo?: ParseMemo } | undefined;

/**
 * Runs `run` with documents of the same kind and text shared: a repository's SECURITY.md is read for its contacts
 * (when its security.txt is checked) and checked itself, and its model, channels and dates are worked out once.
 * Documents compute everything from their text alone and never change what they computed, so they can be shared,
 * also with later runs through `memo`.
 */
export function sharingDocuments<T>(run: () => T, memo?: ParseMemo): T {
  const outer = shared;
  shared = { documents: new Map(), memo };
  try {
    return memo ? memo.around(run) : run();
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

/** Parses a text as the given kind; `cache` lets a kind re-parse only the parts that changed. */
export function parseDocument<K extends FileKind>(kind: K, text: string, cache?: ParseCache): DocumentOfKind[K] {
  const kindOfText = kindDescriptor(kind);
  if (!shared || cache) return kindOfText.parse(text, cache);
  let documents = shared.documents.get(kind);
  if (!documents) shared.documents.set(kind, (documents = new Map<string, AnyDocument>()));
  let doc = documents.get(text) as DocumentOfKind[K] | undefined;
  if (doc) return doc;
  const memo = shared.memo?.documentsOf(kind);
  doc = memo?.get(text) as DocumentOfKind[K] | undefined;
  if (!doc) {
    doc = kindOfText.parse(text);
    if (memo?.set(text, doc)) remembered.add(doc);
  }
  documents.set(text, doc);
  return doc;
}
