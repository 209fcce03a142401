/**
 * What the generators of several kinds read from a workspace (the repository, its version, where its policy and
 * security.txt are or go), and which of its files other files' contacts are compared with.
 */
import {
  githubRepoFromGitConfig,
  latestVersionTag,
  remoteWebUrl,
  versionFromPackageJson,
  versionFromToml,
  type WorkspaceReader,
} from '../core/workspace-facts';
import { fileKindOf, isSearchedPath } from '../core/locations';
import { supportedRowsFor, type VersionRow } from './md/answers';
import { isStandardPolicyPath, POLICY_LOCATIONS } from './md/locations';
import { securityTxtTarget, SECURITY_TXT_DIRS } from './txt/locations';

export interface WorkspaceFacts {
  github?: string;
  /** The web URL of the git remote, any host. */
  repositoryUrl?: string;
  version?: string;
  versionSource?: string;
  supported: VersionRow[];
  /** Where a security.txt goes: .well-known/ under the static folder a site generator serves, if any. */
  securityTxtPath: string;
  /** Existing policies, by location. */
  existingPolicies: string[];
  existingSecurityTxt?: string;
}

export async function gatherWorkspaceFacts(reader: WorkspaceReader): Promise<WorkspaceFacts> {
  const gitConfig = await reader.readText('.git/config');
  const github = gitConfig ? githubRepoFromGitConfig(gitConfig) : undefined;
  const repositoryUrl = gitConfig ? remoteWebUrl(gitConfig) : undefined;
  let version: string | undefined;
  let versionSource: string | undefined;
  const sources: Array<[string, (text: string) => string | undefined]> = [
    ['package.json', versionFromPackageJson],
    ['Cargo.toml', (t) => versionFromToml(t, ['package', 'workspace.package'])],
    ['pyproject.toml', (t) => versionFromToml(t, ['project', 'tool.poetry'])],
  ];
  for (const [file, parse] of sources) {
    const text = await reader.readText(file);
    version = text === undefined ? undefined : parse(text);
    if (version) {
      versionSource = file;
      break;
    }
  }
  if (!version) {
    const packed = (await reader.readText('.git/packed-refs')) ?? '';
    const tags = [
      ...(await reader.list('.git/refs/tags')),
      ...packed.split(/\r?\n/).flatMap((l) => /^[0-9a-f]{40} refs\/tags\/(\S{1,200})$/.exec(l)?.[1] ?? []),
    ];
    version = latestVersionTag(tags);
    if (version) versionSource = 'git tags';
  }
  const root = await reader.list('');
  const securityTxtPath = securityTxtTarget(root);
  const existingPolicies: string[] = [];
  for (const location of POLICY_LOCATIONS) {
    const folder = location === 'root' ? root : await reader.list(location);
    const name = folder.find((n) => n.toLowerCase() === 'security.md');
    if (name) existingPolicies.push(location === 'root' ? name : `${location}/${name}`);
  }
  let existingSecurityTxt: string | undefined;
  for (const candidate of [
    securityTxtPath,
    ...SECURITY_TXT_DIRS.map((d) => (d ? `${d}/security.txt` : 'security.txt')),
  ]) {
    if ((await reader.readText(candidate)) !== undefined) {
      existingSecurityTxt = candidate;
      break;
    }
  }
  return {
    github,
    repositoryUrl,
    version,
    versionSource,
    supported: supportedRowsFor(version),
    securityTxtPath,
    existingPolicies,
    existingSecurityTxt,
  };
}

/**
 * The workspace files other files' contacts are compared with: its own SECURITY.md (root, .github/ or docs/) and
 * its security.txt (the first in a searched folder).
 */
export function contactSources(files: readonly string[]): { policy?: string; securityTxt?: string } {
  return {
    policy: files.find(isStandardPolicyPath),
    securityTxt: files.find((f) => fileKindOf(f) === 'txt' && isSearchedPath(f)),
  };
}
