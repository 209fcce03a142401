/**
 * The benchmark's security-insights.yml sections (see ./bench.ts).
 * (e) A full check of each real file of test/fixtures/insights against its peers on the same text: the `yaml`
 *     library's parse alone, and a generic schema validator (yaml parse + Ajv compiled from the same schema.json).
 * (f) Time from `didChange` to the answer of a `textDocument/diagnostic` pull for the largest of them, through the
 *     real bundled server over stdio.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parse, parseDocument } from 'yaml';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { checkText, DEFAULT_CONFIG } from '../server/src';
import { TestClient } from '../test/lsp-client';
import { compare, median, ms, p95 } from './bench-stats';

const root = join(__dirname, '..');
const fixtures = join(root, 'test', 'fixtures', 'insights');

function genericValidator(): (text: string) => boolean {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv, ['date']);
  const validate = ajv.compile(
    JSON.parse(readFileSync(join(root, 'server', 'src', 'kinds', 'si', 'schema.json'), 'utf8')) as object,
  );
  return (text) => {
    try {
      return validate(parse(text));
    } catch {
      return false; // a YAML error: nothing to validate
    }
  };
}

async function editLatency(text: string, edits: number): Promise<number[]> {
  const client = new TestClient({ pull: true });
  await client.initialize();
  const uri = pathToFileURL(join(tmpdir(), 'bench', 'security-insights.yml')).toString();
  client.open(uri, text, 'securityinsights');
  await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  // Typing into a comment line added at the top: every edit leaves the YAML valid and changes its text.
  void client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# \n' }],
  });
  const times: number[] = [];
  for (let i = 0; i < edits + 20; i++) {
    const start = performance.now();
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: i + 3 },
      contentChanges: [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'x' }],
    });
    await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    if (i >= 20) times.push(performance.now() - start);
  }
  await client.stop();
  return times;
}

export async function benchInsights(log: (line: string) => void): Promise<void> {
  const env = { today: new Date() };
  const schemaCheck = genericValidator();
  log('');
  log(
    '(e) security-insights.yml: full check of each real file vs. its peers on the same text (median of interleaved runs)',
  );
  log('');
  log(
    '| file | size | security-policy check | yaml parseDocument alone | yaml + Ajv (schema only) | check / yaml + Ajv (target ≤ 3×) |',
  );
  log('|---|---|---|---|---|---|');
  const names = readdirSync(fixtures)
    .filter((f) => f.endsWith('.yml'))
    .sort();
  const totals = { check: 0, parse: 0, schema: 0 };
  let largest = '';
  for (const name of names) {
    const text = readFileSync(join(fixtures, name), 'utf8');
    if (text.length > largest.length) largest = text;
    const r = compare(
      {
        check: () => checkText(text, { kind: 'si', config: DEFAULT_CONFIG, env }),
        parse: () => parseDocument(text),
        schema: () => schemaCheck(text),
      },
      150,
    );
    totals.check += r.check;
    totals.parse += r.parse;
    totals.schema += r.schema;
    const ratio = r.check / r.schema;
    log(
      `| ${name} | ${(text.length / 1024).toFixed(1)} KB | ${ms(r.check)} | ${ms(r.parse)} | ${ms(r.schema)} | ${ratio.toFixed(2)}× ${ratio <= 3 ? '✓' : '✗'} |`,
    );
  }
  const ratio = totals.check / totals.schema;
  log(
    `| all ${names.length} | | ${ms(totals.check)} | ${ms(totals.parse)} | ${ms(totals.schema)} | ${ratio.toFixed(2)}× ${ratio <= 3 ? '✓' : '✗'} |`,
  );
  log('');
  log(
    '(f) security-insights.yml: didChange → textDocument/diagnostic answer, real server over stdio, for the largest file',
  );
  log('');
  const times = await editLatency(largest, 100);
  log('| document | edits | median | p95 | target (median) |');
  log('|---|---|---|---|---|');
  log(
    `| ${(largest.length / 1024).toFixed(1)} KB | ${times.length} | ${ms(median(times))} | ${ms(p95(times))} | ≤ 10 ms ${median(times) <= 10 ? '✓' : '✗'} |`,
  );
}
