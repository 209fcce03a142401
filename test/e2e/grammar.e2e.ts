/**
 * The security-insights.yml grammar through a real TextMate engine (vscode-tmgrammar-test), together with the YAML
 * grammars it includes: VS Code's own, from the VS Code that scripts/setup-vscode.sh sets up. They are not on disk
 * before that, which is why this check runs with the end-to-end suite (`npm run test:e2e`), not with `npm test`.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers';
import { ROOT as root } from '../vscode-host';

const cli = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const yamlSyntaxes = join(
  root,
  '.vscode-test',
  'node_modules',
  'code-server',
  'lib',
  'vscode',
  'extensions',
  'yaml',
  'syntaxes',
);
const annotated = join(root, 'test', 'grammar', 'insights.security-insights.yml');

function runGrammarTests(file: string): { status: number | null; output: string } {
  const grammars = [
    join(root, 'syntaxes', 'securityinsights.tmLanguage.json'),
    ...readdirSync(yamlSyntaxes).map((f) => join(yamlSyntaxes, f)),
  ];
  const r = spawnSync(process.execPath, [cli, ...grammars.flatMap((g) => ['-g', g]), file], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

before(() => {
  const setup = spawnSync('bash', [join(root, 'scripts', 'setup-vscode.sh')], { stdio: 'inherit' });
  assert.equal(setup.status, 0, 'setting up VS Code failed');
});

test("security-insights.yml gets the scopes of VS Code's YAML grammar under source.securityinsights", () => {
  const r = runGrammarTests(annotated);
  assert.equal(r.status, 0, r.output);
  assert.match(r.output, /insights\.security-insights\.yml run successfuly/);
});

test('a wrong expectation fails (the check is real)', () => {
  const dir = tempDir('security-policy-grammar-');
  const wrong = readFileSync(annotated, 'utf8').replace('constant.language.boolean.yaml', 'constant.numeric.yaml');
  writeFileSync(join(dir, 'wrong.security-insights.yml'), wrong);
  const r = runGrammarTests(join(dir, 'wrong.security-insights.yml'));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /missing required scopes: constant\.numeric\.yaml/);
});
