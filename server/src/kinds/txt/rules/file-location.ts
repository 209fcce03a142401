import { defineRule } from '../../../core/rule';
import { isWellKnownPath } from '../locations';
import { rfcSection, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'file-location',
    defaultSeverity: 'warning',
    fixable: false,
    specUrl: rfcSection('3'),
    description: 'The file is not under a `.well-known/` folder.',
    rationale:
      'RFC 9116 §3: the file MUST be served at /.well-known/security.txt (the top-level /security.txt is only a legacy fallback); tools look there first.',
    howToFix: 'Move it to `.well-known/security.txt` in the folder your site is served from.',
    messages: {
      notWellKnown: '"{path}" is not under .well-known/, expected .well-known/security.txt.',
    },
    invalid: [
      {
        text: VALID_FILE,
        kind: 'txt',
        path: 'security.txt',
        expect: [
          {
            line: 1,
            column: 1,
            message: '"security.txt" is not under .well-known/, expected .well-known/security.txt.',
          },
        ],
      },
      {
        text: 'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
        kind: 'txt',
        path: 'public/security.txt',
        expect: [
          {
            line: 1,
            column: 1,
            message: '"public/security.txt" is not under .well-known/, expected .well-known/security.txt.',
          },
        ],
      },
    ],
    valid: [{ text: VALID_FILE, kind: 'txt', path: 'public/.well-known/security.txt' }],
  },
  txt(doc, context) {
    const path = context.env.relativePath;
    if (!path || isWellKnownPath(path)) return;
    context.report({
      messageId: 'notWellKnown',
      values: { path },
      ...doc.anchor,
    });
  },
});
