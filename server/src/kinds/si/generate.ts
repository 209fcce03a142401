/**
 * A new security-insights.yml (2.2.0) from answers and what the workspace already says: SECURITY.md's contact and
 * place, the git remote, the license, today's date. Written with the `yaml` library, so every value is quoted
 * where YAML needs it.
 */
import { trimTrailingSlashes } from '../../core/text';
import { writeInsights } from './document';
import { isoDate } from '../../core/dates';
import { INSIGHTS_TARGET } from './locations';
import { fileUrl, policyUrlOf, type InsightsAnswers } from './answers';

/**
 * Where the license text can be read when the repository has no LICENSE file: SPDX's page of the license, or its
 * list when the expression names several (a link to a LICENSE that does not exist would be a broken link).
 */
export function spdxLicenseUrl(expression: string): string {
  const id = expression.trim();
  return /^[A-Za-z0-9.-]+$/.test(id) ? `https://spdx.org/licenses/${id}.html` : 'https://spdx.org/licenses/';
}

export function generateInsights(a: InsightsAnswers): string {
  const today = isoDate(a.today);
  const policyUrl = policyUrlOf(a);
  const name = trimTrailingSlashes(a.repositoryUrl).split('/').pop() ?? a.projectName;
  const data = {
    header: {
      'schema-version': '2.2.0',
      'last-updated': today,
      'last-reviewed': today,
      url: fileUrl(a.repositoryUrl, INSIGHTS_TARGET, true),
    },
    project: {
      name: a.projectName,
      administrators: [{ name: a.maintainer, primary: true }],
      repositories: [{ name, url: a.repositoryUrl, comment: `The ${a.projectName} repository.` }],
      'vulnerability-reporting': {
        'reports-accepted': true,
        'bug-bounty-available': false,
        ...(policyUrl ? { policy: policyUrl } : {}),
        ...(a.contactEmail
          ? { contact: { name: `${a.projectName} security team`, email: a.contactEmail, primary: true } }
          : {}),
      },
    },
    repository: {
      url: a.repositoryUrl,
      status: a.status,
      'accepts-change-request': true,
      'accepts-automated-change-request': true,
      'core-team': [{ name: a.maintainer, primary: true }],
      license: { url: a.licenseUrl ?? spdxLicenseUrl(a.licenseExpression), expression: a.licenseExpression },
      security: { assessments: { self: { comment: 'No self-assessment has been published yet.' } } },
      ...(policyUrl ? { documentation: { 'security-policy': policyUrl } } : {}),
    },
  };
  return writeInsights(data);
}
