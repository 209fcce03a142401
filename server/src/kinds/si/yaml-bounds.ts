/**
 * What a YAML text may be before it is handed to the parser. The `yaml` library recurses once per level of nesting
 * (1,000 nested `[` exhaust the stack, and V8 may then abort the whole process instead of throwing), so depth is
 * measured first, in one pass over the text, and so is size. A real security-insights.yml nests fewer than ten
 * levels and weighs a few kilobytes.
 */
import type { LineIndex } from '../../core/text';

/** Nesting deeper than this (block levels, `- ` items and flow brackets together) is refused. */
export const MAX_YAML_DEPTH = 64;

/** A security-insights.yml larger than this is refused: the largest real ones are around 20 KB (at the limit a crafted file takes a few seconds). */
export const MAX_INSIGHTS_CHARS = 256 * 1024;

/** Why a file is refused, which insights-syntax words: too large (`size` and `max` in KB) or too deep (`max` levels). */
export type BoundsProblem = { start: number; end: number } & (
  { problem: 'tooLarge'; values: { size: number; max: number } } | { problem: 'tooDeep'; values: { max: number } }
);

/** Why `text` (whose lines are `lines`) is not parsed (too large, or nested too deep, at the line where it passes the limit); else undefined. */
export function yamlBoundsProblem(text: string, lines: LineIndex): BoundsProblem | undefined {
  if (text.length > MAX_INSIGHTS_CHARS) {
    return {
      problem: 'tooLarge',
      values: { size: Math.ceil(text.length / 1024), max: MAX_INSIGHTS_CHARS / 1024 },
      start: 0,
      end: firstLineEnd(text),
    };
  }
  const deep = tooDeepAt(text);
  if (deep === undefined) return undefined;
  const line = lines.positionAt(deep).line;
  return {
    problem: 'tooDeep',
    values: { max: MAX_YAML_DEPTH },
    start: deep,
    end: Math.max(deep + 1, lines.lineEnd(line)),
  };
}

function firstLineEnd(text: string): number {
  const newline = text.indexOf('\n');
  return newline < 0 ? Math.min(text.length, 200) : newline;
}

/**
 * The offset where nesting first passes the limit, or undefined. Block nesting is the stack of indentations still
 * open plus the `- ` item markers that begin a line; flow nesting counts `[` and `{` that open a collection (at
 * the start of a value, or inside another flow collection), skipping quoted strings and comments.
 */
function tooDeepAt(text: string): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let at = 0;
  while (at < text.length) {
    const lineEnd = endOfLine(text, at);
    let i = at;
    while (i < lineEnd && text.charCodeAt(i) === 0x20) i++;
    if (flow === 0 && i < lineEnd && text[i] !== '#') {
      while (indents.length > 0 && indents[indents.length - 1] >= i - at) indents.pop();
      indents.push(i - at);
    }
    let items = 0;
    while (flow === 0 && text[i] === '-' && (text[i + 1] === ' ' || i + 1 === lineEnd)) {
      items++;
      i += 2;
      while (i < lineEnd && text.charCodeAt(i) === 0x20) i++;
    }
    const scan = scanFlow(text, i, lineEnd, flow, indents.length + items);
    if (scan.deepAt !== undefined) return scan.deepAt;
    flow = scan.flow;
    at = lineEnd + 1;
  }
  return undefined;
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

/** Flow brackets on one line from `from`: the depth after it, or where it passes the limit. */
function scanFlow(
  text: string,
  from: number,
  to: number,
  startFlow: number,
  block: number,
): { flow: number; deepAt?: number } {
  let flow = startFlow;
  let valueStart = true;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === ' ') continue;
    if (c === '#' && (i === from || text[i - 1] === ' ')) break;
    if ((c === '"' || c === "'") && (valueStart || flow > 0)) {
      i = closingQuote(text, i, to);
      valueStart = false;
      continue;
    }
    if ((c === '[' || c === '{') && (valueStart || flow > 0)) {
      flow++;
      if (block + flow > MAX_YAML_DEPTH) return { flow, deepAt: i };
      valueStart = true;
      continue;
    }
    if ((c === ']' || c === '}') && flow > 0) flow--;
    valueStart = c === ',' || c === ':' || c === '-' || c === '?';
  }
  if (block > MAX_YAML_DEPTH) return { flow, deepAt: from };
  return { flow };
}

/** The offset of the quote closing the string opened at `open` on this line (or the line's end). */
function closingQuote(text: string, open: number, to: number): number {
  const quote = text[open];
  for (let i = open + 1; i < to; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return to;
}
