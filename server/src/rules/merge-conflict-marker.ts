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
    ],
    valid: [{ text: 'Security\n=======\n\nEmail a@acme.org\n' }],
  },
  md(doc, context) {
    reportMarkers(doc.text, context);
  },
  txt(doc, context) {
    reportMarkers(doc.text, context);
  },
  si(doc, context) {
    reportMarkers(doc.text, context);
  },
});

function reportMarkers(text: string, context: RuleContext): void {
  let open = false;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const kind = m[0][0];
    if (kind === '<') open = true;
    if (kind === '=' && !open) continue; // a setext heading underline, not a conflict
    if (kind === '>') open = false;
    context.report({
      message: `Merge conflict marker "${m[0].slice(0, 7)}", expected the conflict to be resolved.`,
      start: m.index,
      end: m.index + m[0].trimEnd().length,
    });
  }
}
