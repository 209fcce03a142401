/**
 * The live check of one site: fetches /.well-known/security.txt and the legacy /security.txt (RFC 9116 §3), says
 * which of them is the file, and checks it with the engine: every security.txt rule on the body, and the `served-*`
 * rules on how it was served. When no file came (an error status, an HTML page, no answer), only the `served-*`
 * rules run, on nothing.
 */
import {
  allRuleMetas,
  checkText,
  hasUsableBody,
  mergeConfigs,
  type Config,
  type Finding,
  type ServedFile,
} from '../../index';
import type { UnitResult } from '../check-unit';
import { fileReport } from '../formats';
import { fetchServed, type Fetched, type FetchOptions } from './fetch';

export interface SiteCheck {
  /** The origin checked (`https://example.org`). */
  site: string;
  /** How the file that is checked was served, and its text ('' when none was read). */
  served: ServedFile;
  text: string;
  findings: Finding[];
}

/** The configuration with every rule but those about how the file was served turned off. */
function servedRulesOnly(config: Config): Config {
  const off = Object.fromEntries(
    allRuleMetas.filter((m) => !m.id.startsWith('served-')).map((m) => [m.id, 'off' as const]),
  );
  return mergeConfigs(config, { rules: off });
}

/** What a location answered, in the words of served-legacy-location (`answered 404 Not Found`). */
function answerOf(served: ServedFile): string {
  if (served.failure)
    return `could not be fetched (${served.failure.kind === 'tls' ? served.failure.code : served.failure.kind})`;
  if (served.html) return 'answered with an HTML page';
  if (served.tooLargeAt !== undefined) return 'answered with more than 100 KB';
  return `answered ${served.status}${served.statusText ? ` ${served.statusText}` : ''}`;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;

/** Which location is the file, and what the other says about it. */
export function chooseLocation(wellKnown: Fetched, legacy: Fetched): Fetched {
  if (hasUsableBody(wellKnown.served)) {
    if (!legacy.body || !wellKnown.body || sameBytes(legacy.body, wellKnown.body)) return wellKnown;
    return { ...wellKnown, served: { ...wellKnown.served, differsFrom: legacy.served.url } };
  }
  if (legacy.body && hasUsableBody(legacy.served)) {
    const legacyOnly = { url: wellKnown.served.url, answer: answerOf(wellKnown.served) };
    return { ...legacy, served: { ...legacy.served, legacyOnly } };
  }
  return wellKnown;
}

/** A body as text: UTF-8, a byte-order mark kept (the bom rule reports it), invalid bytes as U+FFFD (not-utf8). */
const decode = (body: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);

/** Fetches both locations of `site` (an origin) and checks what was served. */
export async function checkSite(site: string, config: Config, today: Date, options: FetchOptions): Promise<SiteCheck> {
  const deadlined = { ...options, deadline: options.deadline ?? Date.now() + options.timeoutMs * 3 };
  const [wellKnown, legacy] = await Promise.all([
    fetchServed(`${site}/.well-known/security.txt`, deadlined),
    fetchServed(`${site}/security.txt`, deadlined),
  ]);
  const chosen = chooseLocation(wellKnown, legacy);
  const text = chosen.body ? decode(chosen.body) : '';
  const usable = chosen.body !== undefined && hasUsableBody(chosen.served);
  const env = { today, relativePath: '.well-known/security.txt', served: chosen.served };
  const check = checkText(usable ? text : '', { kind: 'txt', config: usable ? config : servedRulesOnly(config), env });
  return { site, served: chosen.served, text: usable ? text : '', findings: check.findings };
}

/** A site's check as the reporters take a repository's: one file, named by the URL it was fetched from. */
export function siteResult(check: SiteCheck): UnitResult {
  return {
    repository: check.site,
    reports: [fileReport(check.served.url, 'txt', check.text, check.findings)],
    notes: [],
    errors: [],
    failed: false,
  };
}
