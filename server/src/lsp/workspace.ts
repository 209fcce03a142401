/**
 * What the server knows of the workspace: its folders, each folder's security files and configuration file, and
 * the editor settings per document. Everything is read once and dropped on the events that change it.
 */
import { dirname } from 'node:path';
import type { WorkspaceFolder } from 'vscode-languageserver/node';
import {
  CONFIG_FILE_NAME,
  configFromSettings,
  DEFAULT_CONFIG,
  fileKindOf,
  knownRuleIds,
  mergeConfigs,
  type Config,
  type Environment,
  type ParsedConfigFile,
} from '../index';
import { isInside } from '../node/files';
import { environmentFor, readConfigFile, todayUtc, WorkspaceHost, type ConfigFile } from '../node/host';
import { filePath, kindOf } from './documents';

export interface WorkspaceEvents {
  /** Asks the client for the `securityPolicy` settings of a document. */
  requestSettings(uri: string): Promise<unknown>;
  /** A configuration file was (re)read: its problems are to be shown; undefined when it could not be read. */
  configRead(path: string, file: ConfigFile | undefined, error?: unknown): void;
}

export class ServerWorkspace {
  private folders: string[] = [];
  private readonly hosts = new Map<string, WorkspaceHost>();
  private readonly configFiles = new Map<string, ParsedConfigFile | undefined>();
  private readonly settings = new Map<string, Promise<unknown>>();
  /** Settings pushed by clients that cannot answer workspace/configuration. */
  private globalSettings: unknown;

  constructor(
    private readonly events: WorkspaceEvents,
    private readonly configurationRequests: boolean,
  ) {}

  setFolders(folders: readonly WorkspaceFolder[]): void {
    this.folders = folders.map((f) => filePath(f.uri)).filter((p): p is string => p !== undefined);
    this.hosts.clear();
  }

  /** Reads each folder's configuration file now, so its problems show before any policy is opened. */
  loadConfigFiles(): void {
    for (const root of this.folders) this.loadConfigFile(root);
  }

  changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => filePath(f.uri)));
    const addedRoots = added.map((f) => filePath(f.uri)).filter((p): p is string => p !== undefined);
    this.folders = [...this.folders.filter((f) => !gone.has(f)), ...addedRoots];
    this.hosts.clear();
    for (const root of addedRoots) this.loadConfigFile(root);
  }

  roots(): readonly string[] {
    return this.folders;
  }

  /** The innermost workspace folder holding the document, if it is a file in one. */
  folderOf(uri: string): string | undefined {
    const path = filePath(uri);
    if (!path) return undefined;
    let best: string | undefined;
    for (const root of this.folders) {
      if (isInside(root, path) && (!best || root.length > best.length)) best = root;
    }
    return best;
  }

  host(root: string): WorkspaceHost {
    let host = this.hosts.get(root);
    if (!host) {
      host = new WorkspaceHost(root);
      this.hosts.set(root, host);
    }
    return host;
  }

  setGlobalSettings(settings: unknown): void {
    this.globalSettings = settings;
  }

  /** Settings, the folder's configuration file and the defaults, merged. */
  async configFor(uri: string): Promise<Config> {
    const folder = this.folderOf(uri);
    const fromFile = folder ? this.loadConfigFile(folder)?.config : undefined;
    return mergeConfigs(DEFAULT_CONFIG, fromFile, configFromSettings(await this.settingsFor(uri), knownRuleIds));
  }

  environmentFor(uri: string): Environment {
    const path = filePath(uri);
    const today = todayUtc();
    if (!path) return { today };
    const folder = this.folderOf(uri);
    return environmentFor(path, kindOf(uri) ?? 'md', today, folder ? this.host(folder) : undefined);
  }

  /** Handles a changed file on disk; true when open documents should be checked again. */
  fileChanged(uri: string): boolean {
    const path = filePath(uri);
    if (!path) return false;
    if (path.endsWith(CONFIG_FILE_NAME)) {
      this.configFiles.delete(dirname(path));
      this.loadConfigFile(dirname(path));
      return true;
    }
    if (!fileKindOf(path)) return false;
    for (const host of this.hosts.values()) host.invalidate();
    return true;
  }

  settingsChanged(pushed: unknown): void {
    this.settings.clear();
    if (!this.configurationRequests) this.globalSettings = pushed;
  }

  forgetDocument(uri: string): void {
    this.settings.delete(uri);
  }

  private settingsFor(uri: string): Promise<unknown> {
    if (!this.configurationRequests) return Promise.resolve((this.globalSettings as { securityPolicy?: unknown } | undefined)?.securityPolicy);
    let pending = this.settings.get(uri);
    if (!pending) {
      pending = this.events.requestSettings(uri).catch(() => undefined);
      this.settings.set(uri, pending);
    }
    return pending;
  }

  private loadConfigFile(folder: string): ParsedConfigFile | undefined {
    if (this.configFiles.has(folder)) return this.configFiles.get(folder);
    let parsed: ParsedConfigFile | undefined;
    try {
      const file = readConfigFile(folder);
      if (file) this.events.configRead(file.path, file);
      parsed = file?.parsed;
    } catch (error) {
      this.events.configRead(`${folder}/${CONFIG_FILE_NAME}`, undefined, error);
    }
    this.configFiles.set(folder, parsed);
    return parsed;
  }
}
