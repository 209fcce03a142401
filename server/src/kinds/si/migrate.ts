/**
 * Security Insights v1 (SECURITY-INSIGHTS.yml, schema 1.0.0) to 2.2.0: every v1 value that has a place in v2 is
 * carried over; values v2 has no place for are listed, so the quick fix can say what it drops. Nothing is invented:
 * required v2 fields with no v1 source stay missing, for the schema check to point at.
 */
import { trimTrailingSlashes } from '../../core/text';
import { writeInsights } from './document';

type Data = Record<string, unknown>;

const obj = (v: unknown): Data => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

/** Drops undefined values and empty mappings, so the output has only what v1 said. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Data = {};
  for (const [k, v] of Object.entries(value)) {
    const c = clean(v);
    if (c === undefined || (c !== null && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0))
      continue;
    out[k] = c;
  }
  return out;
}

const TOOL_TYPES: Record<string, string> = {
  sca: 'SCA',
  sast: 'SAST',
  fuzzer: 'fuzzing',
  fuzzing: 'fuzzing',
  container: 'container',
  secret: 'secret',
};

export interface Migration {
  /** The v2.2.0 file. */
  text: string;
  /** v1 fields with no v2 place, by their v1 path. */
  dropped: string[];
}

/** The v1 values that belong in `project`. */
function projectOf(v1: Data): Data {
  const header = obj(v1.header);
  const lifecycle = obj(v1['project-lifecycle']);
  const contribution = obj(v1['contribution-policy']);
  const reporting = obj(v1['vulnerability-reporting']);
  const projectUrl = str(header['project-url']);
  const repoName = projectUrl ? trimTrailingSlashes(projectUrl).split('/').pop() : undefined;
  const contacts = list(v1['security-contacts']).map(obj);
  const emailContact =
    contacts.find((c) => c.type === 'email' && c.primary === true) ?? contacts.find((c) => c.type === 'email');
  const email = str(emailContact?.value) ?? str(reporting['email-contact']);
  return {
    name: repoName,
    roadmap: str(lifecycle.roadmap),
    repositories: projectUrl
      ? [{ name: repoName, url: projectUrl, comment: 'The repository this file describes.' }]
      : undefined,
    'vulnerability-reporting': {
      'reports-accepted': bool(reporting['accepts-vulnerability-reports']),
      'bug-bounty-available': bool(reporting['bug-bounty-available']),
      'bug-bounty-program': str(reporting['bug-bounty-url']),
      contact: email ? { name: email, email, primary: true } : undefined,
      comment: str(reporting.comment),
      policy: str(reporting['security-policy']),
      'pgp-key': str(reporting['pgp-key']),
      'in-scope': reporting['in-scope'],
      'out-of-scope': reporting['out-scope'],
    },
    documentation: {
      'detailed-guide': str(list(v1.documentation)[0]),
      'code-of-conduct': str(contribution['code-of-conduct']),
      'release-process': str(lifecycle['release-process']),
    },
  };
}

/** v1 `security-testing` entries as v2 `repository.security.tools`. */
function toolsOf(v1: Data): Data[] {
  return list(v1['security-testing'])
    .map(obj)
    .map((t) => {
      const integration = obj(t.integration);
      const rulesets = list(t['tool-rulesets']).map(str).filter(Boolean);
      return {
        name: str(t['tool-name']),
        type: TOOL_TYPES[String(t['tool-type']).toLowerCase()] ?? 'other',
        version: str(t['tool-version']),
        comment: str(t.comment),
        rulesets: rulesets.length > 0 ? rulesets : ['default'],
        integration: {
          adhoc: bool(integration['ad-hoc']) ?? false,
          ci: bool(integration.ci) ?? false,
          release: bool(integration['before-release']) ?? false,
        },
        results: {},
      };
    });
}

