/**
 * The bundled language server over real stdio, driven byte by byte: frames are written as given (several in one
 * write when asked), so tests can send what no well-behaved client sends, and read every frame, the stderr text and
 * the exit of the process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface RawMessage {
  jsonrpc: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A message in a well-formed frame. */
export function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

export class RawServer {
  readonly process: ChildProcess;
  readonly received: RawMessage[] = [];
  stderr = '';
  private pending = Buffer.alloc(0);
  private listeners: Array<() => void> = [];
  private exit: { code: number | null; signal: string | null } | undefined;

  constructor(env: Record<string, string> = {}) {
    this.process = spawn(process.execPath, [join(__dirname, '..', 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    this.process.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    this.process.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
      this.notify();
    });
    this.process.on('exit', (code, signal) => {
      this.exit = { code, signal };
      this.notify();
    });
    // Writing to a server that exited is expected in these tests.
    this.process.stdin!.on('error', () => undefined);
  }

  /** Writes messages (framed) and raw strings (as they are) in one write. */
  write(...parts: Array<object | string>): void {
    this.process.stdin!.write(parts.map((p) => (typeof p === 'string' ? p : frame(p))).join(''));
  }

  request(id: number, method: string, params?: unknown): object {
    return params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params };
  }

  notification(method: string, params?: unknown): object {
    return params === undefined ? { jsonrpc: '2.0', method } : { jsonrpc: '2.0', method, params };
  }

  cancel(id: number): object {
    return this.notification('$/cancelRequest', { id });
  }

  /** Resolves when `predicate` holds, re-checked after every frame, stderr line and exit. */
  waitFor<T>(predicate: () => T | undefined | false, what: string, timeoutMs = 20_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`Timed out waiting for ${what}; stderr: ${this.stderr}`));
      }, timeoutMs);
      const listener = (): void => {
        const value = predicate();
        if (!value) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(value);
      };
      this.listeners.push(listener);
      listener();
    });
  }

  response(id: number): Promise<RawMessage> {
    return this.waitFor(() => this.received.find((m) => m.id === id && m.method === undefined), `response ${id}`);
  }

  exited(): Promise<{ code: number | null; signal: string | null }> {
    return this.waitFor(() => this.exit, 'the server to exit');
  }

  logs(): string[] {
    return this.received
      .filter((m) => m.method === 'window/logMessage')
      .map((m) => (m.params as { message: string }).message);
  }

  /** Initializes as a client with pull diagnostics would, rooted at `rootUri`. */
  async initialize(rootUri: string | null = null): Promise<void> {
    this.write(
      this.request(0, 'initialize', {
        processId: null,
        rootUri,
        capabilities: { textDocument: { diagnostic: {} }, window: { showDocument: { support: true } } },
      }),
    );
    await this.response(0);
    this.write(this.notification('initialized', {}));
  }

  stop(): void {
    this.process.kill();
  }

  private read(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    for (;;) {
      const end = this.pending.indexOf('\r\n\r\n');
      if (end < 0) break;
      const length = Number(/Content-Length: (\d+)/.exec(this.pending.subarray(0, end).toString('latin1'))?.[1]);
      if (this.pending.length < end + 4 + length) break;
      const body = this.pending.subarray(end + 4, end + 4 + length).toString('utf8');
      this.pending = this.pending.subarray(end + 4 + length);
      this.received.push(JSON.parse(body) as RawMessage);
    }
    this.notify();
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }
}

/** Runs `use` with a raw server, always ending the process. */
export async function withRawServer<T>(
  env: Record<string, string>,
  use: (server: RawServer) => Promise<T>,
): Promise<T> {
  const server = new RawServer(env);
  try {
    return await use(server);
  } finally {
    server.stop();
  }
}
