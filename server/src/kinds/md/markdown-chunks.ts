/**
 * Where a Markdown text may be cut and each part parsed on its own with the same result as a parse of the whole:
 * before an ATX heading line (a section), and within a section before a line that follows a blank line (a block).
 * Fenced code, HTML comments and HTML blocks are never cut, and a section with HTML blocks is not cut into blocks
 * at all. Conservative: a missed cut only costs time, a wrong one would change the parse.
 */

// With indented code turned off (see MICROMARK_EXTENSIONS), the parser takes fences and HTML blocks at any indent.
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*\r?$/;
const HTML_BLOCK_START = /^[ \t]*<[A-Za-z/!?]/;
const COMMENT_BLOCK_START = /^[ \t]*<!--/;
const BLANK_LINE = /^[ \t]*\r?$/;
/** A carriage return that ends a line on its own: the lines below are cut at line feeds only. */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
/**
 * HTML blocks that a blank line does not end (CommonMark's kinds 1, 3, 4 and 5), with what ends them. The others
 * (a tag on its own) end at a blank line; comments (kind 2) are followed by `opensComment`.
 */
const RAW_HTML_BLOCKS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^[ \t]*<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^[ \t]*<\?/, /\?>/],
  [/^[ \t]*<!\[CDATA\[/, /\]\]>/],
  [/^[ \t]*<![A-Za-z]/, />/],
];

interface Line {
  start: number;
  text: string;
  blank: boolean;
  /** A line after a blank line (or the first line), not inside code, a comment or HTML: it may open one. */
  afterBlank: boolean;
  /** Not inside fenced code, an HTML comment or an HTML block, nor the opening line of one. */
  outside: boolean;
}

/** The lines of `text` with what a cut needs to know of them; `sawHtml` is set when an HTML block starts. */
function* linesOf(text: string, seen: { sawHtml: boolean }): Generator<Line> {
  let fence: string | undefined;
  let inComment = false;
  // A comment opened after other text on its line may be no comment at all (an unclosed `<!--` in a paragraph is
  // text): a fence or an HTML block that starts inside it may then be real, so no line after it is cut.
  let commentMayBeText = false;
  let uncertain = false;
  let htmlEnd: RegExp | undefined;
  let inHtml = false;
  let previousBlank = true;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const full = text.slice(start, end);
    const blank = BLANK_LINE.test(full);
    if (inComment && commentMayBeText && (fenceOpenedBy(full) !== undefined || HTML_BLOCK_START.test(full)))
      uncertain = true;
    const topLevel = !inComment && !htmlEnd && !inHtml && !fence && !uncertain;
    let outside = false;
    if (uncertain) {
      // Nothing more is cut.
    } else if (inComment) inComment = !full.includes('-->');
    else if (htmlEnd) htmlEnd = htmlEnd.test(full) ? undefined : htmlEnd;
    else if (inHtml) inHtml = !blank;
    else if (fence) fence = closesFence(full, fence) ? undefined : fence;
    else if (fenceOpenedBy(full) !== undefined) fence = fenceOpenedBy(full);
    else if (opensComment(full)) {
      inComment = true;
      commentMayBeText = !COMMENT_BLOCK_START.test(full);
    } else if (HTML_BLOCK_START.test(full)) {
      seen.sawHtml = true;
      const raw = RAW_HTML_BLOCKS.find(([open]) => open.test(full));
      // An end on the opening line counts only after the opening itself ("<?>" does not end at its own "?").
      if (raw && !raw[1].test(full.slice(raw[0].exec(full)![0].length))) htmlEnd = raw[1];
      else if (!raw) inHtml = true;
    } else outside = true;
    yield { start, text: full, blank, afterBlank: previousBlank && topLevel && !blank, outside };
    previousBlank = blank;
    start = end + 1;
  }
}

/**
 * The fence a line opens (its run of backticks or tildes), if it opens fenced code: a backtick fence's info string
 * holds no backtick (CommonMark 4.5).
 */
export function fenceOpenedBy(line: string): string | undefined {
  const open = FENCE_OPEN.exec(line);
  if (!open) return undefined;
  return open[1][0] !== '`' || !line.includes('`', open.index + open[0].length) ? open[1] : undefined;
}

