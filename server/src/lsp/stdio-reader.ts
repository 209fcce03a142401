/**
 * Reads LSP frames (`Content-Length: N`, an empty line, N bytes of JSON) from a byte stream such as stdin, and
 * treats a broken frame as the end of the conversation: a missing or bad Content-Length, a header block that never
 * ends, a body that is not JSON, the next frame's header inside a body (its Content-Length was too large) or a frame
 * left unfinished for `stallMs`. vscode-jsonrpc's reader drops such errors and then waits for bytes that will never
 * make sense, leaving a server that is alive and deaf; this one reports the error once, through `onError`, and
 * stops, so the server can exit and the editor start it again.
 */
import { AbstractMessageReader, type DataCallback, type Disposable, type Message } from 'vscode-languageserver/node';

export const MAX_HEADER_BYTES = 4096;
/** More than VS Code sends for any document it synchronizes (it stops at 50 MB). */
export const MAX_BODY_BYTES = 128 * 1024 * 1024;
export const DEFAULT_STALL_MS = 10_000;

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/**
 * A header line, `Content-Length: 12` and a raw line break, can never be part of JSON: inside a string a raw line
 * break is not allowed, outside one a bare word is not. Found inside a body, it starts the next frame.
 */
const HEADER_NAMES = [Buffer.from('Content-Length:', 'latin1'), Buffer.from('content-length:', 'latin1')];
const MARK_LENGTH = HEADER_NAMES[0].length;
const [SPACE, TAB, CR, LF, ZERO, NINE] = [0x20, 0x09, 0x0d, 0x0a, 0x30, 0x39];

/** Whether `buffer` holds ` 12\r\n` from `at`: yes, no, or not known yet (it ends first). */
function headerValueAt(buffer: Buffer, at: number): boolean | undefined {
  let i = at;
  while (i < buffer.length && (buffer[i] === SPACE || buffer[i] === TAB)) i++;
  const digits = i;
  while (i < buffer.length && buffer[i] >= ZERO && buffer[i] <= NINE) i++;
  if (i === buffer.length) return undefined;
  if (i === digits || buffer[i] !== CR) return false;
  return i + 1 === buffer.length ? undefined : buffer[i + 1] === LF;
}

