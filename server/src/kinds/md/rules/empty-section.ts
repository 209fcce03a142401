import { defineRule } from '../../../core/rule';

export default defineRule({
  meta: {
    id: 'empty-section',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'A heading with no content before the next heading of the same or a higher level.',
    rationale:
      'An empty "Reporting a Vulnerability" or "Supported Versions" heading promises information that is not there.',
    howToFix: 'Write the section or remove the heading.',
    invalid: [
      {
        text: '# Security\n\n## Reporting\n\n## Supported Versions\n\nThe latest.\n',
        expect: [
          {
            line: 3,
            column: 1,
            message: 'The section "Reporting" is empty, expected content before the next heading.',
          },
        ],
      },
      {
        text: '# Security\n\n## Reporting\n\nEmail a@acme.org.\n\n## Scope\n',
        expect: [
          { line: 7, column: 1, message: 'The section "Scope" is empty, expected content before the next heading.' },
        ],
      },
    ],
    valid: [{ text: '# Security\n\n## Reporting\n\n### By email\n\nEmail a@acme.org.\n' }],
  },
  md(doc, context) {
    for (const section of doc.sections) {
      if (doc.masked.slice(section.heading.end, section.end).trim() !== '') continue;
      context.report({
        message: `The section "${section.heading.text}" is empty, expected content before the next heading.`,
        start: section.heading.start,
        end: section.heading.end,
      });
    }
  },
});
