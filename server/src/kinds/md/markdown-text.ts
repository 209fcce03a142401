/**
 * The small helpers of the Markdown model: an empty model, bare URLs, HTML comments and links, table lines, plain
 * text. Shared by the event walk (./markdown-events.ts), the chunked parse (./markdown.ts) and the test oracle that
 * reads the same model off remark-parse's tree.
 */
import type { Link, MarkdownModel, TableModel } from './markdown';

const SETEXT_LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const HAS_URL_START = /http|www\./i;
/** A bare URL in text (no autolink-literal parsing); trailing punctuation is trimmed afterwards. */
const BARE_URL = /(?<![\w/.@-])(?:https?:\/\/|www\.)[^\s<>"'`]{1,2048}/gi;
const HTML_COMMENT = /^<!--([\s\S]*?)-->$/;
const HTML_HREF = /\bhref\s*=\s*["']([^"'\s]{1,2048})["']/gi;

/** Without list parsing, "- item" followed by "---" would read as a setext heading; it is a list item and a break. */
export function looksLikeListItem(source: string, start: number, end: number): boolean {
  return SETEXT_LIST_ITEM.test(source.slice(start, Math.min(end, start + 16)));
}

/** The bare URLs of a text node (no autolink-literal parsing), as autolinks. */
export function bareUrls(source: string, start: number, end: number): Link[] {
  const raw = source.slice(start, end);
  if (!HAS_URL_START.test(raw)) return [];
  const links: Link[] = [];
  BARE_URL.lastIndex = 0;
  for (let m = BARE_URL.exec(raw); m; m = BARE_URL.exec(raw)) {
    const url = trimUrl(m[0]);
    const at = start + m.index;
    links.push({
      url: /^www\./i.test(url) ? `https://${url}` : url,
      label: url,
      start: at,
      end: at + url.length,
      kind: 'autolink',
    });
  }
  return links;
}

/** The body of an HTML comment (trimmed), or undefined when the HTML is not one comment. */
export function commentBody(html: string): string | undefined {
  return HTML_COMMENT.exec(html.trim())?.[1].trim();
}

/** The `href` targets in a piece of HTML. */
export function hrefsOf(html: string): string[] {
  const urls: string[] = [];
  HTML_HREF.lastIndex = 0;
  for (let m = HTML_HREF.exec(html); m; m = HTML_HREF.exec(html)) urls.push(m[1]);
  return urls;
}

/** Source ranges of each line of a table: header, delimiter, then body rows. */
export function tableLines(source: string, start: number, end: number): TableModel['lines'] {
  const lines: TableModel['lines'] = [];
  for (let lineStart = start; lineStart < end;) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const realEnd = lineEnd > lineStart && source.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
    lines.push({ start: lineStart, end: realEnd });
    lineStart = lineEnd + 1;
  }
  return lines;
}

/** Drops trailing punctuation and unbalanced closing parentheses, as GitHub does for bare URLs. */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if ('.,:;!?*_~'.includes(last)) end--;
    else if (last === ')' && countOf(url.slice(0, end), '(') < countOf(url.slice(0, end), ')')) end--;
    else break;
  }
  return url.slice(0, end);
}

function countOf(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** Plain text without emphasis delimiters (emphasis is not parsed: see MICROMARK_EXTENSIONS in markdown.ts). */
export function plainText(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  // `*` runs always delimit; `_` runs only at word edges (snake_case stays whole), as in CommonMark.
  return text.replace(/\*+/g, '').replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '');
}

/** A model with nothing in it, to be filled. */
export function emptyModel(): MarkdownModel {
  return { headings: [], links: [], tables: [], comments: [], codeRanges: [] };
}