export class StrictStreamReader extends AbstractMessageReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The body length the current frame announced; undefined while its header is read. */
  private bodyLength: number | undefined;
  /** How many bytes of the current body were searched for a header already. */
  private scanned = 0;
  private lastDataAt = 0;
  private stallTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private closed = false;
  private callback: DataCallback | undefined;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly stallMs = DEFAULT_STALL_MS,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer): void => this.onData(chunk);
    const onEnd = (): void => {
      if (this.closed) return;
      this.closed = true;
      this.fireClose();
    };
    const onError = (error: Error): void => this.fireError(error);
    this.input.on('data', onData);
    this.input.on('end', onEnd);
    this.input.on('close', onEnd);
    this.input.on('error', onError);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('end', onEnd);
        this.input.off('close', onEnd);
        this.input.off('error', onError);
        clearTimeout(this.stallTimer);
      },
    };
  }

  private onData(chunk: Buffer): void {
    if (this.stopped) return;
    this.lastDataAt = Date.now();
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    this.drain();
    if (!this.stopped && this.buffered > 0) this.watchForStall();
  }

  /** Delivers every complete frame buffered; stops at the first broken one. */
  private drain(): void {
    while (!this.stopped) {
      if (this.bodyLength === undefined && !this.readHeader()) return;
      const length = this.bodyLength!;
      const at = this.nextHeaderAt(length);
      if (at >= 0)
        return this.fail(
          `a frame announced ${length} bytes but the next frame's header starts at byte ${at} of them: its Content-Length is wrong`,
        );
      if (this.buffered < length) return;
      const body = this.take(length);
      this.bodyLength = undefined;
      const message = this.decode(body);
      if (!message) return;
      try {
        this.callback?.(message);
      } catch (error) {
        // A failure of the connection on one message is not a framing error: report it and read on.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Reads a complete header block; false when there is none yet or it is broken (then the reader stopped). */
  private readHeader(): boolean {
    const head = this.peek(Math.min(this.buffered, MAX_HEADER_BYTES + HEADER_END.length));
    const end = head.indexOf(HEADER_END);
    if (end < 0) {
      if (this.buffered > MAX_HEADER_BYTES)
        this.fail(`a header block longer than ${MAX_HEADER_BYTES} bytes without the empty line that ends it`);
      return false;
    }
    const length = this.contentLength(head.toString('latin1', 0, end));
    if (length === undefined) return false;
    this.take(end + HEADER_END.length);
    this.bodyLength = length;
    this.scanned = 0;
    return true;
  }

  /** The Content-Length of a header block; undefined (and the reader stopped) when the block is not valid. */
  private contentLength(block: string): number | undefined {
    let length: number | undefined;
    for (const line of block.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) return this.fail(`a header line that is not "Name: value": ${JSON.stringify(line.slice(0, 80))}`);
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      const charset = name === 'content-type' ? /charset=([^;\s]+)/i.exec(value)?.[1].toLowerCase() : undefined;
      if (charset !== undefined && !['utf-8', 'utf8', '"utf-8"'].includes(charset))
        return this.fail(`a Content-Type with a charset other than UTF-8: ${JSON.stringify(value.slice(0, 80))}`);
      if (name !== 'content-length') continue;
      if (length !== undefined) return this.fail('a header block with two Content-Length lines');
      if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_BODY_BYTES)
        return this.fail(
          `a Content-Length that is not a whole number of bytes up to ${MAX_BODY_BYTES}: ${JSON.stringify(value.slice(0, 80))}`,
        );
      length = Number(value);
    }
    return length ?? this.fail(`a header block without Content-Length: ${JSON.stringify(block.slice(0, 80))}`);
  }

  private decode(body: Buffer): Message | undefined {
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.decoder.decode(body));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return this.fail(`a body of ${body.length} bytes that is not UTF-8 JSON (${why.slice(0, 120)})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return this.fail(`a body of ${body.length} bytes that is JSON but not a JSON-RPC message (an object)`);
    return parsed as Message;
  }

  /**
   * Where, in the first `length` bytes of the body read so far, the next frame's header starts; -1 when it does not.
   * Each byte is read once, but for a few where chunks meet and a header line not complete yet.
   */
  private nextHeaderAt(length: number): number {
    const from = Math.max(0, this.scanned - (MARK_LENGTH - 1));
    const to = Math.min(this.buffered, length);
    const parts: Buffer[] = [];
    let offset = 0;
    for (const chunk of this.chunks) {
      if (offset >= to) break;
      const end = offset + chunk.length;
      if (end > from) parts.push(chunk.subarray(Math.max(0, from - offset), to - offset));
      offset = end;
    }
    const region = Buffer.concat(parts);
    let resume = to;
    for (const name of HEADER_NAMES) {
      for (let i = region.indexOf(name); i >= 0; i = region.indexOf(name, i + 1)) {
        const found = headerValueAt(region, i + name.length);
        if (found) return from + i;
        if (found === undefined) resume = Math.min(resume, from + i + MARK_LENGTH - 1);
      }
    }
    this.scanned = resume;
    return -1;
  }

  /** The first `n` buffered bytes (fewer when fewer are buffered), without consuming them. */
  private peek(n: number): Buffer {
    if (this.chunks.length > 1 && this.chunks[0].length < n) {
      let count = 0;
      for (let size = 0; count < this.chunks.length && size < n; count++) size += this.chunks[count].length;
      this.chunks = [Buffer.concat(this.chunks.slice(0, count)), ...this.chunks.slice(count)];
    }
    return (this.chunks[0] ?? Buffer.alloc(0)).subarray(0, n);
  }

  /** Removes and returns the first `n` buffered bytes. */
  private take(n: number): Buffer {
    const taken = this.peek(n);
    const rest = this.chunks[0].subarray(n);
    this.chunks = rest.length > 0 ? [rest, ...this.chunks.slice(1)] : this.chunks.slice(1);
    this.buffered -= n;
    return taken;
  }

  /** Fails the frame when no byte arrives for `stallMs` while it is unfinished. */
  private watchForStall(): void {
    if (this.stallTimer !== undefined) return;
    const check = (): void => {
      this.stallTimer = undefined;
      if (this.stopped || this.buffered === 0) return;
      const quiet = Date.now() - this.lastDataAt;
      if (quiet < this.stallMs) {
        this.stallTimer = setTimeout(check, this.stallMs - quiet);
        return;
      }
      // Bytes that arrived while this thread was busy are read in the poll phase, before setImmediate's turn.
      setImmediate(() => {
        if (this.stopped || this.buffered === 0 || Date.now() - this.lastDataAt < this.stallMs) return;
        this.fail(this.stallReason());
      });
    };
    this.stallTimer = setTimeout(check, this.stallMs);
  }

  private stallReason(): string {
    const seconds = `${this.stallMs / 1000} s`;
    return this.bodyLength === undefined
      ? `a header block left unfinished (${this.buffered} bytes, no empty line) for ${seconds}`
      : `a frame left at ${this.buffered} of the ${this.bodyLength} bytes its Content-Length announced for ${seconds}: the Content-Length is wrong or the client stopped`;
  }

  private fail(reason: string): undefined {
    this.stopped = true;
    this.chunks = [];
    this.buffered = 0;
    clearTimeout(this.stallTimer);
    this.fireError(new Error(`Framing error: ${reason}.`));
    return undefined;
  }
}
