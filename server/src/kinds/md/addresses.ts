/**
 * Whether an address a policy names can receive a report, and whether a link is reading rather than a way to
 * report. An address that cannot receive mail (a no-reply address, a reserved example domain, a template's
 * "your@email.com", a domain without a top-level domain) and a link to documentation or to a published advisory are
 * not channels: a policy that has only those gives no way to report.
 */

/** No-reply addresses, GitHub's among them (undeliverable-contact reports them). */
const NOREPLY = /(?:^|[.@+-])(?:no-?reply|do-?not-?reply|donotreply)(?:[.@+-]|$)|users\.noreply\.github\.com$/i;
/** RFC 2606 names, which never deliver mail (placeholder reports them). */
const RESERVED_DOMAIN =
  /(?:^|\.)(?:example\.(?:com|org|net)|[a-z0-9-]{1,63}\.(?:example|test|invalid|localhost)|example)$/i;
/** A template's own address: "your@email.com", "your-email@…", "youremail@…". */
const TEMPLATE_LOCAL = /^your(?:[-_.]?(?:e-?mail|name|address|contact|username))?$/i;
const TOP_LEVEL_DOMAIN = /\.[a-z]{2,63}$/i;

/** Whether mail sent to an address found in a policy can arrive. */
export function canReceiveMail(address: string): boolean {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  return (
    TOP_LEVEL_DOMAIN.test(domain) &&
    !NOREPLY.test(address) &&
    !RESERVED_DOMAIN.test(domain) &&
    !TEMPLATE_LOCAL.test(local)
  );
}

/**
 * Links a reader follows to read, never to report: documentation and reference sites, and published advisories
 * (github.com/advisories/GHSA-…, a repository's /security/advisories/GHSA-…), unlike /security/advisories/new.
 */
const READING_URL =
  /^https?:\/\/(?:[\w-]{1,63}\.){0,4}(?:wikipedia\.org|docs\.github\.com|help\.github\.com|cve\.mitre\.org|cve\.org|nvd\.nist\.gov|cwe\.mitre\.org|owasp\.org|semver\.org|securitytxt\.org|rfc-editor\.org|datatracker\.ietf\.org|first\.org)(?:[/:?#]|$)|^https?:\/\/github\.com\/(?:advisories\/GHSA-|[^/\s?#]{1,100}\/[^/\s?#]{1,100}\/security\/advisories\/GHSA-)/i;

export function isReadingLink(url: string): boolean {
  return READING_URL.test(url);
}
