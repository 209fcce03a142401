/**
 * Workspace folders the server cannot read itself (in the browser: vscode.dev, github.dev, a web worker extension
 * host): it asks the client, which reads through vscode.workspace.fs. Whether a linked file exists is asked once
 * per check for every link not known yet, and a check that asked is run again with the answers.
 */
import type { Connection } from 'vscode-languageserver';
import {
  contactSources,
  kindDescriptor,
  CONFIG_FILE_NAME,
  knownRuleIds,
  parseConfigFile,
  policyContactsOf,
  securityTxtContactsOf,
  type Environment,
  type FileKind,
} from '../index';
import { remoteWebUrl } from '../core/workspace-facts';
import { trimTrailingSlashes } from '../core/text';
import { FilesExistRequest, FindSecurityFilesRequest, ReadFileRequest, type ReadFileResult } from '../protocol';
import type { ConfigFileRead, FileRead, FolderHost, FolderHosts, PreparedEnvironment } from './folders';

/** An answer about a file's existence is trusted this long before the next check asks again. */
const EXISTENCE_TTL_MS = 5_000;
/** At most this many answers are kept; more are forgotten all at once. */
const MAX_KNOWN = 5_000;
/** At most this many links of one document are looked up. */
const MAX_ASKED = 500;

/** The client's files, and what is known of their existence. */
class ClientFiles {
  private readonly existence = new Map<string, { exists: boolean; at: number }>();

  constructor(private readonly connection: Connection) {}

  read(uri: string): Promise<ReadFileResult> {
    return this.connection.sendRequest(ReadFileRequest, { uri });
  }

  async text(uri: string): Promise<string | undefined> {
    const result = await this.read(uri).catch(() => undefined);
    return result && 'text' in result ? result.text : undefined;
  }

  find(folderUri: string): Promise<string[]> {
    return this.connection.sendRequest(FindSecurityFilesRequest, { folderUri });
  }

  /** `env` with a fileExists that answers from what is known and notes what is not. */
  prepare(env: Environment, resolveTarget: (target: string) => string | undefined): PreparedEnvironment {
    const asked = new Set<string>();
    const fileExists = (target: string): boolean | undefined => {
      const uri = resolveTarget(target);
      if (uri === undefined || asked.size >= MAX_ASKED) return undefined;
      asked.add(uri);
      return this.existence.get(uri)?.exists;
    };
    return { env: { ...env, fileExists }, lookUpMisses: () => this.lookUp([...asked]) };
  }

  /** Asks the client about the URIs not known or known too long; true when an answer differs from before. */
  private async lookUp(uris: string[]): Promise<boolean> {
    const now = Date.now();
    const due = uris.filter((uri) => now - (this.existence.get(uri)?.at ?? -Infinity) > EXISTENCE_TTL_MS);
    if (due.length === 0) return false;
    const answers = await this.connection.sendRequest(FilesExistRequest, { uris: due }).catch(() => undefined);
    if (!answers) return false;
    if (this.existence.size + due.length > MAX_KNOWN) this.existence.clear();
    let changed = false;
    due.forEach((uri, i) => {
      const exists = answers[i] === true;
      if (this.existence.get(uri)?.exists !== exists) changed = true;
      this.existence.set(uri, { exists, at: now });
    });
    return changed;
  }
}

