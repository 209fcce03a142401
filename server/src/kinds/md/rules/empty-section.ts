import { defineRule } from '../../../core/rule';
import type { PolicyDocument } from '../policy';
import type { Heading } from '../markdown';

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

/** Sentence punctuation ending a heading that is a note ("Version 3.23 ended early because its build broke."). */
const SENTENCE_END = /[.!。！]\s*$/u;

/**
 * A heading that carries its content promises nothing missing: a sentence written as a heading, or a heading that is
 * a link to the content ("### [Security advisories](…)").
 */
function carriesContent(doc: PolicyDocument, heading: Heading): boolean {
  const text = heading.text.trim();
  if (SENTENCE_END.test(text) && text.split(/\s+/u).length >= 4) return true;
  return doc.links.some(
    (l) => l.start >= heading.start && l.end <= heading.end && l.label.trim() === text && l.kind !== 'definition',
  );
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
    messages: { empty: 'The section "{heading}" is empty, expected content before the next heading.' },
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
      // Front matter is not a heading: the empty section after it is still found, on its own line.
      {
        text: '---\ntitle: Security Policy\n---\n\n# Security\n\n## Reporting\n\n## Scope\n\nAll of it.\n',
        expect: [
          {
            line: 7,
            column: 1,
            message: 'The section "Reporting" is empty, expected content before the next heading.',
          },
        ],
      },
    ],
    valid: [
      // YAML front matter: its closing "---" does not make its fields a heading.
      { text: '---\ntitle: Security Policy\nstatus: draft\n---\n\n## Reporting\n\nEmail a@acme.org.\n' },
      // A heading that carries its content: a sentence written as a heading, a heading that is a link.
      {
        text: '# Security\n\n## Reporting\n\nEmail a@acme.org.\n\n### Version 3.2 reached its end of support early because its build broke.\n',
      },
      {
        text: '# 安全政策\n\n## 报告漏洞\n\n请发送邮件至 security@acme.org。\n\n### [安全公告](https://acme.org/advisories)\n',
      },
      { text: '# Security\n\n## Reporting\n\n### By email\n\nEmail a@acme.org.\n' },
      // A section whose content is a fenced block (a key, an example) is not empty.
      {
        text: '# Security\n\n## PGP key\n\n```\n-----BEGIN PGP PUBLIC KEY BLOCK-----\nmQINBF...\n-----END PGP PUBLIC KEY BLOCK-----\n```\n\n## Reporting\n\nEmail a@acme.org.\n',
      },
    ],
  },
  md(doc, context) {
    for (const section of doc.sections) {
      if (showsContent(doc, section.heading.end, section.end) || carriesContent(doc, section.heading)) continue;
      context.report({
        messageId: 'empty',
        values: { heading: section.heading.text },
        start: section.heading.start,
        end: section.heading.end,
      });
    }
  },
});
