/** The language server's capability modules called as plain functions, without a transport. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver/node';
import { checkText, DEFAULT_CONFIG, fixText, type FileKind } from '../server/src';
import { completions, hover } from '../server/src/lsp/assist';
import { codeActions } from '../server/src/lsp/code-actions';
import { toDiagnostic } from '../server/src/lsp/diagnostics';
import { TODAY } from './helpers';

function setup(kind: FileKind, text: string) {
  const document = TextDocument.create(
    kind === 'txt' ? 'file:///w/.well-known/security.txt' : 'file:///w/SECURITY.md',
    kind === 'txt' ? 'securitytxt' : 'markdown',
    3,
    text,
  );
  const options = { kind, config: DEFAULT_CONFIG, env: { today: TODAY } };
  const findings = checkText(text, options).findings;
  const diagnostics = findings.map((f) => toDiagnostic(document, f));
  const actionsFor = (code: string, only?: string[]): CodeAction[] =>
    codeActions({
      document,
      kind,
      context: { diagnostics: diagnostics.filter((d) => d.code === code), only },
      findings,
      fixAll: () => fixText(text, options).text,
    });
  return { document, diagnostics, actionsFor };
}

const editsOf = (action: CodeAction) => (action.edit!.documentChanges![0] as TextDocumentEdit).edits;

test('code actions: a rule with two fixable findings gets its fix, fix all, disable line and file, docs', () => {
  const { actionsFor } = setup(
    'md',
    '# Security\n\nUse [form](http://acme.org/report) or [key](http://acme.org/key.asc).\n',
  );
  const actions = actionsFor('insecure-link', ['quickfix']);
  assert.deepEqual(
    actions.map((a) => a.title),
    [
      'Use https://',
      'Fix all insecure-link problems',
      'Disable insecure-link for this line',
      'Disable insecure-link for this file',
      'Show documentation for insecure-link',
      'Use https://',
      'Fix all insecure-link problems',
      'Disable insecure-link for this line',
      'Disable insecure-link for this file',
      'Show documentation for insecure-link',
    ],
  );
  assert.deepEqual(editsOf(actions[1]), [
    { range: { start: { line: 2, character: 11 }, end: { line: 2, character: 18 } }, newText: 'https://' },
    { range: { start: { line: 2, character: 44 }, end: { line: 2, character: 51 } }, newText: 'https://' },
  ]);
  assert.deepEqual((actions[0].edit!.documentChanges![0] as TextDocumentEdit).textDocument, {
    uri: 'file:///w/SECURITY.md',
    version: 3,
  });
  assert.deepEqual(actions[4].command, {
    title: 'Show documentation for insecure-link',
    command: 'securityPolicy.showDocumentation',
    arguments: ['https://github.com/security-policy/security-policy/blob/main/docs/rules/insecure-link.md'],
  });
});

test('code actions: only source.fixAll gives one minimal edit; diagnostics of other tools are ignored', () => {
  const { actionsFor, document } = setup('md', '# Security\n\nUse [form](http://acme.org/report).\n');
  const fixAll = actionsFor('insecure-link', ['source.fixAll']);
  assert.deepEqual(
    fixAll.map((a) => [a.title, a.kind]),
    [['Fix all safe Security Policy problems', 'source.fixAll.securityPolicy']],
  );
  assert.deepEqual(editsOf(fixAll[0]), [
    { range: { start: { line: 2, character: 15 }, end: { line: 2, character: 15 } }, newText: 's' },
  ]);
  const foreign = codeActions({
    document,
    kind: 'md',
    context: {
      diagnostics: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
          message: 'x',
          source: 'markdownlint',
          code: 'MD001',
        },
      ],
      only: ['quickfix'],
    },
    findings: [],
    fixAll: () => document.getText(),
  });
  assert.deepEqual(foreign, []);
});

test('code actions: malformed contexts (no diagnostics array, only not an array) give no action, not an exception', () => {
  const { document } = setup('md', '# Security\n');
  const context = { diagnostics: null, only: 'quickfix' } as unknown as { diagnostics: [] };
  assert.deepEqual(codeActions({ document, kind: 'md', context, findings: [], fixAll: () => document.getText() }), []);
});

test('code actions: a fix whose data the client mangled is left out; disable and documentation remain', () => {
  const { document, diagnostics } = setup('md', '# Security\n\nUse [form](http://acme.org/report).\n');
  const insecure = diagnostics.find((d) => d.code === 'insecure-link')!;
  for (const data of [{ fix: { title: 5 } }, { fix: { title: 'x', safe: true, edits: 'all' } }, 'fix', null]) {
    const context = { diagnostics: [{ ...insecure, data }], only: ['quickfix'] };
    const actions = codeActions({ document, kind: 'md', context, findings: [], fixAll: () => document.getText() });
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        'Disable insecure-link for this line',
        'Disable insecure-link for this file',
        'Show documentation for insecure-link',
      ],
      JSON.stringify(data),
    );
  }
});

test('completion: sections at a heading in SECURITY.md; fields, then values, in security.txt', () => {
  const md = TextDocument.create(
    'file:///w/SECURITY.md',
    'markdown',
    1,
    '# Security\n\n## Supported Versions\n\nLatest.\n\n## ',
  );
  const sections = completions(md, 'md', { line: 6, character: 3 }, undefined);
  assert.ok(sections.some((c) => c.label === 'Reporting a Vulnerability'));
  assert.equal(
    sections.find((c) => c.label === 'Supported Versions')?.detail?.endsWith('(already in this policy)'),
    true,
  );
  assert.deepEqual(completions(md, 'md', { line: 4, character: 3 }, undefined), [], 'not inside prose');
  const txt = TextDocument.create('file:///w/security.txt', 'securitytxt', 1, 'Exp\nExpires: ');
  assert.ok(completions(txt, 'txt', { line: 0, character: 3 }, undefined).some((c) => c.label === 'Expires'));
  const values = completions(txt, 'txt', { line: 1, character: 9 }, undefined, new Date('2026-11-22T10:00:00Z'));
  assert.equal(values[0].textEdit && 'range' in values[0].textEdit ? values[0].textEdit.range.start.character : -1, 9);
  assert.match(values[0].label, /^2027-11-2\dT\d{2}:\d{2}:\d{2}Z$/);
});

test('hover: a security.txt field name gets its RFC 9116 documentation; positions past the line or file give none', () => {
  const txt = TextDocument.create('file:///w/security.txt', 'securitytxt', 1, 'Contact: mailto:a@acme.org\n');
  const h = hover(txt, 'txt', { line: 0, character: 3 });
  assert.deepEqual(h?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } });
  assert.match(String((h?.contents as { value: string }).value), /RFC 9116 §2\.5\.3/);
  assert.equal(hover(txt, 'txt', { line: 0, character: 12 }), null, 'on the value');
  assert.equal(hover(txt, 'txt', { line: 99, character: 5 }), null);
  assert.equal(hover(txt, 'md', { line: 0, character: 3 }), null);
});