/** Resolves a link target the way broken-link means it: relative to the file, or to the folder when it starts with `/`. */
function targetResolver(fileUri: string, folderUri: string | undefined): (target: string) => string | undefined {
  return (target) => {
    const fromRoot = target.startsWith('/') && folderUri !== undefined;
    const path = (fromRoot ? target.slice(1) : target).replace(/[%?#]/g, encodeURIComponent);
    try {
      return new URL(path, fromRoot ? `${folderUri}/` : fileUri).href;
    } catch {
      return undefined;
    }
  };
}

/** github.dev names a repository's folder `vscode-vfs://github/<owner>/<repo>`: its web URL needs no .git folder. */
export function repositoryUrlOfFolder(folderUri: string): string | undefined {
  const m = /^vscode-vfs:\/\/github\/([\w.-]{1,100})\/([\w.-]{1,100})$/.exec(folderUri);
  return m ? `https://github.com/${m[1]}/${m[2]}` : undefined;
}

interface FolderFacts {
  files: string[];
  policyContacts?: string[];
  securityTxtContacts?: string[];
  repositoryUrl?: string;
}

class WebFolderHost implements FolderHost {
  private facts: Promise<FolderFacts> | undefined;

  constructor(
    readonly uri: string,
    private readonly client: ClientFiles,
  ) {}

  relativePath(uri: string): string | undefined {
    if (uri === this.uri) return '';
    if (!uri.startsWith(`${this.uri}/`)) return undefined;
    try {
      return decodeURIComponent(uri.slice(this.uri.length + 1));
    } catch {
      return undefined;
    }
  }

  async environmentFor(uri: string, kind: FileKind, today: Date): Promise<PreparedEnvironment> {
    const facts = await this.factsOnce();
    const wants = kindDescriptor(kind).workspaceFacts;
    const env: Environment = {
      today,
      relativePath: this.relativePath(uri),
      workspaceFiles: facts.files,
      policyContacts: wants.includes('policyContacts') ? facts.policyContacts : undefined,
      securityTxtContacts: wants.includes('securityTxtContacts') ? facts.securityTxtContacts : undefined,
      repositoryUrl: wants.includes('repositoryUrl') ? facts.repositoryUrl : undefined,
    };
    return this.client.prepare(env, targetResolver(uri, this.uri));
  }

  async readConfigFile(): Promise<ConfigFileRead | undefined> {
    const uri = this.childUri(CONFIG_FILE_NAME);
    const result = await this.client.read(uri);
    if ('missing' in result) return undefined;
    if ('unreadable' in result) throw new Error(result.unreadable);
    return { uri, text: result.text, parsed: parseConfigFile(result.text, knownRuleIds) };
  }

  securityFileUris(): Promise<string[]> {
    return this.client.find(this.uri);
  }

  async readFile(uri: string): Promise<FileRead> {
    const result = await this.client.read(uri);
    if ('text' in result) return { ok: true, text: result.text };
    return { ok: false, reason: 'missing' in result ? 'no such file or folder' : result.unreadable };
  }

  invalidate(): void {
    this.facts = undefined;
  }

  private childUri(relativePath: string): string {
    return `${this.uri}/${relativePath.split('/').map(encodeURIComponent).join('/')}`;
  }

  private factsOnce(): Promise<FolderFacts> {
    this.facts ??= this.readFacts().catch(() => ({ files: [] }));
    return this.facts;
  }

  private async readFacts(): Promise<FolderFacts> {
    const files = (await this.client.find(this.uri))
      .map((uri) => this.relativePath(uri))
      .filter((p): p is string => p !== undefined)
      .sort();
    const sources = contactSources(files);
    const policyText = sources.policy === undefined ? undefined : await this.client.text(this.childUri(sources.policy));
    const txtText =
      sources.securityTxt === undefined ? undefined : await this.client.text(this.childUri(sources.securityTxt));
    const gitConfig = await this.client.text(this.childUri('.git/config'));
    return {
      files,
      policyContacts: policyText === undefined ? undefined : policyContactsOf(policyText),
      securityTxtContacts: txtText === undefined ? undefined : securityTxtContactsOf(txtText),
      repositoryUrl: (gitConfig === undefined ? undefined : remoteWebUrl(gitConfig)) ?? repositoryUrlOfFolder(this.uri),
    };
  }
}

/** Folders of any scheme, read through the client. */
export function webFolders(connection: Connection): FolderHosts {
  const client = new ClientFiles(connection);
  return {
    folder: (uri) => new WebFolderHost(trimTrailingSlashes(uri), client),
    loose: (uri, _kind, today) => Promise.resolve(client.prepare({ today }, targetResolver(uri, undefined))),
  };
}
