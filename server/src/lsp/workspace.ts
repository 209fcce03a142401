/**
 * What the server knows of the workspace: its folders, each folder's security files and configuration file, and
 * the editor settings per document. Everything is read once and dropped on the events that change it. Folders are
 * read through FolderHosts, so this works the same on disk and in the browser.
 */
import type { WorkspaceFolder } from 'vscode-languageserver';
import {
  CONFIG_FILE_NAME,
  configFromSettings,
  DEFAULT_CONFIG,
  defaultKind,
  knownRuleIds,
  mergeConfigs,
  type Config,
  type ParsedConfigFile,
} from '../index';
import { todayUtc } from '../core/today';
import { trimTrailingSlashes } from '../core/text';
import { kindOf } from './documents';
import type { ConfigFileRead, FolderHost, FolderHosts, PreparedEnvironment } from './folders';

export interface WorkspaceEvents {
  /** Asks the client for the `securityPolicy` settings of a document. */
  requestSettings(uri: string): Promise<unknown>;
  /** A configuration file was (re)read: its problems are to be shown; undefined when it could not be read. */
  configRead(uri: string, file: ConfigFileRead | undefined, error?: unknown): void;
}

export class ServerWorkspace {
  private folders: FolderHost[] = [];
  private readonly configFiles = new Map<string, Promise<ParsedConfigFile | undefined>>();
  private readonly settings = new Map<string, Promise<unknown>>();
  /** Settings pushed by clients that cannot answer workspace/configuration. */
  private globalSettings: unknown;

  constructor(
    private readonly hosts: FolderHosts,
    private readonly events: WorkspaceEvents,
    private readonly configurationRequests: boolean,
  ) {}

  setFolders(folders: readonly WorkspaceFolder[]): void {
    this.folders = this.hostsOf(folders);
  }

  /** Reads each folder's configuration file now, so its problems show before any policy is opened. */
  loadConfigFiles(): void {
    for (const folder of this.folders) void this.loadConfigFile(folder);
  }

  changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(this.hostsOf(removed).map((f) => f.uri));
    const addedHosts = this.hostsOf(added);
    this.folders = [...this.folders.filter((f) => !gone.has(f.uri)), ...addedHosts];
    for (const folder of addedHosts) void this.loadConfigFile(folder);
  }

  roots(): readonly FolderHost[] {
    return this.folders;
  }

  /** The innermost workspace folder holding the document, if it is in one. */
  folderOf(uri: string): FolderHost | undefined {
    let best: FolderHost | undefined;
    let bestDepth = -1;
    for (const folder of this.folders) {
      const depth = folder.relativePath(uri) === undefined ? -1 : folder.uri.length;
      if (depth > bestDepth) [best, bestDepth] = [folder, depth];
    }
    return best;
  }

  setGlobalSettings(settings: unknown): void {
    this.globalSettings = settings;
  }

  /** Settings, the folder's configuration file and the defaults, merged. */
  async configFor(uri: string): Promise<Config> {
    const folder = this.folderOf(uri);
    const fromFile = folder ? (await this.loadConfigFile(folder))?.config : undefined;
    return mergeConfigs(DEFAULT_CONFIG, fromFile, configFromSettings(await this.settingsFor(uri), knownRuleIds));
  }

  async environmentFor(uri: string): Promise<PreparedEnvironment> {
    const kind = kindOf(uri) ?? defaultKind();
    const folder = this.folderOf(uri);
    if (!folder) return this.hosts.loose(uri, kind, todayUtc());
    return folder.environmentFor(uri, kind, todayUtc(), await this.orgDefaultsOf(folder));
  }

  /**
   * The organisation's `.github` repository for a folder, as GitHub pairs them: `orgDefaults` in its configuration
   * file, else a workspace folder named `.github` beside it (a workspace of an organisation's repositories).
   */
  private async orgDefaultsOf(folder: FolderHost): Promise<string | undefined> {
    const named = (await this.loadConfigFile(folder))?.config.orgDefaults;
    if (named !== undefined) return new URL(named, `${trimTrailingSlashes(folder.uri)}/`).toString();
    const slash = trimTrailingSlashes(folder.uri).lastIndexOf('/');
    if (slash < 0) return undefined;
    const sibling = `${folder.uri.slice(0, slash)}/.github`;
    return sibling !== folder.uri && this.folders.some((f) => trimTrailingSlashes(f.uri) === sibling)
      ? sibling
      : undefined;
  }

  /** Handles a changed file; true when open documents should be checked again. */
  fileChanged(uri: string): boolean {
    const configFolder = this.folders.find((f) => f.relativePath(uri) === CONFIG_FILE_NAME);
    if (configFolder) {
      this.configFiles.delete(configFolder.uri);
      void this.loadConfigFile(configFolder);
      return true;
    }
    if (!kindOf(uri)) return false;
    for (const folder of this.folders) folder.invalidate();
    return true;
  }

  settingsChanged(pushed: unknown): void {
    this.settings.clear();
    if (!this.configurationRequests) this.globalSettings = pushed;
  }

  forgetDocument(uri: string): void {
    this.settings.delete(uri);
  }

  private hostsOf(folders: readonly WorkspaceFolder[]): FolderHost[] {
    return folders.map((f) => this.hosts.folder(f.uri)).filter((f): f is FolderHost => f !== undefined);
  }

  private settingsFor(uri: string): Promise<unknown> {
    if (!this.configurationRequests)
      return Promise.resolve((this.globalSettings as { securityPolicy?: unknown } | undefined)?.securityPolicy);
    let pending = this.settings.get(uri);
    if (!pending) {
      pending = this.events.requestSettings(uri).catch(() => undefined);
      this.settings.set(uri, pending);
    }
    return pending;
  }

  private loadConfigFile(folder: FolderHost): Promise<ParsedConfigFile | undefined> {
    let pending = this.configFiles.get(folder.uri);
    if (!pending) {
      pending = folder.readConfigFile().then(
        (file) => {
          if (file) this.events.configRead(file.uri, file);
          return file?.parsed;
        },
        (error: unknown) => {
          this.events.configRead(`${folder.uri}/${CONFIG_FILE_NAME}`, undefined, error);
          return undefined;
        },
      );
      this.configFiles.set(folder.uri, pending);
    }
    return pending;
  }
}
