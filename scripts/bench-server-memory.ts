/**
 * (i) The language server's peak memory with crafted documents (./pathological.ts): for each shape, a server of
 * its own is started over stdio, the document is opened, its diagnostics pulled, and a hover, a completion and the
 * code actions asked for at its start, as an editor does. The peak is the process's high-water mark of resident
 * memory (`VmHWM`, which counts the worker threads too). Target: under 512 MB for any single document the server
 * checks. `tsx scripts/bench-server-memory.ts` runs it alone; `--size 4096` (KB) and `--only <text>` narrow it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { kindDescriptor, type FileKind } from '../server/src';
import { MAX_EDITOR_DOCUMENT_BYTES } from '../server/src/core/limits';
import { SHAPES } from './pathological';

const SERVER = join(__dirname, '..', 'dist', 'server.js');
const FILE_NAMES: Readonly<Record<string, string>> = {
  md: 'SECURITY.md',
  txt: 'security.txt',
  si: 'security-insights.yml',
};
/** What VS Code says it can do, as far as these requests go. */
const CAPABILITIES = {
  textDocument: {
    diagnostic: { dynamicRegistration: false },
    codeAction: {
      resolveSupport: { properties: ['edit'] },
      codeActionLiteralSupport: { codeActionKind: { valueSet: [] } },
    },
  },
};

export interface ServerMeasure {
  peakMb: number;
  /** Time of each answer, in ms, and the peak after it, in MB. */
  steps: Record<string, { ms: number; peakMb: number }>;
  diagnostics: number;
}

/** The peak resident memory so far of process `pid`, in MB (Linux). */
function peakOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status);
  return kb ? Number(kb[1]) / 1024 : 0;
}

/** Opens `text` as a file of `kind` in a fresh server and asks what an editor asks; the server's peak memory. */
export async function measureServer(kind: FileKind, text: string): Promise<ServerMeasure> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  connection.listen();
  try {
    const rootUri = pathToFileURL(dir).toString();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      capabilities: CAPABILITIES,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    });
    await connection.sendNotification('initialized', {});
    const uri = pathToFileURL(join(dir, FILE_NAMES[kind])).toString();
    const steps: ServerMeasure['steps'] = {};
    const step = async <T>(name: string, ask: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const answer = await ask();
      steps[name] = { ms: performance.now() - started, peakMb: peakOf(child.pid!) };
      return answer;
    };
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: kindDescriptor(kind).languageId, version: 1, text },
    });
    const report = await step('pull', () =>
      connection.sendRequest<{ items?: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } }),
    );
    const at = { textDocument: { uri }, position: { line: 0, character: 1 } };
    await step('hover', () => connection.sendRequest('textDocument/hover', at));
    await step('completion', () => connection.sendRequest('textDocument/completion', at));
    const range = { start: at.position, end: at.position };
    const context = { diagnostics: [] };
    await step('code actions', () =>
      connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context }),
    );
    return { peakMb: peakOf(child.pid!), steps, diagnostics: report.items?.length ?? 0 };
  } finally {
    connection.dispose();
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table of every shape at `sizeKb`: the server's peak memory and the time to answer. */
export async function benchServerMemory(sizeKb: number, only?: string): Promise<string[]> {
  const names = ['pull', 'hover', 'completion', 'code actions'];
  const rows = [
    `| shape | kind | peak memory at ${sizeKb} KB | ${names.join(' | ')} |`,
    `|---|---|---|${names.map(() => '---').join('|')}|`,
  ];
  for (const shape of SHAPES) {
    if (only && !shape.name.includes(only)) continue;
    // Cut to the size: a shape made a little longer would be past the editor's bound, and not checked.
    const measured = await measureServer(shape.kind, shape.make(sizeKb * 1024).slice(0, sizeKb * 1024));
    const flag = measured.peakMb >= 512 ? ' ✗' : '';
    const times = names.map(
      (name) => `${measured.steps[name].ms.toFixed(0)} ms (${measured.steps[name].peakMb.toFixed(0)} MB)`,
    );
    rows.push(`| ${shape.name} | ${shape.kind} | ${measured.peakMb.toFixed(0)} MB${flag} | ${times.join(' | ')} |`);
  }
  return rows;
}

/** (i) of `npm run bench`: every crafted shape opened in the editor at its largest size, MAX_EDITOR_DOCUMENT_BYTES. */
export async function benchServerCrafted(log: (s: string) => void): Promise<void> {
  log('');
  log(
    `(i) The language server with each crafted document at ${MAX_EDITOR_DOCUMENT_BYTES / 1024} KB, the most it checks (target: peak memory < 512 MB); pull, hover, completion and code actions as VS Code asks them, each with the peak after it`,
  );
  log('');
  for (const row of await benchServerMemory(MAX_EDITOR_DOCUMENT_BYTES / 1024)) log(row);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  void benchServerMemory(Number(at('--size') ?? '4096'), at('--only')).then((rows) =>
    process.stdout.write(`${rows.join('\n')}\n`),
  );
}
