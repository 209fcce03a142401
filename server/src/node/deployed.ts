/**
 * A local security.txt against its deployed copies: each `Canonical` URL fetched (./fetch.ts), the answer checked
 * by the rules about how a file is served, and the local file by the rules that compare it with what was served
 * (`deployed-*`). The CLI (`--compare`, `--online`) and the server's "Check the deployed security.txt" share it.
 * Only the URLs named are fetched.
 */
import {
  allRuleMetas,
  checkText,
  hasUsableBody,
  mergeConfigs,
  parseDocument,
  type Config,
  type DeployedCopy,
  type Finding,
} from '../index';
import { fetchServed, type Fetched, type FetchOptions } from './fetch';

/** A body as text: UTF-8, a byte-order mark kept (the bom rule reports it), invalid bytes as U+FFFD (not-utf8). */
export const decodeBody = (body: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);

/** The configuration with every rule turned off but those whose id `keep` accepts. */
export function onlyRules(config: Config, keep: (id: string) => boolean): Config {
  const off = Object.fromEntries(allRuleMetas.filter((m) => !keep(m.id)).map((m) => [m.id, 'off' as const]));
  return mergeConfigs(config, { rules: off });
}

/** The rules about how a file was served (and whether its Canonical lists where it came from). */
export const isServedRule = (id: string): boolean => id.startsWith('served-') || id === 'canonical-mismatch';
export const isDeployedRule = (id: string): boolean => id.startsWith('deployed-');

/** The http(s) URLs of a security.txt's Canonical fields, each once, in order. */
export function canonicalUrls(text: string): string[] {
  const urls = parseDocument('txt', text)
    .fieldsNamed('canonical')
    .map((f) => f.value.trim())
    .filter((v) => /^https?:\/\//i.test(v));
  return [...new Set(urls)];
}

/** What was fetched as a deployed copy: its answer, and its text when one was read. */
export function deployedCopyOf(fetched: Fetched): DeployedCopy {
  const usable = fetched.body !== undefined && hasUsableBody(fetched.served);
  return { served: fetched.served, ...(usable && fetched.body ? { text: decodeBody(fetched.body) } : {}) };
}

export interface DeployedCheck {
  /** The Canonical URL fetched. */
  url: string;
  deployed: DeployedCopy;
  /** What the rules about serving found on the answer (on the deployed text; on '' when none was read). */
  servedFindings: Finding[];
  /** What the `deployed-*` rules found on the local file. */
  localFindings: Finding[];
}

/** The `deployed-*` findings on the local text, compared with `deployed`. */
export function compareWithDeployed(local: string, deployed: DeployedCopy, config: Config, today: Date): Finding[] {
  const env = { today, relativePath: '.well-known/security.txt', deployed };
  return checkText(local, { kind: 'txt', config: onlyRules(config, isDeployedRule), env }).findings;
}

/** Fetches each of `urls` (default: the local file's Canonical URLs) and compares it with the local text. */
export async function checkDeployed(
  local: string,
  config: Config,
  today: Date,
  options: FetchOptions,
  urls: readonly string[] = canonicalUrls(local),
): Promise<DeployedCheck[]> {
  const deadline = options.deadline ?? Date.now() + options.timeoutMs * 3;
  const fetched = await Promise.all(urls.map((url) => fetchServed(url, { ...options, deadline })));
  return fetched.map((f, i) => {
    const deployed = deployedCopyOf(f);
    const env = { today, relativePath: '.well-known/security.txt', served: f.served };
    const servedConfig = onlyRules(config, isServedRule);
    const servedFindings = checkText(deployed.text ?? '', { kind: 'txt', config: servedConfig, env }).findings;
    return {
      url: urls[i],
      deployed,
      servedFindings,
      localFindings: compareWithDeployed(local, deployed, config, today),
    };
  });
}
