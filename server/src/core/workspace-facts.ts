/** Facts of a repository for the generators (remotes, versions), from parsers over file contents, so that each host reads files its own way. */
import { repoRefOf, repoWebUrl } from './repo-url';

/** The remotes of a .git/config, "origin" first. */
export function remotesFromGitConfig(config: string): Array<{ name: string; url: string }> {
  const remotes: Array<{ name: string; url: string }> = [];
  let current: string | undefined;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[remote\s+"([^"]{1,200})"\]\s*$/.exec(line);
    if (section) {
      current = section[1];
      continue;
    }
    if (/^\s*\[/.test(line)) {
      current = undefined;
      continue;
    }
    const url = /^\s*url\s*=\s*(\S{1,500})\s*$/.exec(line);
    if (current !== undefined && url) remotes.push({ name: current, url: url[1] });
  }
  return remotes.sort((x, y) => Number(y.name === 'origin') - Number(x.name === 'origin'));
}

/** The web URL of the "origin" remote (or the first remote), any host: https://gitlab.com/acme/app */
export function remoteWebUrl(config: string): string | undefined {
  for (const remote of remotesFromGitConfig(config)) {
    const ref = repoRefOf(remote.url);
    if (ref) return repoWebUrl(ref);
  }
  return undefined;
}

/** The GitHub owner/repo of the "origin" remote (or the first GitHub remote) in a .git/config. */
export function githubRepoFromGitConfig(config: string): string | undefined {
  for (const remote of remotesFromGitConfig(config)) {
    const m = /github\.com[:/]([\w.-]{1,100})\/([\w.-]{1,100}?)(?:\.git)?\/?$/i.exec(remote.url);
    if (m) return `${m[1]}/${m[2]}`;
  }
  return undefined;
}

export function versionFromPackageJson(text: string): string | undefined {
  try {
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first `key = "value"` (or `key = { text = "value" }`) in one of the TOML tables whose value `accept` takes:
 * `name`, `version` or `license` of Cargo.toml's [package] or pyproject.toml's [project] / [tool.poetry].
 */
export function tomlValue(
  text: string,
  tables: readonly string[],
  key: string,
  accept: (value: string) => boolean = () => true,
): string | undefined {
  let table = '';
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[([\w.-]{1,100})\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      table = header[1];
      continue;
    }
    const m = /^\s*([\w-]{1,40})\s*=\s*(?:\{\s*text\s*=\s*)?["']([^"'\n]{1,100})["']/.exec(line);
    if (m && m[1] === key && tables.includes(table) && accept(m[2])) return m[2].trim();
  }
  return undefined;
}

/** `version = "1.2.3"` in the [package] (Cargo.toml) or [project] / [tool.poetry] (pyproject.toml) table. */
export function versionFromToml(text: string, tables: readonly string[]): string | undefined {
  return tomlValue(text, tables, 'version', (v) => /^[^\s]{1,50}$/.test(v));
}

/** The highest release among git tag names (v1.2.3 or 1.2.3; pre-releases ignored). */
export function latestVersionTag(tags: readonly string[]): string | undefined {
  let best: number[] | undefined;
  let bestName: string | undefined;
  for (const tag of tags) {
    const m = /^v?(\d{1,6})\.(\d{1,6})(?:\.(\d{1,6}))?$/.exec(tag.trim());
    if (!m) continue;
    const parts = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    if (
      !best ||
      parts[0] > best[0] ||
      (parts[0] === best[0] && (parts[1] > best[1] || (parts[1] === best[1] && parts[2] > best[2])))
    ) {
      best = parts;
      bestName = tag.trim().replace(/^v/, '');
    }
  }
  return bestName;
}

/** Reads a workspace the host's way: a file's text (undefined when absent) and a folder's entry names. */
export interface WorkspaceReader {
  readText(relativePath: string): Promise<string | undefined>;
  list(relativePath: string): Promise<string[]>;
}
