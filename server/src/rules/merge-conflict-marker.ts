import { defineRule, type RuleContext } from '../core/rule';

const MARKER = /^(?:<{7}|\|{7}|={7}|>{7})(?=[ \t]|\r?$)[^\r\n]{0,200}/gm;

export default defineRule({
  meta: {
    id: 'merge-conflict-marker',
    defaultSeverity: 'error',
    fixable: false,
    description: 'Merge conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`) were committed.',
    rationale:
      'A half-resolved merge leaves two versions of the policy in one file; readers cannot tell which contact or promise is current.',
    howToFix: 'Resolve the conflict: keep the right text and delete the marker lines.',
    messages: {
      marker: 'Merge conflict marker "{marker}", expected the conflict to be resolved.',
    },
    invalid: [
      {
        text: 'header:\n<<<<<<< HEAD\n  last-updated: 2026-05-01\n=======\n  last-updated: 2026-04-01\n>>>>>>> main\n',
        kind: 'si',
        path: 'security-insights.yml',
        expect: [
          { line: 2, column: 1, message: 'Merge conflict marker "<<<<<<<", expected the conflict to be resolved.' },
          { line: 4, column: 1, message: 'Merge conflict marker "=======", expected the conflict to be resolved.' },
          { line: 6, column: 1, message: 'Merge conflict marker ">>>>>>>", expected the conflict to be resolved.' },
        ],
      },
      {
        text: '# Security\n\n<<<<<<< HEAD\nEmail a@acme.org\n=======\nEmail b@acme.org\n>>>>>>> main\n',
        expect: [
          { line: 3, column: 1, message: 'Merge conflict marker "<<<<<<<", expected the conflict to be resolved.' },
          { line: 5, column: 1, message: 'Merge conflict marker "=======", expected the conflict to be resolved.' },
          { line: 7, column: 1, message: 'Merge conflict marker ">>>>>>>", expected the conflict to be resolved.' },
        ],
      },
      {
        text: 'Contact: mailto:a@acme.org\n<<<<<<< HEAD\nExpires: 2027-01-01T00:00:00Z\n=======\nExpires: 2027-06-30T00:00:00Z\n>>>>>>> renew\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          { line: 2, column: 1, message: 'Merge conflict marker "<<<<<<<", expected the conflict to be resolved.' },
          { line: 4, column: 1, message: 'Merge conflict marker "=======", expected the conflict to be resolved.' },
          { line: 6, column: 1, message: 'Merge conflict marker ">>>>>>>", expected the conflict to be resolved.' },
        ],
      },
      // Half a conflict: the separator alone, after a table row (a setext underline cannot follow one).
      {
        text: '# Security\n\n| Version | Supported |\n| --- | --- |\n| 1.x | ✅\n=======\n# Security Policy\n',
        expect: [
          { line: 6, column: 1, message: 'Merge conflict marker "=======", expected the conflict to be resolved.' },
        ],
      },
    ],
    valid: [
      { text: 'Security\n=======\n\nEmail a@acme.org\n' },
      { text: '# Security\n\nEmail a@acme.org.\n\n```\n=======\n```\n' },
    ],
  },
  md(doc, context) {
    // In Markdown, "=======" alone is a marker unless it underlines a heading (after a table row, it cannot) or
    // sits in code.
    const { headings, codeRanges } = doc.markdown;
    const lone = (at: number): boolean =>
      !headings.some((h) => h.start <= at && at < h.end) && !codeRanges.some(([s, e]) => s <= at && at < e);
    reportMarkers(doc.text, context, lone);
  },
  txt(doc, context) {
    reportMarkers(doc.text, context);
  },
  si(doc, context) {
    reportMarkers(doc.text, context);
  },
});

/** `loneSeparator` says whether a "=======" outside a conflict is still a marker (else it is a setext underline). */
function reportMarkers(text: string, context: RuleContext, loneSeparator: (at: number) => boolean = () => false): void {
  let open = false;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const kind = m[0][0];
    if (kind === '<') open = true;
    if (kind === '=' && !open && !loneSeparator(m.index)) continue; // a setext heading underline, not a conflict
    if (kind === '>') open = false;
    context.report({
      messageId: 'marker',
      values: { marker: m[0].slice(0, 7) },
      start: m.index,
      end: m.index + m[0].trimEnd().length,
    });
  }
}
