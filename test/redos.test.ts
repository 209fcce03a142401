/**
 * Every regular expression in the engine, the rules and the server — each literal found by the TypeScript
 * parser and each RegExp built at run time — is checked for catastrophic backtracking with recheck.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { check } from 'recheck';

const root = join(__dirname, '..', 'server', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function collect(): { literals: Found[]; dynamic: string[] } {
  const literals: Found[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles(root)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const where = `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const last = text.lastIndexOf('/');
        literals.push({ where, source: text.slice(1, last), flags: text.slice(last + 1) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        dynamic.push(where);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}

const { literals, dynamic } = collect();

test("the scan finds the rules' regular expressions", () => {
  assert.ok(literals.length > 80, `found only ${literals.length}`);
});

test('every regular expression literal is safe from catastrophic backtracking', async () => {
  const unsafe: string[] = [];
  // Two at a time (the machine has two cores), so no check starves and times out.
  const queue = [...literals];
  const worker = async (): Promise<void> => {
    for (let r = queue.shift(); r; r = queue.shift()) {
      // The automaton checker decides exactly; the fuzzer (random, and on a loaded machine it once called the
      // bounded `(?:[0-9a-f]{4} ?){9}` polynomial) only where the automaton grows too large.
      const flags = r.flags.replace(/[gy]/g, '');
      let result = await check(r.source, flags, { timeout: 60_000, checker: 'automaton' });
      if (result.status === 'unknown') result = await check(r.source, flags, { timeout: 60_000 });
      if (result.status === 'vulnerable')
        unsafe.push(`${r.where} /${r.source.slice(0, 80)}/ ${result.complexity.type}`);
      else if (result.status === 'unknown')
        unsafe.push(`${r.where} could not be checked: ${JSON.stringify(result.error)}`);
    }
  };
  await Promise.all([worker(), worker()]);
  assert.deepEqual(unsafe.sort(), []);
});

/** Every RegExp a module exports, by name, also inside records (SECTION_HEADINGS). */
function exportedPatterns(module: Record<string, unknown>, prefix: string): Array<[string, RegExp]> {
  return Object.entries(module).flatMap(([name, value]): Array<[string, RegExp]> => {
    if (value instanceof RegExp) return [[`${prefix}${name}`, value]];
    if (value && typeof value === 'object' && !Array.isArray(value))
      return exportedPatterns(value as Record<string, unknown>, `${prefix}${name}.`);
    return [];
  });
}

test('every RegExp built at run time is safe too', async () => {
  // Known constructions: patterns built from word lists (the lexicon, timeframes), a date pattern assembled from
  // parts, and flag variants of checked literals (fold.ts). Each built pattern is checked like a literal.
  const built = [
    ...exportedPatterns(await import('../server/src/core/dates'), 'dates.'),
    ...exportedPatterns(await import('../server/src/kinds/md/lexicon'), 'lexicon.'),
  ].filter(([, r]) => !literals.some((l) => l.source === r.source));
  assert.ok(built.length > 20, `found only ${built.length}`);
  const unsafe: string[] = [];
  const queue = [...built];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, r] = next;
      // The automaton checker decides exactly; the fuzzer only where the automaton grows too large.
      const flags = r.flags.replace(/[gy]/g, '');
      let result = await check(r.source, flags, { timeout: 60_000, checker: 'automaton' });
      if (result.status === 'unknown') result = await check(r.source, flags, { timeout: 60_000 });
      if (result.status === 'vulnerable') unsafe.push(`${name} ${result.complexity.type}`);
      else if (result.status === 'unknown')
        unsafe.push(`${name} could not be checked: ${JSON.stringify(result.error)}`);
    }
  };
  await Promise.all([worker(), worker()]);
  assert.deepEqual(unsafe.sort(), []);
  const builders = new Set(['core/dates.ts', 'kinds/md/lexicon.ts', 'kinds/md/lexicon/build.ts']);
  for (const where of dynamic) {
    const file = where.split(':')[0];
    if (builders.has(file)) continue;
    assert.equal(file, 'core/fold.ts', `new RegExp in ${where}: add it to this test`);
    const line = readFileSync(join(root, file), 'utf8').split('\n')[Number(where.split(':')[1]) - 1];
    assert.ok(line.includes('.source'), `${where}: only copies of checked literals (X.source) are allowed`);
  }
});
