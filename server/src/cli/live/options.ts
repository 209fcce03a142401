/**
 * What the live check's commands share: their flags, the tests' hooks, how they fetch (a time limit, the bounds, a
 * User-Agent) and where their results go; the local file of `--compare` and the keys of `--key`, read.
 */
import { InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import type { LookupFunction } from 'node:net';
import { resolve } from 'node:path';
import { REPOSITORY_URL } from '../../index';
import type { FetchOptions } from '../../node/fetch';
import { keysFromFile, type KeySource } from '../../node/signature';
import { UsageError, type CheckFlags } from '../check';
import { shownPath } from '../check-unit';
import { VERSION } from '../formats';
import { localizing } from '../locale';
import { reporterFor, type Reporter, type RunFacts } from '../reporters';

export interface LiveFlags extends CheckFlags {
  /** A file of URLs or domains, one a line. */
  urls?: string;
  /** Seconds per request (default 10). */
  timeout?: number;
  /** Sites fetched at once (default 8). */
  concurrency?: number;
  /** A local security.txt to compare with the one site's file. */
  compare?: string;
  /** A file of OpenPGP keys to verify signatures with (else, online, the key at the file's Encryption URL). */
  key?: string;
  /** Check local files' deployed copies (their Canonical URLs) and signatures (the key at their Encryption URL). */
  online?: boolean;
}

export const USER_AGENT = `security-policy/${VERSION} (+${REPOSITORY_URL})`;
export const MAX_BYTES = 100 * 1024;
export const MAX_REDIRECTS = 5;

/** What the tests may change: the trust and name resolution of the fetches, and where the results go. */
export interface LiveHooks {
  ca?: string;
  lookup?: LookupFunction;
  write?: (text: string) => void;
  progress?: (text: string) => void;
}

/** The local file `--compare` names, read; a usage error when it cannot be. */
export function readLocal(path: string, cwd: string): { shown: string; text: string } {
  try {
    return { shown: shownPath(resolve(cwd, path), cwd), text: readFileSync(resolve(cwd, path), 'utf8') };
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}

/** The keys of `--key FILE`; a usage error when it cannot be read. */
export function usableKeys(path: string, cwd: string): KeySource {
  const keys = keysFromFile(resolve(cwd, path), path);
  if ('reason' in keys) throw new UsageError(`--key: ${keys.reason}.`);
  return keys;
}

/** How the live check fetches: the flags' time limit, the bounds, and the tests' trust and name resolution. */
export function fetchOptionsOf(flags: Pick<LiveFlags, 'timeout'>, hooks: LiveHooks): FetchOptions {
  return {
    timeoutMs: (flags.timeout ?? 10) * 1000,
    maxRedirects: MAX_REDIRECTS,
    maxBytes: MAX_BYTES,
    userAgent: USER_AGENT,
    ca: hooks.ca,
    lookup: hooks.lookup,
  };
}

/**
 * Where the results go (the format's reporter, the messages in `--locale`'s language as ../locale.ts shows them) and
 * the progress (stderr, when it is a terminal).
 */
export function outputOf(
  flags: Pick<LiveFlags, 'format' | 'color' | 'locale'>,
  hooks: LiveHooks,
  run?: RunFacts,
): { reporter: Reporter; progress?: (text: string) => void } {
  const write = hooks.write ?? ((s: string) => void process.stdout.write(s));
  const color =
    flags.color !== false && hooks.write === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const progress = hooks.progress ?? (process.stderr.isTTY ? (s: string) => void process.stderr.write(s) : undefined);
  return { reporter: localizing(reporterFor(flags.format, write, color, run), flags.format, flags.locale), progress };
}

/** A whole number from `min` to `max`, as an option's argument. */
const bounded =
  (min: number, max: number) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`Expected a whole number from ${min} to ${max}.`);
    return n;
  };

/** The check command's options of the live check: what to fetch, its bounds, comparing and verifying. */
export function liveCheckOptions(): Option[] {
  return [
    new Option('--urls <file>', 'check the security.txt served by each URL or domain of the file (one a line)'),
    new Option('--timeout <seconds>', 'live check: seconds per request (default 10)').argParser(bounded(1, 120)),
    new Option('--concurrency <n>', 'live check: sites fetched at once (default 8)').argParser(bounded(1, 64)),
    new Option(
      '--compare <path>',
      "live check: compare the site's security.txt with this local file (the diff is shown)",
    ),
    new Option(
      '--online',
      "fetch each local security.txt's Canonical URLs and compare what they serve with it (and its signature's key at an Encryption URL)",
    ),
    new Option('--key <file>', 'verify signed security.txt files with the OpenPGP keys of this file'),
  ];
}
