/**
 * The live check of one site: fetches /.well-known/security.txt and the legacy /security.txt (RFC 9116 §3), says
 * which of them is the file, and checks it with the engine: every security.txt rule on the body, and the `served-*`
 * rules on how it was served. When no file came (an error status, an HTML page, no answer), only the `served-*`
 * rules run, on nothing.
 */
import {
  checkText,
  describeAnswer,
  hasUsableBody,
  type Config,
  type DeployedCopy,
  type Finding,
  type ServedFile,
} from '../../index';
import type { UnitResult } from '../check-unit';
import { fileReport } from '../formats';
import { decodeBody, isServedRule, onlyRules } from '../../node/deployed';
import { fetchServed, type Fetched, type FetchOptions } from '../../node/fetch';
import { isSigned, keysFromEncryption, verifySignature, type KeySource } from '../../node/signature';

export interface SiteCheck {
  /** The origin checked (`https://example.org`). */
  site: string;
  /** How the file that is checked was served, and its text ('' when none was read). */
  served: ServedFile;
  text: string;
  findings: Finding[];
  /** What was served, as the deployed copy of a local file. */
  deployed: DeployedCopy;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;

/** Which location is the file, and what the other says about it. */
export function chooseLocation(wellKnown: Fetched, legacy: Fetched): Fetched {
  if (hasUsableBody(wellKnown.served)) {
    if (!legacy.body || !wellKnown.body || sameBytes(legacy.body, wellKnown.body)) return wellKnown;
    return { ...wellKnown, served: { ...wellKnown.served, differsFrom: legacy.served.url } };
  }
  if (legacy.body && hasUsableBody(legacy.served)) {
    const legacyOnly = { url: wellKnown.served.url, answer: describeAnswer(wellKnown.served) };
    return { ...legacy, served: { ...legacy.served, legacyOnly } };
  }
  return wellKnown;
}

/** How a signed file is verified: with these keys (else the key at its Encryption URL), as of `now`. */
export interface SiteOptions {
  key?: KeySource;
  now?: Date;
}

/** Fetches both locations of `site` (an origin) and checks what was served. */
export async function checkSite(
  site: string,
  config: Config,
  today: Date,
  options: FetchOptions,
  more: SiteOptions = {},
): Promise<SiteCheck> {
  const deadlined = { ...options, deadline: options.deadline ?? Date.now() + options.timeoutMs * 3 };
  const [wellKnown, legacy] = await Promise.all([
    fetchServed(`${site}/.well-known/security.txt`, deadlined),
    fetchServed(`${site}/security.txt`, deadlined),
  ]);
  const chosen = chooseLocation(wellKnown, legacy);
  const usable = chosen.body !== undefined && hasUsableBody(chosen.served);
  const text = usable && chosen.body ? decodeBody(chosen.body) : '';
  // Only a signed file has its key fetched.
  const keys = usable && isSigned(text) ? (more.key ?? (await keysFromEncryption(text, deadlined))) : undefined;
  const signature = keys && (await verifySignature(text, keys, more.now ?? new Date()));
  const env = { today, relativePath: '.well-known/security.txt', served: chosen.served, signature };
  const check = checkText(text, { kind: 'txt', config: usable ? config : onlyRules(config, isServedRule), env });
  const deployed = usable ? { served: chosen.served, text } : { served: chosen.served };
  return { site, served: chosen.served, text, findings: check.findings, deployed };
}

/**
 * A site's check as the reporters take a repository's: one file, named by the URL it was fetched from, its messages
 * also in `locale` (`--locale`).
 */
export function siteResult(check: SiteCheck, locale?: string): UnitResult {
  return {
    repository: check.site,
    reports: [fileReport(check.served.url, 'txt', check.text, check.findings, locale)],
    notes: [],
    errors: [],
    failed: false,
  };
}
