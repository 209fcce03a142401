/**
 * What the live check is asked to fetch: `https://…` or `http://…` URLs and bare domain names on the command line,
 * or one a line in a `--urls` file. Each becomes the origin whose two security.txt locations are fetched; nothing
 * else is ever fetched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../repositories';

/** A domain name as typed (`example.org`, `www.example.org:8443`): labels with a dot between, an optional port. */
export function isDomainName(text: string): boolean {
  const colon = text.lastIndexOf(':');
  const host = colon < 0 ? text : text.slice(0, colon);
  if (colon >= 0 && !/^\d{1,5}$/.test(text.slice(colon + 1))) return false;
  const labels = host.split('.');
  if (labels.length < 2 || !/^[a-z]{2,63}$/i.test(labels[labels.length - 1])) return false;
  return labels.every((l) => /^[a-z0-9-]{1,63}$/i.test(l) && !l.startsWith('-') && !l.endsWith('-'));
}

const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);

/**
 * Top-level domains that are also the extensions of the files checked (`.md` is Moldova's): `SECURITY.md` or
 * `security.txt` typed and missing is a file not found, never a site fetched. Such a site is checked as a URL.
 */
const FILE_EXTENSIONS = new Set(['md', 'markdown', 'txt', 'yml', 'yaml', 'json']);

/** An argument the live check takes: a web URL, or a domain name that is no file or folder here. */
export function isSiteArgument(arg: string, cwd: string): boolean {
  if (isUrl(arg)) return true;
  const tld = arg.replace(/:\d+$/, '').split('.').pop()?.toLowerCase() ?? '';
  return isDomainName(arg) && !FILE_EXTENSIONS.has(tld) && !existsSync(join(cwd, arg));
}

/** The origin to check for an argument (`example.org/x` → `https://example.org`); throws a UsageError when none. */
export function siteOf(arg: string): string {
  const text = arg.trim();
  if (!isUrl(text) && !isDomainName(text)) throw new UsageError(`Not a URL or domain name: "${text}".`);
  let url: URL;
  try {
    url = new URL(isUrl(text) ? text : `https://${text}`);
  } catch {
    throw new UsageError(`Not a URL or domain name: "${text}".`);
  }
  if (url.username || url.password) throw new UsageError(`A URL with credentials is not fetched: "${text}".`);
  return url.origin;
}

/** The sites of a `--urls` file: one URL or domain a line; blank lines and `#` comments are skipped. */
export function sitesOfFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read --urls ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(siteOf);
}
