/**
 * Answers shared by the generators of every kind, and the validators the wizard runs per keystroke and `init` runs
 * on flags and prompts: what is wrong as a message (an English template of ANSWER_MESSAGES with the value as `{0}`,
 * shown in the questions' language through core/question-texts/, in English through formatMessage), or undefined.
 */
import type { Message } from './questions';

/** The validators' sentences; every one is translated in each core/question-texts/<language>.ts. */
export const ANSWER_MESSAGES = {
  emailEmpty: 'Enter an email address, e.g. security@your-project.org.',
  emailMailto: 'Enter the address without "mailto:".',
  emailInvalid: '"{0}" is not an email address, expected e.g. security@your-project.org.',
  emailNoReply: '"{0}" cannot receive reports, expected a monitored mailbox.',
  urlEmpty: 'Enter a URL starting with https://.',
  urlInvalid: '"{0}" is not a URL, expected one starting with https://.',
  urlNotHttps: '"{0}" is not https, expected a URL starting with https://.',
  urlNoDomain: '"{0}" has no domain name, expected e.g. https://your-project.org/...',
  githubRepo: '"{0}" is not a GitHub repository, expected owner/repo.',
} as const;
const M = ANSWER_MESSAGES;

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const GITHUB_REPO = /^[a-z0-9](?:[a-z0-9-]{0,38})\/[\w.-]{1,100}$/i;

export function validateEmail(value: string): Message | undefined {
  const v = value.trim();
  if (!v) return [M.emailEmpty];
  if (v.toLowerCase().startsWith('mailto:')) return [M.emailMailto];
  if (!EMAIL.test(v)) return [M.emailInvalid, v];
  if (/noreply|no-reply/i.test(v)) return [M.emailNoReply, v];
  return undefined;
}

export function validateHttpsUrl(value: string): Message | undefined {
  const v = value.trim();
  if (!v) return [M.urlEmpty];
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return [M.urlInvalid, v];
  }
  if (url.protocol !== 'https:') return [M.urlNotHttps, v];
  if (!url.hostname.includes('.')) return [M.urlNoDomain, v];
  return undefined;
}

export function validateGithubRepo(value: string): Message | undefined {
  const v = value.trim();
  if (!GITHUB_REPO.test(v)) return [M.githubRepo, v];
  return undefined;
}

/** A security.txt contact as typed: an email address (with or without "mailto:") or an https:// URL. */
export function contactUri(value: string): string {
  const v = value.trim();
  return v.includes('@') && !v.startsWith('https://') ? `mailto:${v.replace(/^mailto:/i, '')}` : v;
}

export function validateContactUri(uri: string): Message | undefined {
  return uri.startsWith('mailto:') ? validateEmail(uri.slice(7)) : validateHttpsUrl(uri);
}

export function githubAdvisoryUrl(repo: string): string {
  return `https://github.com/${repo}/security/advisories/new`;
}
