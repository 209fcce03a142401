/**
 * Answers shared by the generators of every kind, and the validators the wizard runs per keystroke and `init` runs
 * on flags and prompts (a message, or undefined).
 */

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const GITHUB_REPO = /^[a-z0-9](?:[a-z0-9-]{0,38})\/[\w.-]{1,100}$/i;

export function validateEmail(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter an email address, e.g. security@your-project.org.';
  if (v.toLowerCase().startsWith('mailto:')) return 'Enter the address without "mailto:".';
  if (!EMAIL.test(v)) return `"${v}" is not an email address, expected e.g. security@your-project.org.`;
  if (/noreply|no-reply/i.test(v)) return `"${v}" cannot receive reports, expected a monitored mailbox.`;
  return undefined;
}

export function validateHttpsUrl(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter a URL starting with https://.';
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return `"${v}" is not a URL, expected one starting with https://.`;
  }
  if (url.protocol !== 'https:') return `"${v}" is not https, expected a URL starting with https://.`;
  if (!url.hostname.includes('.')) return `"${v}" has no domain name, expected e.g. https://your-project.org/...`;
  return undefined;
}

export function validateGithubRepo(value: string): string | undefined {
  const v = value.trim();
  if (!GITHUB_REPO.test(v)) return `"${v}" is not a GitHub repository, expected owner/repo.`;
  return undefined;
}

/** A security.txt contact as typed: an email address (with or without "mailto:") or an https:// URL. */
export function contactUri(value: string): string {
  const v = value.trim();
  return v.includes('@') && !v.startsWith('https://') ? `mailto:${v.replace(/^mailto:/i, '')}` : v;
}

export function validateContactUri(uri: string): string | undefined {
  return uri.startsWith('mailto:') ? validateEmail(uri.slice(7)) : validateHttpsUrl(uri);
}

export function githubAdvisoryUrl(repo: string): string {
  return `https://github.com/${repo}/security/advisories/new`;
}
