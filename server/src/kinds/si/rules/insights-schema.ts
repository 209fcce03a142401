import { defineRule } from '../../../core/rule';
import { schemaProblems } from '../schema-problems';
import { SCHEMA_MESSAGES } from '../schema-messages';
import { siExample, SPEC_URL, VALID_INSIGHTS, VALID_V1_INSIGHTS, variant } from './helpers';

/** VALID_INSIGHTS without its project. */
const WITHOUT_PROJECT =
  VALID_INSIGHTS.slice(0, VALID_INSIGHTS.indexOf('project:\n')) +
  VALID_INSIGHTS.slice(VALID_INSIGHTS.indexOf('repository:\n'));
/** VALID_INSIGHTS with a design document (2.2.0) named. */
const WITH_DESIGN = VALID_INSIGHTS.replace(
  '  name: App\n',
  '  name: App\n  documentation:\n    design: https://acme.org/design\n',
);

/** VALID_V1_INSIGHTS with one line replaced. */
const v1 = (from: string, to: string): string => variant(from, to, VALID_V1_INSIGHTS);

/** A v1 file (1.0.0) is checked against the v1 schema, written from the 1.0.0 specification (schema-v1.json). */
const V1_INVALID = [
  {
    // v1's contact types are email, phone and url (its prose says "website", its schema url).
    ...siExample(v1('- type: email', '- type: website')),
    expect: [
      {
        line: 30,
        column: 11,
        message: '"security-contacts[0].type" must be one of email, phone, url; found "website".',
      },
    ],
  },
  {
    ...siExample(v1('action: allowed', 'action: allow').replace('tool-version: latest', 'tool-version: 2')),
    expect: [
      {
        line: 18,
        column: 15,
        message: '"contribution-policy.automated-tools-list[0].action" must be one of allowed, denied; found "allow".',
      },
      { line: 24, column: 19, message: '"security-testing[0].tool-version" must be text, found 2.' },
    ],
  },
  {
    ...siExample(v1('accepts-automated-pull-requests: true', 'accepts-automated-pull-request: true')),
    expect: [
      {
        line: 13,
        column: 1,
        message: 'Missing required field "contribution-policy.accepts-automated-pull-requests", true or false.',
      },
      {
        line: 15,
        column: 3,
        message:
          'Unknown field "accepts-automated-pull-request" in contribution-policy, did you mean "accepts-automated-pull-requests"?',
      },
    ],
  },
  {
    // A field the specification requires only in some cases: here because reports are accepted.
    ...siExample(v1('email-contact: security@acme.org', '')),
    expect: [
      {
        line: 33,
        column: 1,
        message:
          'Missing field "vulnerability-reporting.email-contact", an email address, required when "vulnerability-reporting.accepts-vulnerability-reports" is true.',
      },
    ],
  },
  {
    ...siExample(v1("expiration-date: '2027-01-01T00:00:00.000Z'", "expiration-date: '2027-01-01'")),
    expect: [
      {
        line: 3,
        column: 20,
        message:
          '"header.expiration-date" must be a date and time with its time zone, such as \'2027-01-01T00:00:00.000Z\', found "2027-01-01".',
      },
    ],
  },
  {
    // The v1 specification: the expiration date "can be at most one year from the date it was last reviewed".
    ...siExample(v1("expiration-date: '2027-01-01T00:00:00.000Z'", "expiration-date: '2027-06-01T00:00:00.000Z'")),
    expect: [
      {
        line: 3,
        column: 20,
        message:
          '"header.expiration-date" must be at most one year after "header.last-reviewed" (2026-05-01), found "2027-06-01T00:00:00.000Z".',
      },
    ],
  },
  {
    ...siExample(v1('schema-version: 1.0.0', 'schema-version: 2.0.0')),
    expect: [
      {
        line: 2,
        column: 19,
        message:
          'schema-version "2.0.0" does not match the fields of this file, which are Security Insights v1; expected 1.0.0.',
      },
    ],
  },
];

