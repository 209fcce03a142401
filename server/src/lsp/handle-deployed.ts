/**
 * "Check the deployed security.txt" (desktop only, registered by the Node entry, ./main.ts): the Canonical URLs of
 * an open security.txt are fetched (node/deployed.ts, the CLI's fetching), and the findings come back for the open
 * file: how each URL served it, on the Canonical field naming the URL, and how the deployed copy differs from it
 * (`deployed-*`). The client asks the user before anything is fetched, and shows the diff.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { describeAnswer, parseDocument, type Finding } from '../index';
import { deployedAnchor } from '../kinds/txt/deployed';
import { TXT_FILES } from '../kinds/txt/locations';
import { canonicalUrls, checkDeployed } from '../node/deployed';
import type { FetchOptions } from '../node/fetch';
import { todayUtc } from '../node/host';
import { CheckDeployedRequest, type DeployedCheckResult } from '../protocol';
import { toDiagnostic } from './diagnostics';
import { stopIfCancelled, type Session } from './session';

declare const PACKAGE_VERSION: string;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';

/** The bounds of the CLI's live check: 10 s a request, 5 redirects, 100 KB. */
const FETCH: FetchOptions = {
  timeoutMs: 10_000,
  maxRedirects: 5,
  maxBytes: 100 * 1024,
  userAgent: `security-policy-language-server/${VERSION} (+https://github.com/security-policy/security-policy)`,
};

/** A finding on what `url` served, moved onto the local file: the Canonical value naming the URL. */
function onCanonical(text: string, url: string, finding: Finding): Finding {
  return { ...finding, ...deployedAnchor(parseDocument('txt', text), url), fix: undefined };
}

export function registerDeployedCheck(session: Session): void {
  session.connection.onRequest(CheckDeployedRequest, async (params, token): Promise<DeployedCheckResult> => {
    stopIfCancelled(token);
    const document = session.documents.get(params.uri);
    if (!document || document.languageId !== TXT_FILES.languageId)
      throw new ResponseError(ErrorCodes.InvalidParams, `${params.uri} is not an open security.txt.`);
    const text = document.getText();
    const urls = canonicalUrls(text);
    if (params.dryRun || urls.length === 0) return { urls, copies: [], diagnostics: [] };
    const config = await session.workspace.configFor(params.uri);
    const checks = await checkDeployed(text, config, todayUtc(), FETCH, urls);
    stopIfCancelled(token);
    const findings = checks.flatMap((c) => [
      ...c.servedFindings.map((f) => onCanonical(text, c.url, f)),
      ...c.localFindings,
    ]);
    return {
      urls,
      copies: checks.map((c) => ({ url: c.url, answer: describeAnswer(c.deployed.served), text: c.deployed.text })),
      diagnostics: findings.map((f) => toDiagnostic(document, f, session.support.locale)),
    };
  });
}
