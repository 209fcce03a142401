/**
 * The Node host of the engine, shared by the CLI and the language server: today's date, the configuration file,
 * and the Environment a check needs (the workspace's security files, its SECURITY.md contacts, or those of the
 * organisation's default policy it inherits, whether a linked file exists). Each front end adds only what is its own: flags and exit codes, or LSP settings and events.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  CONFIG_FILE_NAME,
  isStandardPolicyPath,
  kindDescriptor,
  knownRuleIds,
  parseConfigFile,
  type Environment,
  type FileKind,
  type ParsedConfigFile,
} from '../index';
import {
  isInside,
  readRemoteUrl,
  toPosix,
  walkSecurityFiles,
  workspacePolicyContacts,
  workspaceSecurityTxtContacts,
  type FolderListings,
} from './files';

export { todayUtc } from '../core/today';

export interface ConfigFile {
  path: string;
  text: string;
  parsed: ParsedConfigFile;
}

/** The `.security-policy.json` at a path (default: in `folder`), parsed; undefined when there is none. Throws when unreadable. */
export function readConfigFile(folder: string, path: string = join(folder, CONFIG_FILE_NAME)): ConfigFile | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  return { path, text, parsed: parseConfigFile(text, knownRuleIds) };
}

/**
 * An organisation's default policy, which GitHub shows for a repository with no SECURITY.md of its own in the
 * root, `.github/` or `docs/`: the folder of the organisation's `.github` repository, the policy's path in it, and
 * how rules name it (`acme/.github: SECURITY.md`).
 */
export interface InheritedPolicy {
  root: string;
  policy: string;
  label: string;
}

/** One workspace folder (or the folder the CLI checks): its security files walked once, its policy's contacts read once. */
export class WorkspaceHost {
  private files: string[] | undefined;
  private contacts: { value: string[] | undefined } | undefined;
  private txtContacts: { value: string[] | undefined } | undefined;
  private remote: { value: string | undefined } | undefined;

  /**
   * `listings`: folders of the root read just before (by the CLI's search), used by the first walk only.
   * `defaults`: the organisation's default policy, which applies when the workspace has no policy of its own.
   */
  constructor(
    readonly root: string,
    private listings?: FolderListings,
    readonly defaults?: InheritedPolicy,
  ) {}

  /** The organisation's default policy when GitHub would show it here: the workspace has no policy of its own. */
  inheritedPolicy(): InheritedPolicy | undefined {
    return this.defaults && !this.securityFiles().some(isStandardPolicyPath) ? this.defaults : undefined;
  }

  /** Every security file under the root (relative, `/`-separated), walked on first use. */
  securityFiles(): readonly string[] {
    if (!this.files) {
      this.files = walkSecurityFiles(this.root, undefined, this.listings);
      this.listings = undefined;
    }
    return this.files;
  }

  /** Contacts of the workspace's own SECURITY.md, for contact-mismatch in security.txt. */
  policyContacts(): string[] | undefined {
    const inherited = this.inheritedPolicy();
    this.contacts ??= {
      value: inherited
        ? workspacePolicyContacts(inherited.root, [inherited.policy])
        : workspacePolicyContacts(this.root, this.securityFiles()),
    };
    return this.contacts.value;
  }

  /** Contact values of the workspace's security.txt, for contact-mismatch in security-insights.yml. */
  securityTxtContacts(): string[] | undefined {
    this.txtContacts ??= { value: workspaceSecurityTxtContacts(this.root, this.securityFiles()) };
    return this.txtContacts.value;
  }

  /** The web URL of the git remote, read from .git/config (no git process is run). */
  repositoryUrl(): string | undefined {
    this.remote ??= { value: readRemoteUrl(this.root) };
    return this.remote.value;
  }

  /** Forget what was read: a security file was added, removed or changed. */
  invalidate(): void {
    this.files = undefined;
    this.contacts = undefined;
    this.txtContacts = undefined;
    this.remote = undefined;
  }

  contains(path: string): boolean {
    return isInside(this.root, path);
  }
}

/** The Environment for checking the file at `path` (absolute), in a workspace when it lies in one. */
export function environmentFor(path: string, kind: FileKind, today: Date, workspace?: WorkspaceHost): Environment {
  const inside = workspace?.contains(path) ? workspace : undefined;
  const wants = kindDescriptor(kind).workspaceFacts;
  return {
    today,
    relativePath: inside ? toPosix(relative(inside.root, path)) : undefined,
    workspaceFiles: inside?.securityFiles(),
    policyContacts: inside && wants.includes('policyContacts') ? inside.policyContacts() : undefined,
    securityTxtContacts: inside && wants.includes('securityTxtContacts') ? inside.securityTxtContacts() : undefined,
    repositoryUrl: inside && wants.includes('repositoryUrl') ? inside.repositoryUrl() : undefined,
    inheritedPolicy: inside?.inheritedPolicy()?.label,
    fileExists: (target) =>
      existsSync(target.startsWith('/') && inside ? join(inside.root, target) : resolve(dirname(path), target)),
  };
}
