/**
 * `security-policy check https://example.org` (domains too, several, or `--urls FILE`): each site's security.txt
 * fetched and checked (./site.ts), a few sites at a time, the results written in the order the sites were given, in
 * every output format. Progress goes to stderr when it is a terminal. Nothing but the sites' two security.txt
 * locations (and their redirects) is fetched.
 */
import type { LookupFunction } from 'node:net';
import { isoDate } from '../../core/dates';
import { loadConfig, parseToday, UsageError, type CheckFlags } from '../check';
import { REPOSITORY_URL } from '../../index';
import { VERSION } from '../formats';
import { reporterFor } from '../reporters';
import { inOrder } from './pool';
import { checkSite, siteResult, type SiteCheck } from './site';
import { isSiteArgument, siteOf, sitesOfFile } from './targets';
import type { FetchOptions } from './fetch';

export interface LiveFlags extends CheckFlags {
  /** A file of URLs or domains, one a line. */
  urls?: string;
  /** Seconds per request (default 10). */
  timeout?: number;
  /** Sites fetched at once (default 8). */
  concurrency?: number;
}

export const USER_AGENT = `security-policy/${VERSION} (+${REPOSITORY_URL})`;
export const MAX_BYTES = 100 * 1024;
export const MAX_REDIRECTS = 5;

/** Whether the check's arguments ask for the live check: a `--urls` file, or URLs and domains only. */
export function isLiveCheck(args: readonly string[], flags: Pick<LiveFlags, 'urls'>, cwd: string): boolean {
  if (flags.urls !== undefined) return true;
  return args.length > 0 && args.every((a) => isSiteArgument(a, cwd));
}

/** What the tests may change: the trust and name resolution of the fetches, and where the results go. */
export interface LiveHooks {
  ca?: string;
  lookup?: LookupFunction;
  write?: (text: string) => void;
  progress?: (text: string) => void;
}

/** Checks the sites; the exit code: 0 no error, 1 an error finding, 2 usage. */
export async function runLiveCheck(args: readonly string[], flags: LiveFlags, hooks: LiveHooks = {}): Promise<number> {
  if (flags.fix) throw new UsageError('--fix rewrites local files; it does not apply to URLs.');
  const cwd = process.cwd();
  if (args.some((a) => !isSiteArgument(a, cwd)))
    throw new UsageError('Give either files and folders, or URLs and domains, not both.');
  const sites = [...args.map(siteOf), ...(flags.urls !== undefined ? sitesOfFile(flags.urls) : [])];
  if (sites.length === 0) throw new UsageError(`No URL or domain in ${flags.urls}.`);
  const config = loadConfig(flags, cwd);
  const today = new Date(`${isoDate(parseToday(flags.today))}T00:00:00Z`);
  const timeoutMs = (flags.timeout ?? 10) * 1000;
  const options: FetchOptions = {
    timeoutMs,
    maxRedirects: MAX_REDIRECTS,
    maxBytes: MAX_BYTES,
    userAgent: USER_AGENT,
    ca: hooks.ca,
    lookup: hooks.lookup,
  };
  const write = hooks.write ?? ((s: string) => void process.stdout.write(s));
  const color =
    flags.color !== false && hooks.write === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const reporter = reporterFor(flags.format, write, color);
  const progress = hooks.progress ?? (process.stderr.isTTY ? (s: string) => void process.stderr.write(s) : undefined);
  let errors = false;
  let done = 0;
  await inOrder(
    sites,
    flags.concurrency ?? 8,
    (site) => checkSite(site, config, today, { ...options, deadline: Date.now() + timeoutMs * 3 }),
    (check: SiteCheck) => {
      errors ||= check.findings.some((f) => f.severity === 'error');
      progress?.(`\r\u001b[K${++done}/${sites.length} ${check.site}`);
      reporter.add(siteResult(check));
    },
  );
  progress?.('\r\u001b[K');
  reporter.end();
  return errors ? 1 : 0;
}
