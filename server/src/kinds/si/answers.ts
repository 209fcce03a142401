/** The answers a security-insights.yml is generated from, and what they must hold; no YAML here (the client imports it). */
import { repoRefOf } from '../../core/repo-url';

export const REPOSITORY_STATUSES = [
  'active',
  'concept',
  'WIP',
  'inactive',
  'abandoned',
  'moved',
  'suspended',
  'unsupported',
] as const;
export type RepositoryStatus = (typeof REPOSITORY_STATUSES)[number];

export interface InsightsAnswers {
  projectName: string;
  /** The repository's web URL (from the git remote). */
  repositoryUrl: string;
  /** Who administers the project (administrators and core team). */
  maintainer: string;
  /** The security contact's email, when there is one. */
  contactEmail?: string;
  /** The security policy's URL, when there is one. */
  policyUrl?: string;
  licenseExpression: string;
  /** Where the license text is (default: LICENSE in the repository). */
  licenseUrl?: string;
  status: RepositoryStatus;
  today: Date;
}

/** The raw URL a file at `path` in a GitHub repository is served from (header.url); the web URL elsewhere. */
export function fileUrl(repositoryUrl: string, path: string, raw: boolean): string {
  const ref = repoRefOf(repositoryUrl);
  if (ref?.host === 'github.com')
    return raw
      ? `https://raw.githubusercontent.com/${ref.owner}/${ref.name}/HEAD/${path}`
      : `${repositoryUrl}/blob/HEAD/${path}`;
  if (ref) return `${repositoryUrl}/-/blob/HEAD/${path}`;
  return `${repositoryUrl}/${path}`;
}

/** GitHub shows a repository's security policy at /security/policy: a place to report even without an email. */
export function policyUrlOf(a: InsightsAnswers): string | undefined {
  if (a.policyUrl) return a.policyUrl;
  const ref = repoRefOf(a.repositoryUrl);
  return !a.contactEmail && ref?.host === 'github.com' ? `${a.repositoryUrl}/security/policy` : undefined;
}

/** Why the answers cannot make a file that accepts reports; empty when they can. */
export function insightsProblems(a: InsightsAnswers): string[] {
  return !a.contactEmail && !policyUrlOf(a)
    ? ['No way to report: give a security contact email or a security policy URL.']
    : [];
}
