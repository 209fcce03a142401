import { defineRule } from '../../../core/rule';
import { rfcSection, txtExample, VALID_FILE } from './helpers';

export default defineRule({
  meta: {
    id: 'bom',
    defaultSeverity: 'error',
    fixable: true,
    specUrl: rfcSection('2.2'),
    description: 'The file starts with a byte-order mark.',
    rationale:
      'A BOM becomes part of the first field name for many parsers ("\\uFEFFContact"), so the first field, often Contact, is lost. RFC 9116 requires plain UTF-8 text.',
    howToFix: 'Save without a BOM. The quick fix removes it.',
    fixTitles: {
      remove: 'Remove the byte-order mark',
    },
    invalid: [
      {
        ...txtExample(`\uFEFF${VALID_FILE}`),
        expect: [{ line: 1, column: 1, message: 'The file starts with a byte-order mark, expected plain UTF-8.' }],
        fixed:
          'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\n',
      },
      {
        text: '﻿# Our security contacts\nContact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [{ line: 1, column: 1, message: 'The file starts with a byte-order mark, expected plain UTF-8.' }],
        fixed: '# Our security contacts\nContact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\n',
      },
    ],
    valid: [txtExample(VALID_FILE)],
  },
  txt(doc, context) {
    if (!doc.hasBom) return;
    context.report({
      message: 'The file starts with a byte-order mark, expected plain UTF-8.',
      start: 0,
      end: 1,
      fix: { titleId: 'remove', edits: [{ start: 0, end: 1, newText: '' }], safe: true },
    });
  },
});
