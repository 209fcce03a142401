/**
 * What the server asks of the engine, which may take long on a large or hostile document (checking it, its code
 * actions, which parse it and may fix it all, completion and hover, which may parse it, the contacts of a policy),
 * as functions of plain data behind one interface, `Checker`. The
 * Node server runs them in worker threads (./node-checker.ts), so no check delays an answer about another document;
 * the browser build runs them in its one thread (a web extension may not start workers everywhere), yielding
 * between rules on large documents.
 */
import type { CodeAction, CodeActionContext, CompletionItem, Hover, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  checkTextAsync,
  fixText,
  kindDescriptor,
  policyContactsOf,
  type Config,
  type Environment,
  type FileKind,
  type Finding,
  type LintResult,
  type ParseCache,
} from '../index';
import { completions, hover } from './assist';
import { codeActions } from './code-actions';

export interface CheckRequest {
  /** The open document checked, whose parse cache is reused; undefined for a file checked once. */
  uri?: string;
  text: string;
  kind: FileKind;
  config: Config;
  env: Environment;
}

export interface ActionsRequest extends CheckRequest {
  uri: string;
  version: number;
  context: CodeActionContext;
  /** Findings of this version, when its last check was of it. */
  findings: readonly Finding[];
  /** The client asks for an action's edit when it is chosen (see CodeActionInput). */
  resolvesEdits?: boolean;
  /** The client's interface language, for the actions' titles. */
  locale?: string;
}

export interface AssistRequest {
  uri: string;
  version: number;
  text: string;
  kind: FileKind;
  position: Position;
  /** The character that triggered completion. */
  trigger?: string;
}

/** Each answer is undefined when `isStale` said, before or during the work, that it is no longer wanted. */
export interface Checker {
  check(request: CheckRequest, isStale: () => boolean): Promise<LintResult | undefined>;
  codeActions(request: ActionsRequest, isStale: () => boolean): Promise<CodeAction[] | undefined>;
  completions(request: AssistRequest, isStale: () => boolean): Promise<CompletionItem[] | undefined>;
  /** Null when there is nothing to show. */
  hover(request: AssistRequest, isStale: () => boolean): Promise<Hover | null | undefined>;
  policyContacts(text: string, isStale: () => boolean): Promise<string[] | undefined>;
  /** The document was closed: drop what was kept for it. */
  forget(uri: string): void;
}

/** Open documents whose parse caches are kept; the least recently checked is dropped beyond. */
const MAX_CACHED_DOCUMENTS = 32;

/** Parse caches of open documents, by URI. */
export class ParseCaches {
  private readonly caches = new Map<string, ParseCache>();

  of(uri: string | undefined): ParseCache | undefined {
    if (uri === undefined) return undefined;
    const cache = this.caches.get(uri) ?? new Map<string, unknown>();
    this.caches.delete(uri);
    this.caches.set(uri, cache);
    if (this.caches.size > MAX_CACHED_DOCUMENTS) this.caches.delete(this.caches.keys().next().value!);
    return cache;
  }

  forget(uri: string): void {
    this.caches.delete(uri);
  }
}

/** The code actions of a document, computed from plain data. */
export function codeActionsFor(request: ActionsRequest): CodeAction[] {
  const { text, kind, context, findings, resolvesEdits, locale } = request;
  const document = documentOf(request);
  const options = { kind, config: request.config, env: request.env };
  const fixAll = () => fixText(text, options).text;
  return codeActions({ document, kind, context, findings, resolvesEdits, locale, fixAll });
}

function documentOf(request: { uri: string; version: number; text: string; kind: FileKind }): TextDocument {
  return TextDocument.create(request.uri, kindDescriptor(request.kind).languageId, request.version, request.text);
}

export function completionsFor(request: AssistRequest, cache?: ParseCache): CompletionItem[] {
  return completions(documentOf(request), request.kind, request.position, request.trigger, new Date(), cache);
}

export function hoverFor(request: AssistRequest): Hover | null {
  return hover(documentOf(request), request.kind, request.position);
}

/** A check of `request`, stopping between rules when `isCancelled`; undefined when it stopped. */
export function checkRequest(
  request: CheckRequest,
  cache: ParseCache | undefined,
  isCancelled: () => boolean,
  yieldControl: () => Promise<void>,
): Promise<LintResult | undefined> {
  const { text, kind, config, env } = request;
  return checkTextAsync(text, { kind, config, env, cache, isCancelled, yieldControl });
}

/** Large documents are checked with pauses between rules so that other messages are answered meanwhile. */
const YIELD_THRESHOLD = 64 * 1024;

/** Lets pending messages in between rules: setImmediate on Node, a zero timeout in the browser. */
const yieldToEvents = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
const noYield = (): Promise<void> => Promise.resolve();

/** Runs everything in this thread: the browser build's checker. */
export function inThreadChecker(): Checker {
  const caches = new ParseCaches();
  return {
    check: (request, isStale) =>
      checkRequest(
        request,
        caches.of(request.uri),
        isStale,
        request.text.length >= YIELD_THRESHOLD ? yieldToEvents : noYield,
      ),
    codeActions: (request, isStale) => Promise.resolve(isStale() ? undefined : codeActionsFor(request)),
    completions: (request, isStale) =>
      Promise.resolve(isStale() ? undefined : completionsFor(request, caches.of(request.uri))),
    hover: (request, isStale) => Promise.resolve(isStale() ? undefined : hoverFor(request)),
    policyContacts: (text, isStale) => Promise.resolve(isStale() ? undefined : policyContactsOf(text)),
    forget: (uri) => caches.forget(uri),
  };
}