export default defineRule({
  meta: {
    id: 'insights-schema',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: SPEC_URL,
    description:
      'security-insights.yml does not follow the Security Insights 2.x schema: a missing required field, a wrong type, an unknown field or value, a malformed URL, email or date.',
    rationale:
      'Readers of the file (the OSPS Baseline scanner, LFX Insights, CLOMonitor) validate it against the schema and discard what does not fit; a file that fails the schema gives no evidence at all. A file in the v1 layout (schema 1.0.0: `header.expiration-date`, `project-lifecycle`, `security-contacts`, …) is checked against the v1 schema, written from the 1.0.0 specification, so that it says what it means until it is migrated (insights-v1).',
    howToFix:
      'Give the field the value the message asks for. Hover a key to read what the field means; completion lists the fields and values allowed there (those of v1 in a v1 file). For a v1 file, consider migrating it to 2.2.0 with the quick fix of insights-v1.',
    messages: SCHEMA_MESSAGES,
    invalid: [
      {
        ...siExample(variant('status: active', 'status: maintained')),
        expect: [
          {
            line: 25,
            column: 11,
            message:
              '"repository.status" must be one of active, abandoned, concept, inactive, moved, suspended, unsupported, WIP; found "maintained".',
          },
        ],
      },
      {
        ...siExample(variant('email: security@acme.org', 'email: security(at)acme.org')),
        expect: [
          {
            line: 21,
            column: 14,
            message:
              '"project.vulnerability-reporting.contact.email" must be an email address, found "security(at)acme.org".',
          },
        ],
      },
      {
        ...siExample(variant("last-reviewed: '2026-05-01'", "last-reviewed: '2026-02-30'\nowner: Ada")),
        expect: [
          { line: 4, column: 18, message: '"header.last-reviewed" is not a real calendar date, found "2026-02-30".' },
          {
            line: 5,
            column: 3,
            message:
              'Unknown field "owner" in header, expected one of: last-reviewed, last-updated, schema-version, url, comment, project-si-source.',
          },
        ],
      },
      {
        ...siExample(
          variant('accepts-change-request: true', 'accepts-change-request: yes\naccepts-automated-change-reqest: true'),
        ),
        expect: [
          { line: 26, column: 27, message: '"repository.accepts-change-request" must be true or false, found "yes".' },
          {
            line: 27,
            column: 3,
            message:
              'Unknown field "accepts-automated-change-reqest" in repository, did you mean "accepts-automated-change-request"?',
          },
        ],
      },
      {
        ...siExample(variant('primary: true', 'affiliation: Acme')),
        expect: [
          { line: 9, column: 7, message: 'Missing required field "project.administrators[0].primary", true or false.' },
        ],
      },
      {
        // An empty (or comment-only) file lacks everything, not nothing.
        ...siExample('# Security Insights: to be written\n'),
        expect: [{ line: 1, column: 1, message: 'Missing required field "header", a mapping of fields.' }],
      },
      {
        ...siExample('- header:\n    schema-version: 2.2.0\n'),
        expect: [
          { line: 1, column: 1, message: 'The file must be a mapping of fields such as "header", found a list.' },
        ],
      },
      {
        // From 2.1.0 a file describes its project, unless header.project-si-source names the file that does.
        ...siExample(WITHOUT_PROJECT),
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'Missing required field "project", a mapping of fields (from 2.1.0, unless "header.project-si-source" names the file that describes the project).',
          },
        ],
      },
      {
        ...siExample(
          WITH_DESIGN.replace('schema-version: 2.2.0', 'schema-version: 2.1.0').replace('policy:', 'security-policy:'),
        ),
        expect: [
          {
            line: 9,
            column: 5,
            message:
              '"project.documentation.design" exists from Security Insights 2.2.0, but this file declares 2.1.0: declare 2.2.0 or leave the field out.',
          },
        ],
      },
      ...V1_INVALID,
    ],
    valid: [
      siExample(
        variant('policy: https://github.com/acme/app/blob/main/SECURITY.md', 'in-scope: [the app, its Docker image]'),
      ),
      siExample(WITH_DESIGN),
      siExample(
        WITHOUT_PROJECT.replace(
          '  url: https://raw.githubusercontent.com/acme/app/main/security-insights.yml\n',
          '  url: https://raw.githubusercontent.com/acme/app/main/security-insights.yml\n  project-si-source: https://raw.githubusercontent.com/acme/.github/main/security-insights.yml\n',
        ),
      ),
      // 2.0.0 did not yet require project.
      siExample(WITHOUT_PROJECT.replace('schema-version: 2.2.0', 'schema-version: 2.0.0')),
      siExample(VALID_V1_INSIGHTS),
      // A project that does not accept reports owes no email address or policy (v1).
      siExample(
        v1('accepts-vulnerability-reports: true', 'accepts-vulnerability-reports: false')
          .replace('  email-contact: security@acme.org\n', '')
          .replace('  security-policy: https://github.com/acme/app/blob/main/SECURITY.md\n', ''),
      ),
    ],
  },
  si(doc, context) {
    for (const p of schemaProblems(doc))
      context.report({ messageId: p.messageId, values: p.values, start: p.span.start, end: p.span.end });
    const version = doc.version;
    if (doc.shape === 'v2' && version && version[0] !== 2) {
      const span = doc.spanFor(['header', 'schema-version']);
      context.report({
        messageId: 'v2Version',
        values: { version: version.join('.') },
        start: span.start,
        end: span.end,
      });
    }
  },
});
