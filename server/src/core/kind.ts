/**
 * A kind of security file (SECURITY.md, security.txt, security-insights.yml) as the engine and its hosts know it:
 * one descriptor per kind, in `kinds/<id>/kind.ts`, and the registry every table of kinds is built from. The core
 * names no kind: each kind adds its document type to `DocumentOfKind` and registers its descriptor.
 */
import type { LineIndex } from './text';
import type { Rule } from './rule';
import type { KindAssist } from './assist';

/**
 * The parsed document of each kind, by id. Empty here: each kind adds itself by declaration merging
 * (`declare module '../../core/kind' { interface DocumentOfKind { md: PolicyDocument } }`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DocumentOfKind {}

/** The id of a kind of file; the same word in code, folders, configuration, output and docs. */
export type FileKind = Extract<keyof DocumentOfKind, string>;

/** What every document offers the core: its text and where its lines start. */
export interface KindDocument {
  readonly text: string;
  readonly lines: LineIndex;
}

/** A cache a host keeps for one open document across its versions, so a kind can re-parse only what changed. */
export type ParseCache = Map<string, unknown>;

/** Workspace facts a kind's rules may read; hosts compute only those some kind of the checked file asks for. */
export type WorkspaceFact = 'policyContacts' | 'securityTxtContacts' | 'repositoryUrl';

export interface DirectiveComment {
  /** The comment's text without its delimiters, trimmed. */
  body: string;
  start: number;
  end: number;
}

/** How a kind's disable comments are read and written. */
export interface CommentSyntax<D> {
  /** The comments of a document, for reading directives. */
  comments(doc: D): DirectiveComment[];
  /** A comment holding `body`, as written in this kind of file. */
  write(body: string): string;
  /** True: a comment may end a line of content. False: comments are whole lines. */
  trailing: boolean;
  /** Lines where no comment may be added (tables and fences in Markdown; the OpenPGP envelope of security.txt). */
  refuses(doc: D, lineStart: number, lineText: string): boolean;
  /** Where a file-wide directive goes: after anything that must come first (a BOM, an OpenPGP header). */
  fileStart(doc: D): number | undefined;
}

/** A memo of a kind's parts (sections of a Markdown text) that a check of many repositories keeps. */
export interface PartsMemo {
  /** Runs `run` with this memo in use by the kind's parser. */
  around<T>(run: () => T): T;
  /** How many parts were taken from the memo so far. */
  readonly hits: number;
}

/** What a check of many repositories keeps of a kind from one repository to the next. */
export interface MemoBudget {
  /** Characters of whole documents kept, by text. */
  documentChars: number;
  /** Keep a document the first time it is met (files usually copied whole), not the second. */
  keepFirstTime: boolean;
  /** Characters of parts kept, and the memo that keeps them (absent: the kind is parsed whole). */
  parts?: { chars: number; create(chars: number): PartsMemo };
}

/** Who a kind is and where its files are: all the client needs (pure data, in `kinds/<id>/locations.ts`). */
export interface KindFiles<K extends FileKind = FileKind> {
  id: K;
  /** How people name the file: "SECURITY.md". */
  displayName: string;
  /** The editor's language id (VS Code's, also sent by other LSP clients). */
  languageId: string;
  /**
   * Present when the extension contributes the language (package.json, written by `npm run generate`), so the
   * language alone selects the file: the names VS Code shows, the file names it recognises, and the grammar's scope
   * (`syntaxes/<languageId>.tmLanguage.json`, `snippets/<languageId>.code-snippets`,
   * `language-configuration.<languageId>.json`). Absent for a language other files share (markdown): such files are
   * selected by `globs` too.
   */
  contributes?: { aliases: readonly string[]; filenames: readonly string[]; scopeName: string };
  /** The language of a Markdown code fence showing such a file (the docs' examples). */
  fenceLanguage: string;
  /** The file names of this kind, any folder. */
  fileName: RegExp;
  /** Glob patterns for the same names, for editors' document selectors and file watchers. */
  globs: readonly string[];
  /** The folders, relative to a repository, where this kind is looked for ('' is the root). */
  searchedDirs: readonly string[];
}

/** A note every fix's title ends with, by id (core/messages/fixes translates it as `note/<id>`), and its English. */
export interface FixNote {
  id: string;
  text: string;
}

export interface KindDescriptor<K extends FileKind = FileKind> extends KindFiles<K> {
  parse(text: string, cache?: ParseCache): DocumentOfKind[K];
  comments: CommentSyntax<DocumentOfKind[K]>;
  /** The workspace facts this kind's rules read. */
  workspaceFacts: readonly WorkspaceFact[];
  memo: MemoBudget;
  /** Words added to every fix's title on this document (a signed security.txt: the signature must be renewed). */
  fixNote?(doc: DocumentOfKind[K]): FixNote | undefined;
  /** Completion and hover in files of this kind. */
  assist?: KindAssist;
  /** The rules that check this kind alone. */
  rules: readonly Rule[];
}

/** A descriptor of any one kind (a list of kinds holds these). */
export type AnyKindDescriptor = { [K in FileKind]: KindDescriptor<K> }[FileKind];

const descriptors = new Map<string, KindDescriptor>();
/** The same descriptors in registration order: file names are matched against this list for every file walked. */
const descriptorList: KindDescriptor[] = [];

/** The ids of the registered kinds, in registration order (a live list). */
export const FILE_KINDS: FileKind[] = [];
/** Every registered rule: each kind's own, then those that check several kinds (a live list). */
export const allRules: Rule[] = [];
export const allRuleMetas: Rule['meta'][] = [];
export const knownRuleIds = new Set<string>();
let version = 0;

/** Adds a kind and its rules. The built-in kinds are registered by the public entry; a test may add its own. */
export function registerKind<K extends FileKind>(descriptor: KindDescriptor<K>): void {
  if (descriptors.has(descriptor.id)) throw new Error(`The kind "${descriptor.id}" is registered twice.`);
  descriptors.set(descriptor.id, descriptor);
  descriptorList.push(descriptor);
  FILE_KINDS.push(descriptor.id);
  registerRules(descriptor.rules);
}

/** Adds rules that check several kinds (or, in a test, any rule). */
export function registerRules(rules: readonly Rule[]): void {
  for (const rule of rules) {
    if (knownRuleIds.has(rule.meta.id)) throw new Error(`The rule "${rule.meta.id}" is registered twice.`);
    allRules.push(rule);
    allRuleMetas.push(rule.meta);
    knownRuleIds.add(rule.meta.id);
  }
  version++;
}

/** Changes whenever rules are registered: caches of what runs on a kind compare it. */
export function registryVersion(): number {
  return version;
}

export function kindDescriptor<K extends FileKind>(id: K): KindDescriptor<K> {
  const descriptor = descriptors.get(id);
  if (!descriptor) throw new Error(`No kind "${id}" is registered.`);
  return descriptor as unknown as KindDescriptor<K>;
}

/** The kind a file of no known name is read as (a file named to the CLI without `--kind`): the first registered. */
export function defaultKind(): FileKind {
  const first = FILE_KINDS[0];
  if (first === undefined) throw new Error('No kind is registered.');
  return first;
}

export function isFileKind(id: string): id is FileKind {
  return descriptors.has(id);
}

/** Every registered descriptor, in registration order. */
export function kindDescriptors(): readonly KindDescriptor[] {
  return descriptorList;
}