/** The v1 values that belong in `repository`. */
function repositoryOf(v1: Data): Data {
  const header = obj(v1.header);
  const lifecycle = obj(v1['project-lifecycle']);
  const contribution = obj(v1['contribution-policy']);
  const dependencies = obj(v1.dependencies);
  const selfAssessment = obj(obj(v1['security-artifacts'])['self-assessment']);
  const selfComment =
    str(selfAssessment.comment) ??
    (selfAssessment['self-assessment-created'] === false ? 'No self-assessment has been published.' : undefined);
  return {
    status: str(lifecycle.status),
    url: str(header['project-url']),
    'accepts-change-request': bool(contribution['accepts-pull-requests']),
    'accepts-automated-change-request': bool(contribution['accepts-automated-pull-requests']),
    'bug-fixes-only': bool(lifecycle['bug-fixes-only']),
    'no-third-party-packages':
      typeof dependencies['third-party-packages'] === 'boolean' ? !dependencies['third-party-packages'] : undefined,
    'core-team': list(lifecycle['core-maintainers'])
      .map(str)
      .filter((m): m is string => m !== undefined)
      .map((name, i) => ({ name, primary: i === 0 })),
    license: str(header.license) ? { url: str(header.license) } : undefined,
    security: {
      assessments: {
        self: selfComment
          ? {
              comment: selfComment,
              evidence: str(list(selfAssessment['evidence-url'])[0] ?? selfAssessment['evidence-url']),
            }
          : undefined,
        'third-party': list(v1['security-assessments'])
          .map(obj)
          .map((a) => ({
            name: str(a['auditor-name']),
            evidence: str(a['auditor-report']),
            comment:
              str(a.comment) ??
              `Audit by ${str(a['auditor-name']) ?? 'a third party'}${str(a['report-year']) ? ` (${str(a['report-year'])})` : ''}.`,
          })),
      },
      tools: toolsOf(v1),
    },
    documentation: {
      'contributing-guide': str(contribution['contributing-policy']),
      'dependency-management-policy': str(
        obj(dependencies['dependencies-lifecycle'])['policy-url'] ??
          obj(dependencies['env-dependencies-policy'])['policy-url'],
      ),
    },
    release: {
      changelog: str(header.changelog),
      'distribution-points': list(v1['distribution-points'])
        .map(str)
        .filter((u): u is string => u !== undefined)
        .map((uri) => ({ uri, comment: 'Where releases are published.' })),
    },
  };
}

/** The v1 fields that have no v2 place. */
function droppedOf(v1: Data): string[] {
  const header = obj(v1.header);
  const lifecycle = obj(v1['project-lifecycle']);
  const contribution = obj(v1['contribution-policy']);
  const dependencies = obj(v1.dependencies);
  return [
    ...['expiration-date', 'commit-hash', 'project-release'].filter((k) => k in header).map((k) => `header.${k}`),
    ...['release-cycle'].filter((k) => k in lifecycle).map((k) => `project-lifecycle.${k}`),
    ...['automated-tools-list'].filter((k) => k in contribution).map((k) => `contribution-policy.${k}`),
    ...['dependencies-lists', 'sbom'].filter((k) => k in dependencies).map((k) => `dependencies.${k}`),
    ...('threat-model' in obj(v1['security-artifacts']) ? ['security-artifacts.threat-model'] : []),
    ...(list(v1['security-testing']).some((t) => 'tool-url' in obj(t)) ? ['security-testing[].tool-url'] : []),
    ...(list(v1['security-assessments']).some((a) => 'auditor-url' in obj(a))
      ? ['security-assessments[].auditor-url']
      : []),
  ];
}

export function migrateV1(v1: Data): Migration {
  const header = obj(v1.header);
  const v2 = {
    header: {
      'schema-version': '2.2.0',
      'last-updated': str(header['last-updated']),
      'last-reviewed': str(header['last-reviewed']),
      url: str(header['project-url']),
    },
    project: projectOf(v1),
    repository: repositoryOf(v1),
  };
  const cleaned = clean(v2) as Data;
  // Tools carry an empty `results: {}` (required, nothing to say); clean() removed it, so put it back.
  for (const tool of list(obj(obj(cleaned.repository).security).tools)) (tool as Data).results = {};
  const text = writeInsights(cleaned);
  return { text, dropped: droppedOf(v1) };
}
