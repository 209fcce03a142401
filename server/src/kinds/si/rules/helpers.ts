/** Shared pieces of the security-insights.yml rules: the spec link, a valid file to vary, and example helpers. */
import type { InsightsDocument, InsightsPath } from '../document';
import type { TextEdit } from '../../../core/types';

export const SPEC_URL = 'https://github.com/ossf/security-insights/blob/main/spec/schema.md';
export const EXAMPLE_PATH = 'security-insights.yml';
export const EXAMPLE_TODAY = '2026-06-01';

/** A complete, valid 2.2.0 file; examples change one thing in it. */
export const VALID_INSIGHTS = `header:
  schema-version: 2.2.0
  last-updated: '2026-05-01'
  last-reviewed: '2026-05-01'
  url: https://raw.githubusercontent.com/acme/app/main/security-insights.yml
project:
  name: App
  administrators:
    - name: Ada Lovelace
      primary: true
  repositories:
    - name: app
      url: https://github.com/acme/app
      comment: The application.
  vulnerability-reporting:
    reports-accepted: true
    bug-bounty-available: false
    policy: https://github.com/acme/app/blob/main/SECURITY.md
    contact:
      name: Acme security team
      email: security@acme.org
      primary: true
repository:
  url: https://github.com/acme/app
  status: active
  accepts-change-request: true
  accepts-automated-change-request: true
  core-team:
    - name: Ada Lovelace
      primary: true
  license:
    url: https://github.com/acme/app/blob/main/LICENSE
    expression: MIT
  security:
    assessments:
      self:
        comment: No self-assessment has been published yet.
`;

/** A complete, valid Security Insights 1.0.0 file (the v1 layout); the v1 examples change one thing in it. */
export const VALID_V1_INSIGHTS = `header:
  schema-version: 1.0.0
  expiration-date: '2027-01-01T00:00:00.000Z'
  last-updated: '2026-05-01'
  last-reviewed: '2026-05-01'
  project-url: https://github.com/acme/app
  license: https://github.com/acme/app/blob/main/LICENSE
project-lifecycle:
  status: active
  bug-fixes-only: false
  core-maintainers:
    - github:ada
contribution-policy:
  accepts-pull-requests: true
  accepts-automated-pull-requests: true
  automated-tools-list:
    - automated-tool: dependabot
      action: allowed
distribution-points:
  - https://github.com/acme/app/releases
security-testing:
  - tool-type: sca
    tool-name: Dependabot
    tool-version: latest
    integration:
      ad-hoc: false
      ci: true
      before-release: true
security-contacts:
  - type: email
    value: security@acme.org
    primary: true
vulnerability-reporting:
  accepts-vulnerability-reports: true
  email-contact: security@acme.org
  security-policy: https://github.com/acme/app/blob/main/SECURITY.md
`;

/**
 * A valid file (VALID_INSIGHTS unless another is given) with one line replaced: the first line equal to `from`,
 * trimmed of indentation.
 */
export function variant(from: string, to: string, base = VALID_INSIGHTS): string {
  const lines = base.split('\n');
  const i = lines.findIndex((l) => l.trim() === from);
  if (i < 0) throw new Error(`no line "${from}"`);
  const indent = /^\s*/.exec(lines[i])![0];
  lines.splice(i, 1, ...(to === '' ? [] : to.split('\n').map((l) => indent + l)));
  return lines.join('\n');
}

export function siExample(text: string): { text: string; kind: 'si'; path: string; today: string } {
  return { text, kind: 'si', path: EXAMPLE_PATH, today: EXAMPLE_TODAY };
}

/** Where a project says how to report vulnerabilities. */
export const REPORTING = ['project', 'vulnerability-reporting'] as const;

/** The edit that replaces the value at a path with `text`, keeping the value's quotes; undefined when it is absent. */
export function replaceValueEdit(doc: InsightsDocument, path: InsightsPath, text: string): TextEdit | undefined {
  const at = doc.locate(path);
  if (at.missingFrom !== undefined || !at.value) return undefined;
  const source = doc.text.slice(at.value.start, at.value.end);
  const quote = source[0] === "'" || source[0] === '"' ? source[0] : '';
  return { start: at.value.start, end: at.value.end, newText: `${quote}${text}${quote}` };
}
