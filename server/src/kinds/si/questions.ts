/** The security-insights.yml questions of the wizard and `init --insights` (see ./questions.ts), and their draft. */
import { trimTrailingSlashes } from '../../core/text';
import { validateEmail, validateHttpsUrl } from '../../core/answers';
import { optional, type ChoiceQuestion, type Message, type Question } from '../../core/questions';
import { REPOSITORY_STATUSES, type InsightsAnswers, type RepositoryStatus } from './answers';
import type { InsightsFacts } from './facts';

export interface InsightsDraft {
  projectName: string;
  repositoryUrl: string;
  maintainer: string;
  contactEmail: string;
  policyUrl: string;
  licenseExpression: string;
  licenseUrl?: string;
  status: RepositoryStatus;
}

/** The draft prefilled from the workspace; the maintainer defaults to the repository owner's maintainers. */
export function insightsDraft(facts: InsightsFacts): InsightsDraft {
  const owner = facts.repositoryUrl?.split('/').slice(-2, -1)[0];
  return {
    projectName: facts.projectName ?? '',
    repositoryUrl: facts.repositoryUrl ?? '',
    maintainer: owner ? `${owner} maintainers` : '',
    contactEmail: facts.contactEmail ?? '',
    policyUrl: facts.policyUrl ?? '',
    licenseExpression: facts.licenseExpression ?? '',
    licenseUrl: facts.licenseUrl,
    status: 'active',
  };
}

export function insightsAnswers(d: InsightsDraft, today: Date): InsightsAnswers {
  return {
    projectName: d.projectName.trim(),
    repositoryUrl: trimTrailingSlashes(d.repositoryUrl.trim()),
    maintainer: d.maintainer.trim(),
    contactEmail: d.contactEmail.trim() || undefined,
    policyUrl: d.policyUrl.trim() || undefined,
    licenseExpression: d.licenseExpression.trim(),
    licenseUrl: d.licenseUrl,
    status: d.status,
    today,
  };
}

/** The validators' sentences (see core/answers.ts); every one is translated in each core/question-texts/<language>.ts. */
export const INSIGHTS_ANSWER_MESSAGES = {
  noName: 'Enter the project name.',
  noMaintainer: 'Enter a name.',
  license: 'Enter an SPDX license expression such as MIT or Apache-2.0 OR MIT.',
} as const;
const required =
  (message: string) =>
  (v: string): Message | undefined =>
    v.trim() === '' ? [message] : undefined;
const SPDX_EXPRESSION = /^[A-Za-z0-9.+-]{1,60}(?: (?:AND|OR|WITH) [A-Za-z0-9.+-]{1,60}){0,10}$/;

export const INSIGHTS_QUESTIONS: ReadonlyArray<Question<InsightsDraft>> = [
  {
    id: 'name',
    kind: 'text',
    prompt: 'Project name',
    placeholder: 'My Project',
    optional: false,
    validate: required(INSIGHTS_ANSWER_MESSAGES.noName),
    get: (d) => d.projectName,
    set: (d, v) => void (d.projectName = v),
  },
  {
    id: 'repository',
    kind: 'text',
    prompt: 'Repository URL (repository.url; the git remote by default)',
    placeholder: 'https://github.com/owner/repo',
    optional: false,
    validate: validateHttpsUrl,
    get: (d) => d.repositoryUrl,
    set: (d, v) => void (d.repositoryUrl = v),
  },
  {
    id: 'maintainer',
    kind: 'text',
    prompt: 'Who administers the project (a person or a team)',
    placeholder: 'Ada Lovelace',
    optional: false,
    validate: required(INSIGHTS_ANSWER_MESSAGES.noMaintainer),
    get: (d) => d.maintainer,
    set: (d, v) => void (d.maintainer = v),
  },
  {
    id: 'contact',
    kind: 'text',
    prompt: 'Security contact email (optional; SECURITY.md names it by default)',
    placeholder: 'security@your-project.org',
    optional: true,
    validate: optional(validateEmail),
    get: (d) => d.contactEmail,
    set: (d, v) => void (d.contactEmail = v),
  },
  {
    id: 'policy',
    kind: 'text',
    prompt: 'Security policy URL (optional; your SECURITY.md by default)',
    placeholder: 'https://github.com/owner/repo/blob/HEAD/SECURITY.md',
    optional: true,
    validate: optional(validateHttpsUrl),
    get: (d) => d.policyUrl,
    set: (d, v) => void (d.policyUrl = v),
  },
  {
    id: 'license',
    kind: 'text',
    prompt: 'License (SPDX expression)',
    placeholder: 'MIT',
    optional: false,
    validate: (v) => (SPDX_EXPRESSION.test(v.trim()) ? undefined : [INSIGHTS_ANSWER_MESSAGES.license]),
    get: (d) => d.licenseExpression,
    set: (d, v) => void (d.licenseExpression = v),
  },
  {
    id: 'status',
    kind: 'choice',
    prompt: 'Repository status (repostatus.org)',
    choices: () => REPOSITORY_STATUSES.map((s, i) => ({ value: s, key: String(i + 1), label: s })),
    get: (d) => d.status,
    set: (d, v: RepositoryStatus) => void (d.status = v),
  } satisfies ChoiceQuestion<InsightsDraft, RepositoryStatus>,
];
