/**
 * `security-policy check https://example.org` (domains too, several, or `--urls FILE`): each site's security.txt
 * fetched and checked (./site.ts), a few sites at a time, the results written in the order the sites were given, in
 * every output format. Progress goes to stderr when it is a terminal. Nothing but the sites' two security.txt
 * locations (and their redirects) is fetched.
 */
import { isoDate } from '../../core/dates';
import { loadConfig, parseToday, UsageError } from '../check';
import { comparedReport } from './compare';
import { runOnlineCheck } from './online';
import { fetchOptionsOf, outputOf, readLocal, usableKeys, type LiveFlags, type LiveHooks } from './options';
import { inOrder } from './pool';
import { checkSite, siteResult, type SiteCheck } from './site';
import { isSiteArgument, siteOf, sitesOfFile } from './targets';

export type { LiveFlags, LiveHooks };
export { MAX_BYTES, MAX_REDIRECTS, USER_AGENT } from './options';

/**
 * Whether the check's arguments ask for the live check: a `--urls` file, URLs and domains only; or local files
 * with their signatures verified (`--key`) or their deployed copies compared (`--online`).
 */
export function isLiveCheck(
  args: readonly string[],
  flags: Pick<LiveFlags, 'urls' | 'key' | 'online' | 'compare'>,
  cwd: string,
): boolean {
  if (flags.urls !== undefined || flags.online || flags.key !== undefined || flags.compare !== undefined) return true;
  return args.length > 0 && args.every((a) => isSiteArgument(a, cwd));
}

/** Checks the sites (or local files, ./online.ts); the exit code: 0 no error, 1 an error finding, 2 usage. */
export async function runLiveCheck(args: readonly string[], flags: LiveFlags, hooks: LiveHooks = {}): Promise<number> {
  const cwd = process.cwd();
  const sitesOnly = flags.urls !== undefined || (args.length > 0 && args.every((a) => isSiteArgument(a, cwd)));
  // Local files with --key or --online.
  if (!sitesOnly && !args.some((a) => isSiteArgument(a, cwd))) return runOnlineCheck([...args], flags, hooks);
  if (flags.fix) throw new UsageError('--fix rewrites local files; it does not apply to URLs.');
  if (args.some((a) => !isSiteArgument(a, cwd)))
    throw new UsageError('Give either files and folders, or URLs and domains, not both.');
  const sites = [...args.map(siteOf), ...(flags.urls !== undefined ? sitesOfFile(flags.urls) : [])];
  if (sites.length === 0) throw new UsageError(`No URL or domain in ${flags.urls}.`);
  if (flags.compare !== undefined && sites.length > 1)
    throw new UsageError(`--compare compares one site's file with ${flags.compare}; ${sites.length} sites were given.`);
  const local = flags.compare === undefined ? undefined : readLocal(flags.compare, cwd);
  const key = flags.key === undefined ? undefined : usableKeys(flags.key, cwd);
  const config = loadConfig(flags, cwd);
  const today = new Date(`${isoDate(parseToday(flags.today))}T00:00:00Z`);
  const options = fetchOptionsOf(flags, hooks);
  const timeoutMs = options.timeoutMs;
  const { reporter, progress } = outputOf(flags, hooks);
  let errors = false;
  let done = 0;
  await inOrder(
    sites,
    flags.concurrency ?? 8,
    (site) => checkSite(site, config, today, { ...options, deadline: Date.now() + timeoutMs * 3 }, { key }),
    (check: SiteCheck) => {
      progress?.(`\r\u001b[K${++done}/${sites.length} ${check.site}`);
      const result = siteResult(check, flags.locale);
      if (local) result.reports.push(comparedReport(local.shown, local.text, [check], config, today, flags.locale));
      errors ||= result.reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
      reporter.add(result);
    },
  );
  progress?.('\r\u001b[K');
  reporter.end();
  return errors ? 1 : 0;
}