/** Whether a line closes the fenced code `fence` opened: the same character, at least as many, nothing after. */
export function closesFence(line: string, fence: string): boolean {
  const close = FENCE_CLOSE.exec(line);
  return close !== null && close[1][0] === fence[0] && close[1].length >= fence.length;
}

/** A line that opens an HTML comment without closing it, so the following lines belong to the comment. */
function opensComment(line: string): boolean {
  // Most lines hold no comment, which `includes` tells faster than `lastIndexOf` (a call into the runtime).
  if (!line.includes('<!--')) return false;
  const open = line.lastIndexOf('<!--');
  return open >= 0 && !line.includes('-->', open + 4);
}

/** Offsets where sections begin: ATX heading lines outside code and HTML, merged to at least `target` characters. */
export function sectionStarts(text: string, target: number): number[] {
  const starts = [0];
  if (LONE_CARRIAGE_RETURN.test(text)) return starts;
  let last = 0;
  for (const line of linesOf(text, { sawHtml: false })) {
    if (line.outside && line.start > last && line.start - last >= target && ATX_HEADING.test(line.text)) {
      starts.push(line.start);
      last = line.start;
    }
  }
  return starts;
}

/**
 * Offsets where blocks of a section begin: lines after a blank line, outside code and comments. A section with an
 * HTML block is one block: what ends such a block, and what a blank line inside it means, is left to the parser.
 */
export function blockStarts(section: string): number[] {
  const seen = { sawHtml: false };
  const starts = [0];
  if (LONE_CARRIAGE_RETURN.test(section)) return starts;
  for (const line of linesOf(section, seen)) if (line.afterBlank && line.start > 0) starts.push(line.start);
  return seen.sawHtml ? [0] : starts;
}

/** How a document is cut when it is too large, or a paragraph too long, to parse whole in bounded time and memory. */
export interface PieceBounds {
  /** Pieces longer than this are cut (at a block start when there is one). */
  maxChars: number;
  /** A run of more non-blank lines than this is cut: micromark's time grows with the square of a paragraph's lines. */
  maxLines: number;
}

/**
 * `starts` with the cuts that keep every piece within `bounds`: inside a longer piece at a block start, else at any
 * line outside code and comments. Such a cut splits a paragraph in two; no real policy is long enough to meet it.
 */
export function boundedStarts(text: string, starts: readonly number[], bounds: PieceBounds): number[] {
  if (text.length <= bounds.maxChars && !hasLines(text, bounds.maxLines)) return [...starts];
  const out: number[] = [];
  const lines = linesOf(text, { sawHtml: false });
  let line = lines.next();
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    out.push(starts[i]);
    let [last, blockCut, run] = [starts[i], -1, 0];
    for (; !line.done && line.value.start < end; line = lines.next()) {
      const { start, outside, afterBlank, blank } = line.value;
      run = blank || !outside ? 0 : run + 1;
      if (start > last && outside) {
        if (afterBlank) blockCut = start;
        const tooLong = run > bounds.maxLines;
        if (start - last >= bounds.maxChars || tooLong) {
          const cut = !tooLong && blockCut > last ? blockCut : start;
          out.push(cut);
          [last, run] = [cut, tooLong ? 1 : run];
        }
      }
      if (line.value.text.length > bounds.maxChars) last = cutLine(text, start, line.value.text.length, bounds, out);
    }
  }
  return out;
}

/**
 * Cuts inside a line longer than a piece (one line of megabytes costs micromark hundreds of megabytes), at a space
 * near each piece's end when there is one, never between the two halves of a surrogate pair. Returns the last cut.
 */
function cutLine(text: string, start: number, length: number, bounds: PieceBounds, out: number[]): number {
  let last = start;
  for (let at = start + bounds.maxChars; at < start + length; at = last + bounds.maxChars) {
    let space = at;
    while (space > at - 1024 && space > last && text.charCodeAt(space) !== 0x20) space--;
    let cut = space > at - 1024 && space > last ? space + 1 : at;
    if (cut > last && (text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut++;
    out.push(cut);
    last = cut;
  }
  return last;
}

/** Whether `text` has more than `count` line breaks. */
function hasLines(text: string, count: number): boolean {
  let at = -1;
  for (let n = 0; n <= count; n++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return false;
  }
  return true;
}
