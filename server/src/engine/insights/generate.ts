/**
 * A new security-insights.yml (2.2.0) from answers and what the workspace already says: SECURITY.md's contact and
 * place, the git remote, the license, today's date. Written with the `yaml` library, so every value is quoted
 * where YAML needs it.
 */
import { stringify } from 'yaml';
import { isoDate } from '../dates';
import { INSIGHTS_TARGET } from '../locations';
import { repoRefOf } from './repo-url';

export const REPOSITORY_STATUSES = ['active', 'concept', 'WIP', 'inactive', 'abandoned', 'moved', 'suspended', 'unsupported'] as const;
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
  if (ref?.host === 'github.com') return raw ? `https://raw.githubusercontent.com/${ref.owner}/${ref.name}/HEAD/${path}` : `${repositoryUrl}/blob/HEAD/${path}`;
  if (ref) return `${repositoryUrl}/-/blob/HEAD/${path}`;
  return `${repositoryUrl}/${path}`;
}

/** GitHub shows a repository's security policy at /security/policy: a place to report even without an email. */
function policyUrlOf(a: InsightsAnswers): string | undefined {
  if (a.policyUrl) return a.policyUrl;
  const ref = repoRefOf(a.repositoryUrl);
  return !a.contactEmail && ref?.host === 'github.com' ? `${a.repositoryUrl}/security/policy` : undefined;
}

/** Why the answers cannot make a file that accepts reports; empty when they can. */
export function insightsProblems(a: InsightsAnswers): string[] {
  return !a.contactEmail && !policyUrlOf(a) ? ['No way to report: give a security contact email or a security policy URL.'] : [];
}

export function generateInsights(a: InsightsAnswers): string {
  const today = isoDate(a.today);
  const policyUrl = policyUrlOf(a);
  const name = a.repositoryUrl.replace(/\/+$/, '').split('/').pop() ?? a.projectName;
  const data = {
    header: { 'schema-version': '2.2.0', 'last-updated': today, 'last-reviewed': today, url: fileUrl(a.repositoryUrl, INSIGHTS_TARGET, true) },
    project: {
      name: a.projectName,
      administrators: [{ name: a.maintainer, primary: true }],
      repositories: [{ name, url: a.repositoryUrl, comment: `The ${a.projectName} repository.` }],
      'vulnerability-reporting': {
        'reports-accepted': true,
        'bug-bounty-available': false,
        ...(policyUrl ? { policy: policyUrl } : {}),
        ...(a.contactEmail ? { contact: { name: `${a.projectName} security team`, email: a.contactEmail, primary: true } } : {}),
      },
    },
    repository: {
      url: a.repositoryUrl,
      status: a.status,
      'accepts-change-request': true,
      'accepts-automated-change-request': true,
      'core-team': [{ name: a.maintainer, primary: true }],
      license: { url: a.licenseUrl ?? fileUrl(a.repositoryUrl, 'LICENSE', false), expression: a.licenseExpression },
      security: { assessments: { self: { comment: 'No self-assessment has been published yet.' } } },
      ...(policyUrl ? { documentation: { 'security-policy': policyUrl } } : {}),
    },
  };
  return stringify(data, { lineWidth: 0 }).replace(/^(\s*(?:last-updated|last-reviewed): )(\d{4}-\d{2}-\d{2})$/gm, "$1'$2'");
}
