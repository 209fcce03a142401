import { defineRule } from '../../../core/rule';
import { REPORTING, siExample, SPEC_URL, variant } from './helpers';

export default defineRule({
  meta: {
    id: 'insights-renamed-key',
    defaultSeverity: 'warning',
    fixable: true,
    specUrl: SPEC_URL,
    description:
      '`vulnerability-reporting.security-policy` in a 2.2.0 file, where the field is called `policy`; or `policy` in a 2.0.0/2.1.0 file, where it is still `security-policy`.',
    rationale:
      'Security Insights 2.2.0 renamed `project.vulnerability-reporting.security-policy` to `policy`. A reader of the declared version looks for the other name and finds no policy.',
    howToFix:
      'Use the name of the version the file declares in `header.schema-version`. The quick fix renames the key.',
    messages: {
      renamed:
        '"security-policy" was renamed "policy" in Security Insights 2.2.0, expected "policy" in a {version} file.',
      notYet: '"policy" is the Security Insights 2.2.0 name, expected "security-policy" in a {version} file.',
    },
    fixTitles: {
      rename: 'Rename to {key}',
    },
    invalid: [
      {
        ...siExample(
          variant(
            'policy: https://github.com/acme/app/blob/main/SECURITY.md',
            'security-policy: https://github.com/acme/app/blob/main/SECURITY.md',
          ),
        ),
        expect: [
          {
            line: 18,
            column: 5,
            message:
              '"security-policy" was renamed "policy" in Security Insights 2.2.0, expected "policy" in a 2.2.0 file.',
          },
        ],
        fixed: siExample(
          variant(
            'policy: https://github.com/acme/app/blob/main/SECURITY.md',
            'policy: https://github.com/acme/app/blob/main/SECURITY.md',
          ),
        ).text,
      },
      {
        ...siExample(variant('schema-version: 2.2.0', 'schema-version: 2.1.0')),
        expect: [
          {
            line: 18,
            column: 5,
            message: '"policy" is the Security Insights 2.2.0 name, expected "security-policy" in a 2.1.0 file.',
          },
        ],
        fixed: variant('schema-version: 2.2.0', 'schema-version: 2.1.0').replace('    policy:', '    security-policy:'),
      },
    ],
    valid: [
      siExample(
        variant('schema-version: 2.2.0', 'schema-version: 2.0.0').replace('    policy:', '    security-policy:'),
      ),
      siExample(variant('policy: https://github.com/acme/app/blob/main/SECURITY.md', '')),
    ],
  },
  si(doc, context) {
    const version = doc.version;
    if (!version || version[0] !== 2) return;
    const [from, to] = doc.atLeast22 ? ['security-policy', 'policy'] : ['policy', 'security-policy'];
    const at = doc.locate([...REPORTING, from]);
    if (at.missingFrom !== undefined || !at.key) return;
    const both = doc.get([...REPORTING, to]) !== undefined;
    context.report({
      messageId: doc.atLeast22 ? 'renamed' : 'notYet',
      values: { version: version.join('.') },
      start: at.key.start,
      end: at.key.end,
      fix: both
        ? undefined
        : {
            titleId: 'rename',
            titleValues: { key: to },
            edits: [{ start: at.key.start, end: at.key.end, newText: to }],
            safe: true,
          },
    });
  },
});
