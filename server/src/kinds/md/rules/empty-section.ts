import { defineRule } from '../../../core/rule';
import type { PolicyDocument } from '../policy';

/** True when the text between two offsets shows something: anything but white space and HTML comments. */
function showsContent(doc: PolicyDocument, start: number, end: number): boolean {
  let at = start;
  for (const comment of doc.markdown.comments) {
    if (comment.end <= at || comment.start >= end) continue;
    if (doc.text.slice(at, comment.start).trim() !== '') return true;
    at = comment.end;
  }
  return doc.text.slice(at, end).trim() !== '';
}

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
        // A comment is not content: readers see nothing.
        text: '# Security\n\n## Reporting\n\n<!-- TODO -->\n\n## Scope\n\nThe app.\n',
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
    valid: [
      { text: '# Security\n\n## Reporting\n\n### By email\n\nEmail a@acme.org.\n' },
      // A section whose content is a fenced block (a key, an example) is not empty.
      {
        text: '# Security\n\n## PGP key\n\n```\n-----BEGIN PGP PUBLIC KEY BLOCK-----\nmQINBF...\n-----END PGP PUBLIC KEY BLOCK-----\n```\n\n## Reporting\n\nEmail a@acme.org.\n',
      },
    ],
  },
  md(doc, context) {
    for (const section of doc.sections) {
      if (showsContent(doc, section.heading.end, section.end)) continue;
      context.report({
        message: `The section "${section.heading.text}" is empty, expected content before the next heading.`,
        start: section.heading.start,
        end: section.heading.end,
      });
    }
  },
});
