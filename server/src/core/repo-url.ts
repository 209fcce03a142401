/** Repository URLs: git remotes and web URLs reduced to host/owner/name, and file links into a repository. */
import { trimTrailingSlashes } from './text';

export interface RepoRef {
  host: string;
  owner: string;
  name: string;
}

/**
 * The repository a git remote or web URL names: `git@github.com:acme/app.git`, `ssh://git@gitlab.com/acme/app`,
 * `https://github.com/acme/app/` and `https://github.com/acme/app/blob/main/x` all give github.com/acme/app.
 */
export function repoRefOf(url: string): RepoRef | undefined {
  const trimmed = url.trim();
  const scp = /^[\w.-]{1,64}@([\w.-]{1,253}):\/?([\w.-]{1,100})\/([\w.-]{1,100})$/.exec(trimmed);
  const web =
    /^(?:https?|ssh|git):\/\/(?:[^@/\s]{1,100}@)?([\w.-]{1,253})(?::\d{1,5})?\/([\w.-]{1,100})\/([\w.-]{1,100})(?:[/?#]|$)/i.exec(
      trimmed,
    );
  const m = scp ?? web;
  if (!m) return undefined;
  return { host: m[1].toLowerCase(), owner: m[2].toLowerCase(), name: m[3].replace(/\.git$/i, '').toLowerCase() };
}

/** The web URL of a repository: https://github.com/acme/app */
export function repoWebUrl(ref: RepoRef): string {
  return `https://${ref.host}/${ref.owner}/${ref.name}`;
}

export function sameRepo(a: RepoRef | undefined, b: RepoRef | undefined): boolean {
  return a !== undefined && b !== undefined && a.host === b.host && a.owner === b.owner && a.name === b.name;
}

/**
 * The file a URL links to inside a repository: GitHub `blob`/`tree` and raw URLs, GitLab `-/blob`. Returns the
 * repository and the path (decoded, without the ref), or undefined for other URLs.
 */
export function repoFileOf(url: string): { repo: RepoRef; path: string } | undefined {
  const github =
    /^https?:\/\/github\.com\/([\w.-]{1,100})\/([\w.-]{1,100})\/(?:blob|tree)\/([^/?#\s]{1,100})\/([^?#\s]{1,500})/i.exec(
      url.trim(),
    );
  const raw =
    /^https?:\/\/raw\.githubusercontent\.com\/([\w.-]{1,100})\/([\w.-]{1,100})\/(?:refs\/heads\/)?([^/?#\s]{1,100})\/([^?#\s]{1,500})/i.exec(
      url.trim(),
    );
  const gitlab =
    /^https?:\/\/([\w.-]{1,253})\/([\w.-]{1,100})\/([\w.-]{1,100})\/-\/(?:blob|tree)\/[^/?#\s]{1,100}\/([^?#\s]{1,500})/i.exec(
      url.trim(),
    );
  const host = github ? 'github.com' : raw ? 'github.com' : gitlab?.[1];
  const m = github ?? raw;
  const owner = m ? m[1] : gitlab?.[2];
  const name = m ? m[2] : gitlab?.[3];
  const path = m ? m[4] : gitlab?.[4];
  if (!host || !owner || !name || !path) return undefined;
  let decoded = trimTrailingSlashes(path);
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // keep the raw path
  }
  return { repo: { host: host.toLowerCase(), owner: owner.toLowerCase(), name: name.toLowerCase() }, path: decoded };
}
