import { defineRule } from '../../../core/rule';
import { migrateV1 } from '../migrate';
import { siExample, SPEC_URL } from './helpers';

const V1_FILE = `header:
  schema-version: 1.0.0
  expiration-date: '2027-01-01T00:00:00.000Z'
  last-updated: '2026-01-10'
  last-reviewed: '2026-01-10'
  project-url: https://github.com/acme/app
  license: https://github.com/acme/app/blob/main/LICENSE
project-lifecycle:
  status: active
  bug-fixes-only: false
  core-maintainers:
    - github:ada
contribution-policy:
  accepts-pull-requests: true
  accepts-automated-pull-requests: false
vulnerability-reporting:
  accepts-vulnerability-reports: true
  security-policy: https://github.com/acme/app/blob/main/SECURITY.md
  bug-bounty-available: false
security-contacts:
  - type: email
    value: security@acme.org
    primary: true
`;

export default defineRule({
  meta: {
    id: 'insights-v1',
    defaultSeverity: 'warning',
    fixable: true,
    specUrl: SPEC_URL,
    description:
      'A Security Insights v1 file (`header.expiration-date`, `project-lifecycle`, `security-contacts`, …): readers of version 2 such as the OSPS Baseline scanner do not understand it.',
    rationale:
      'Security Insights 2.0.0 replaced the v1 layout; current tools look for `security-insights.yml` in the v2 shape and skip v1 files, so the project gets no credit for what the file says.',
    howToFix:
      'Apply the quick fix: it rewrites the file as 2.2.0, keeping every value that has a v2 place and naming those that have none. Then fill in the fields the schema check marks as missing (administrators, license expression) and rename the file to `security-insights.yml`.',
    fixTitles: {
      migrate: 'Migrate to Security Insights 2.2.0',
      migrateDropping: 'Migrate to Security Insights 2.2.0; drops {fields}, which v2 has no place for',
    },
    invalid: [
      {
        ...siExample(V1_FILE),
        path: 'SECURITY-INSIGHTS.yml',
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'This is a Security Insights v1 file, which version 2 readers ignore, expected the 2.x layout (header.url, project, repository).',
          },
        ],
        fixed: `header:
  schema-version: 2.2.0
  last-updated: '2026-01-10'
  last-reviewed: '2026-01-10'
  url: https://github.com/acme/app
project:
  name: app
  repositories:
    - name: app
      url: https://github.com/acme/app
      comment: The repository this file describes.
  vulnerability-reporting:
    reports-accepted: true
    bug-bounty-available: false
    contact:
      name: security@acme.org
      email: security@acme.org
      primary: true
    policy: https://github.com/acme/app/blob/main/SECURITY.md
repository:
  status: active
  url: https://github.com/acme/app
  accepts-change-request: true
  accepts-automated-change-request: false
  bug-fixes-only: false
  core-team:
    - name: github:ada
      primary: true
  license:
    url: https://github.com/acme/app/blob/main/LICENSE
`,
      },
      {
        ...siExample(
          "header:\n  schema-version: '1.0.0'\n  expiration-date: '2025-11-24T01:00:00.000Z'\n  project-url: https://github.com/acme/app\n",
        ),
        path: 'SECURITY-INSIGHTS.yml',
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'This is a Security Insights v1 file, which version 2 readers ignore, expected the 2.x layout (header.url, project, repository).',
          },
        ],
        fixed:
          'header:\n  schema-version: 2.2.0\n  url: https://github.com/acme/app\nproject:\n  name: app\n  repositories:\n    - name: app\n      url: https://github.com/acme/app\n      comment: The repository this file describes.\nrepository:\n  url: https://github.com/acme/app\n',
      },
    ],
    valid: [siExample('header:\n  schema-version: 2.2.0\n  url: https://github.com/acme/app\n')],
  },
  si(doc, context) {
    if (doc.shape !== 'v1' || !doc.data) return;
    const header = doc.locate(['header']);
    const span = header.key ?? { start: 0, end: 0 };
    const migration = migrateV1(doc.data);
    context.report({
      message:
        'This is a Security Insights v1 file, which version 2 readers ignore, expected the 2.x layout (header.url, project, repository).',
      start: span.start,
      end: span.end,
      fix: {
        ...(migration.dropped.length > 0
          ? { titleId: 'migrateDropping', titleValues: { fields: migration.dropped.join(', ') } }
          : { titleId: 'migrate' }),
        edits: [{ start: 0, end: doc.text.length, newText: migration.text }],
        safe: false,
      },
    });
  },
});
