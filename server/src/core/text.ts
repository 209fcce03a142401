/** Offsets ↔ line/column conversion and small text helpers. Lines and columns here are 0-based. */

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, position.line)];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset of the end of a line, before its line break (`\n` or `\r\n`). */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    const newline = this.starts[line + 1] - 1;
    return newline > this.starts[line] && this.text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
  }
}

/** The line break the document already uses, so inserted text matches it. */
export function detectEol(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 0x0d ? '\r\n' : '\n';
}

/** decodeURIComponent that returns its input when the escapes are malformed. */
export function decodeUriSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Edit distance, bounded: stops counting past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** The text without trailing slashes ("https://a.org/x//" → "https://a.org/x"), without a backtracking regex. */
export function trimTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '/') end--;
  return text.slice(0, end);
}

/** "U+0007": a character's code point as Unicode writes it. */
export function codePointName(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A C0 control other than the tab, or DEL: what no line of text should hold. */
export function isControlCharacter(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return (code < 0x20 && c !== '\t') || code === 0x7f;
}

/** A character for a message: "control character U+0007", or the character in quotes. */
export function describeCharacter(c: string): string {
  return isControlCharacter(c) ? `control character ${codePointName(c)}` : `"${c}"`;
}

/** UTF-8 without failing: invalid bytes become U+FFFD (reported by not-utf8), the BOM stays. */
export function decodeUtf8Lenient(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
}
