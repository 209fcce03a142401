/**
 * Adding a kind of file takes one descriptor and nothing else: a throw-away kind, defined here alone (a parser, one
 * rule, one file name), is found, checked and reported by the CLI and by the language server, with its disable
 * comments honoured, without any shared file knowing of it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineRule, fileKindOf, FILE_KINDS, LineIndex, registerKind, type KindDescriptor } from '../server/src';
import { runCheck } from '../server/src/cli/check';
import { startServerOnPort } from '../server/src/lsp/browser';
import { pull, tempFolder, withClient, type TestClient } from './lsp-client';

/** A "SECURITY.todo" file: one task a line, `#` lines are comments. */
class TodoDocument {
  readonly lines: LineIndex;
  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
  }
  /** Each line with its start offset. */
  entries(): Array<{ start: number; text: string }> {
    let start = 0;
    return this.text.split('\n').map((text) => {
      const entry = { start, text };
      start += text.length + 1;
      return entry;
    });
  }
}

declare module '../server/src/core/kind' {
  interface DocumentOfKind {
    todo: TodoDocument;
  }
}

const unassigned = defineRule({
  meta: {
    id: 'todo-unassigned',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'A task with no owner.',
    rationale: 'A task nobody owns is not done.',
    howToFix: 'Add "@owner".',
    invalid: [],
    valid: [],
  },
  todo: (doc, context) => {
    for (const entry of doc.entries()) {
      if (entry.text.startsWith('#') || entry.text.trim() === '' || entry.text.includes('@')) continue;
      context.report({
        message: `"${entry.text}" has no owner, expected "@name".`,
        start: entry.start,
        end: entry.start + entry.text.length,
      });
    }
  },
});

const TODO_KIND: KindDescriptor<'todo'> = {
  id: 'todo',
  displayName: 'SECURITY.todo',
  languageId: 'securitytodo',
  fenceLanguage: 'text',
  fileName: /^security\.todo$/i,
  globs: ['**/SECURITY.todo'],
  searchedDirs: [''],
  parse: (text) => new TodoDocument(text),
  comments: {
    comments: (doc) =>
      doc
        .entries()
        .filter((e) => e.text.startsWith('#'))
        .map((e) => ({ body: e.text.slice(1).trim(), start: e.start, end: e.start + e.text.length })),
    write: (body) => `# ${body}`,
    trailing: false,
    refuses: () => false,
    fileStart: () => 0,
  },
  workspaceFacts: [],
  memo: { documentChars: 10_000, keepFirstTime: false },
  rules: [unassigned],
};

registerKind(TODO_KIND);

const TODO =
  'rotate keys @ana\nanswer reports\n# security-policy-disable-next-line todo-unassigned\nrenew certificate\n';

test('the kind is known by its file name alone', () => {
  assert.ok(FILE_KINDS.includes('todo'));
  assert.equal(fileKindOf('docs/../SECURITY.todo'), 'todo');
  assert.equal(fileKindOf('SECURITY.md'), 'md');
});

test('the CLI finds the kind in a repository and reports its rule, honouring a disable comment', async () => {
  const repo = tempFolder();
  mkdirSync(join(repo, '.git'));
  writeFileSync(join(repo, 'SECURITY.todo'), TODO);
  writeFileSync(join(repo, 'SECURITY.md'), '# Security\n\nEmail security@acme.org; we reply within 3 business days.\n');
  const written: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string) => written.push(chunk) > 0;
  let code: number;
  try {
    code = await runCheck([repo], { format: 'jsonl', today: '2026-06-01', workers: 1 });
  } finally {
    process.stdout.write = write;
  }
  const findings = written
    .join('')
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as { file: string; kind: string; rule: string; line: number; column: number; message: string },
    );
  const todo = findings.filter((f) => f.kind === 'todo');
  assert.deepEqual(
    todo.map((f) => [f.rule, f.line, f.column, f.message]),
    [['todo-unassigned', 2, 1, '"answer reports" has no owner, expected "@name".']],
  );
  assert.ok(
    findings.some((f) => f.kind === 'md'),
    'the built-in kinds are still checked',
  );
  assert.equal(code, 0);
});

test('the language server checks an open file of the kind', async () => {
  const channel = new MessageChannel();
  startServerOnPort(channel.port2);
  const handlers = (client: TestClient): void => {
    client.connection.onRequest('securityPolicy/readFile', () => ({ missing: true }));
    client.connection.onRequest('securityPolicy/filesExist', ({ uris }: { uris: string[] }) => uris.map(() => false));
    client.connection.onRequest('securityPolicy/findSecurityFiles', () => []);
  };
  await withClient(
    { pull: true, rootUri: 'vscode-vfs://github/acme/app', port: channel.port1, handlers },
    async (client) => {
      const uri = 'vscode-vfs://github/acme/app/SECURITY.todo';
      client.open(uri, TODO, 'securitytodo');
      const diagnostics = await pull(client, uri);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]),
        [['todo-unassigned', 1, 0, '"answer reports" has no owner, expected "@name".']],
      );
    },
  );
});
