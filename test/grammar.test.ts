/** The security.txt grammar through a real TextMate engine (vscode-textmate + oniguruma wasm, via vscode-tmgrammar-test). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir } from './helpers';
import { join } from 'node:path';

const root = join(__dirname, '..');
const cli = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const grammar = join(root, 'syntaxes', 'securitytxt.tmLanguage.json');

function runGrammarTests(files: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [cli, '-g', grammar, files], { cwd: root, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

test('annotated files (plain and signed) get the expected scopes', () => {
  const r = runGrammarTests('test/grammar/*.security.txt');
  assert.equal(r.status, 0, r.output);
  assert.match(r.output, /plain\.security\.txt run successfuly/);
  assert.match(r.output, /signed\.security\.txt run successfuly/);
});

test('a wrong expectation fails (the check is real)', () => {
  const dir = tempDir('security-policy-grammar-');
  const wrong = readFileSync(join(__dirname, 'grammar', 'plain.security.txt'), 'utf8').replace(
    'constant.numeric.date.rfc3339',
    'constant.numeric.wrong',
  );
  writeFileSync(join(dir, 'wrong.security.txt'), wrong);
  const r = runGrammarTests(join(dir, 'wrong.security.txt'));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /constant\.numeric\.wrong/);
});
