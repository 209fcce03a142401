/**
 * `check --online` and `check --key FILE` on local files: each security.txt is checked as without them, then
 * - with `--key`, or online with the key at its `Encryption` URL, its signature is verified (`signature-*`);
 * - online, each of its `Canonical` URLs is fetched: the local file is compared with what is served there
 *   (`deployed-*`, and the diff from the deployed copy), and the answer is reported under its URL (`served-*`,
 *   `canonical-mismatch`).
 * Nothing else is fetched, and without these flags nothing is. The files of a few repositories are fetched at once
 * (`--concurrency`); results keep the order of the repositories.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkText, type Config, type Finding } from '../../index';
import { isoDate } from '../../core/dates';
import { checkDeployed, onlyRules } from '../../node/deployed';
import type { FetchOptions } from '../../node/fetch';
import { isSigned, keysFromEncryption, verifySignature, type KeySource } from '../../node/signature';
import type { UnitResult } from '../check-unit';
import { checkPaths, loadConfig, parseToday, showsLevels, UsageError } from '../check';
import { ExitCode } from '../exit-code';
import { fixOutput } from '../fix-output';
import { fileReport, type FileReport } from '../formats';
import { comparedReport } from './compare';
import { limiter } from './pool';
import { fetchOptionsOf, outputOf, usableKeys, type LiveFlags, type LiveHooks } from './options';

interface OnlineOptions {
  config: Config;
  today: Date;
  key?: KeySource;
  online: boolean;
  fetch: FetchOptions;
  cwd: string;
  /** `--locale`: the findings' messages in this language too (../locale.ts). */
  locale?: string;
}

/** The `signature-*` findings on a signed text, verified with `--key` or (online) the key at its Encryption URL. */
async function signatureFindings(text: string, options: OnlineOptions): Promise<Finding[]> {
  if (!isSigned(text) || (!options.key && !options.online)) return [];
  const keys = options.key ?? (await keysFromEncryption(text, options.fetch));
  const signature = keys && (await verifySignature(text, keys, new Date()));
  if (!signature) return [];
  const config = onlyRules(options.config, (id) => id.startsWith('signature-'));
  return checkText(text, { kind: 'txt', config, env: { today: options.today, signature } }).findings;
}

/** A local security.txt's report with what the signature and the deployed copies say; then one per URL fetched. */
async function onlineReports(report: FileReport, options: OnlineOptions): Promise<FileReport[]> {
  let text: string;
  try {
    text = readFileSync(resolve(options.cwd, report.file), 'utf8');
  } catch {
    return [report];
  }
  const signed = await signatureFindings(text, options);
  const deployed = options.online ? await checkDeployed(text, options.config, options.today, options.fetch) : [];
  const { config, today, locale } = options;
  const compared = comparedReport(report.file, text, deployed, config, today, locale);
  const own = fileReport(report.file, 'txt', text, signed, locale).diagnostics;
  const merged = { ...report, diagnostics: [...report.diagnostics, ...own, ...compared.diagnostics] };
  const served = deployed.map((d) => fileReport(d.url, 'txt', d.deployed.text ?? '', d.servedFindings, locale));
  return [compared.diff === undefined ? merged : { ...merged, diff: compared.diff }, ...served];
}

async function withOnline(result: UnitResult, options: OnlineOptions): Promise<UnitResult> {
  const reports: FileReport[] = [];
  for (const report of result.reports)
    reports.push(...(report.kind === 'txt' ? await onlineReports(report, options) : [report]));
  return { ...result, reports };
}

/** Checks local paths as `check` does, with their signatures verified and their deployed copies compared. */
export async function runOnlineCheck(paths: string[], flags: LiveFlags, hooks: LiveHooks = {}): Promise<number> {
  if (flags.compare !== undefined)
    throw new UsageError(
      "--compare PATH compares PATH with a site's file: give the site (check https://example.org --compare PATH); --online compares each security.txt with its Canonical URLs.",
    );
  const cwd = process.cwd();
  const options: OnlineOptions = {
    config: loadConfig(flags, cwd),
    today: new Date(`${isoDate(parseToday(flags.today))}T00:00:00Z`),
    key: flags.key === undefined ? undefined : usableKeys(flags.key, cwd),
    online: flags.online === true,
    fetch: fetchOptionsOf(flags, hooks),
    cwd,
    locale: flags.locale,
  };
  const run = { profile: '', today: '' };
  const stdout = hooks.write ?? ((text: string) => void process.stdout.write(text));
  // After --fix, the line of what was fixed, as check says it (../fix-output.ts).
  const reporter = fixOutput(
    flags,
    () => outputOf(flags, hooks, run).reporter,
    stdout,
    (text) => void process.stderr.write(text),
  );
  const exit = new ExitCode(flags, paths.length > 0);
  // A few repositories' files are fetched at once (--concurrency); results go on in the order of the repositories.
  const fetching = limiter(flags.concurrency ?? 8);
  let queue = Promise.resolve();
  const along = { levels: showsLevels(flags.format), errorsInOutput: flags.format === 'text' };
  const ran = await checkPaths(
    paths,
    { ...flags, ...along },
    (result) => {
      const online = fetching(() => withOnline(result, options));
      // Awaited in turn below; until then a failure must not count as unhandled.
      online.catch(() => undefined);
      queue = queue.then(async () => reporter.add(exit.add(await online)));
    },
    (started) => Object.assign(run, started),
  );
  await queue;
  reporter.end();
  const code = exit.code((line) => void process.stderr.write(`${line}\n`));
  return ran.failed ? Math.max(code, 2) : code;
}
