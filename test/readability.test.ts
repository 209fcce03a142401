/**
 * Modules small enough to read in one sitting: no source file over 300 lines and no function over 60, unless the
 * file's opening comment says why ("Over 300 lines: …", "Over 60 lines: <function>, …").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..');
const files = ['server/src', 'client/src'].flatMap((dir) =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/')),
);

function longFunctions(path: string, text: string): Array<{ name: string; lines: number }> {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: Array<{ name: string; lines: number }> = [];
  const visit = (node: ts.Node, enclosing: string): void => {
    let name = enclosing;
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const named = (node as ts.FunctionDeclaration).name?.getText(source);
      name = named ?? enclosing;
      const lines =
        source.getLineAndCharacterOfPosition(node.end).line -
        source.getLineAndCharacterOfPosition(node.getStart(source)).line +
        1;
      if (lines > 60) found.push({ name, lines });
    }
    ts.forEachChild(node, (child) => visit(child, name));
  };
  visit(source, '(anonymous)');
  return found;
}

test('source files stay under 300 lines and functions under 60, or say why at the top', () => {
  assert.ok(files.length > 80, `${files.length} files`);
  const unexplained: string[] = [];
  for (const path of files) {
    const text = readFileSync(join(root, path), 'utf8');
    const header = /^\/\*\*[\s\S]*?\*\//.exec(text)?.[0] ?? '';
    const lines = text.split('\n').length;
    if (lines > 300 && !header.includes('Over 300 lines:')) unexplained.push(`${path}: ${lines} lines`);
    for (const f of longFunctions(path, text)) {
      if (!header.includes('Over 60 lines:') || (f.name !== '(anonymous)' && !header.includes(f.name)))
        unexplained.push(`${path}: ${f.name} has ${f.lines} lines`);
    }
  }
  assert.deepEqual(unexplained, []);
});
