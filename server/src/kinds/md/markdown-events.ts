/**
 * The Markdown model built straight from micromark's events, the parser remark-parse is made of. remark-parse turns
 * the events into an mdast tree (mdast-util-from-markdown) and the model was then read off the tree; building the
 * model from the events gives the same model (a property test compares the two over generated documents) in about
 * half the time, and without the tree's garbage. See ARCHITECTURE.md, "The model from micromark's events".
 *
 * The walk keeps a stack of the constructs that matter and reproduces the tree's semantics where the model depends on
 * them: a text node runs until a sibling node (code, HTML, link, image) starts; labels keep their line endings; an
 * image keeps nothing but its alt text; a link whose label is followed by no resource is a reference, whose text is
 * searched for bare URLs like any other.
 */
import type { Event, Token, TokenizeContext } from 'micromark-util-types';
import type { Link, MarkdownModel } from './markdown';
import { FRAME_OF, SEARCHED, TEXT_PIECES, BREAKS_TEXT, takesText, type FrameKind, type Frame } from './markdown-frames';
import { bareUrls, commentBody, emptyModel, hrefsOf, looksLikeListItem, plainText, tableLines } from './markdown-text';

/** The model of a Markdown text (offsets relative to it) from micromark's events for it. */
export function modelFromEvents(events: Event[], source: string): MarkdownModel {
  return new EventWalk(source).run(events);
}

class EventWalk {
  readonly model: MarkdownModel = emptyModel();
  private readonly stack: Frame[] = [];
  /** Inside an image nothing is kept but its alt text, as in the tree. */
  private inImage = 0;
  private hardBreakEnd = -1;
  private inTable = 0;

  constructor(private readonly source: string) {}

  run(events: Event[]): MarkdownModel {
    for (const [phase, token, context] of events) {
      if (phase === 'enter') this.enter(token);
      else this.exit(token, context);
    }
    this.model.codeRanges.sort((a, b) => a[0] - b[0]);
    return this.model;
  }

  private get top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private enter(token: Token): void {
    const kind = FRAME_OF[token.type];
    if (kind) {
      const parent = this.top;
      if (parent && BREAKS_TEXT.has(kind)) this.endText(parent);
      this.stack.push({ kind, token, plain: '', all: '', runStart: -1, runEnd: -1 });
      if (kind === 'image') this.inImage++;
      if (token.type === 'table') this.enterTable(token);
      return;
    }
    const top = this.top;
    if (TEXT_PIECES.has(token.type)) {
      if (top && takesText(top) && top.runStart < 0) top.runStart = token.start.offset;
    } else if (top?.kind === 'heading' && (token.type === 'atxHeadingText' || token.type === 'setextHeadingText'))
      top.inText = true;
  }

  private exit(token: Token, context: TokenizeContext): void {
    const top = this.top;
    if (top?.token === token) {
      this.stack.pop();
      this.endText(top);
      this.close(top);
      return;
    }
    if (!top) return;
    switch (token.type) {
      case 'data':
      case 'characterEscapeValue':
      case 'codeTextData':
      case 'htmlFlowData':
      case 'htmlTextData':
        if (takesText(top)) this.addText(top, token, context);
        break;
      case 'autolinkProtocol':
      case 'autolinkEmail':
        this.addText(top, token, context);
        top.url = token.type === 'autolinkEmail' ? `mailto:${top.all}` : top.all;
        break;
      case 'hardBreakTrailing':
        this.hardBreakEnd = token.end.offset;
        break;
      case 'lineEnding':
        // An image's alt text loses the line ending of a hard break, as mdast's `alt` does; other text keeps it.
        if (top.kind === 'image' && token.start.offset === this.hardBreakEnd) break;
        if (takesText(top)) {
          if (top.runStart < 0) top.runStart = token.start.offset;
          this.addText(top, token, context);
        }
        break;
      case 'atxHeadingSequence':
        top.depth ??= token.end.offset - token.start.offset;
        break;
      case 'setextHeadingLineSequence':
        top.depth = this.source.charCodeAt(token.start.offset) === 61 ? 1 : 2;
        break;
      case 'atxHeadingText':
      case 'setextHeadingText':
        top.inText = false;
        break;
      default:
        break;
    }
  }

  /** Text added to a frame; a paragraph's or cell's own text is never read, only where its text nodes lie. */
  private addText(frame: Frame, token: Token, context: TokenizeContext): void {
    frame.runEnd = token.end.offset;
    if (frame.kind === 'text') return;
    const value = context.sliceSerialize(token);
    frame.plain += value;
    frame.all += value;
  }

  /** The text node of a frame ends: its bare URLs are links, unless it is inside a link or an image. */
  private endText(frame: Frame): void {
    const [start, end] = [frame.runStart, frame.runEnd];
    frame.runStart = -1;
    if (start < 0 || !SEARCHED.has(frame.kind) || this.inImage > 0) return;
    for (const link of bareUrls(this.source, start, end)) {
      if (frame.kind === 'link') (frame.inner ??= []).push({ link, bare: true });
      else this.emit(link);
    }
  }

  /** A link found: inside a link it waits for the link's end (its order in the tree comes after the link). */
  private emit(link: Link): void {
    if (this.inImage > 0) return;
    const owner = this.nearest(['link']);
    if (owner) (owner.inner ??= []).push({ link, bare: false });
    else this.model.links.push(link);
  }

  /** The innermost open frame of one of these kinds. */
  private nearest(kinds: readonly FrameKind[]): Frame | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) if (kinds.includes(this.stack[i].kind)) return this.stack[i];
    return undefined;
  }

  private close(frame: Frame): void {
    const start = frame.token.start.offset;
    const end = frame.token.end.offset;
    // What the node adds to its parent's text: links, code and images count as text; HTML only in alt text.
    let [plain, all] = [frame.plain, frame.all];
    switch (frame.kind) {
      case 'heading':
        if (!looksLikeListItem(this.source, start, end)) {
          this.model.headings.push({ depth: frame.depth ?? 1, text: plainText(frame.plain), start, end });
        }
        return;
      case 'link':
        this.closeLink(frame, start, end);
        break;
      case 'image':
        this.inImage--;
        if (frame.resource) this.emit({ url: frame.url ?? '', label: frame.all, start, end, kind: 'image' });
        // An image's plain text is its alt text; an image reference has none (its alt counts only as alt text).
        plain = frame.resource ? frame.all : '';
        break;
      case 'autolink':
        this.emit({ url: frame.url ?? '', label: plainText(frame.plain), start, end, kind: 'autolink' });
        break;
      case 'code':
        // In a table, `\|` in code is a pipe (mdast-util-gfm-table); every other escape stays.
        if (this.inTable > 0) all = frame.all.replace(/\\([\\|])/g, (escape, c: string) => (c === '|' ? c : escape));
        plain = all;
        if (this.inImage === 0) this.model.codeRanges.push([start, end]);
        break;
      case 'html':
        if (this.inImage === 0) this.html(frame.all, start, end);
        plain = '';
        break;
      case 'string':
        this.closeString(frame);
        return;
      case 'definition':
        this.model.links.push({ url: frame.url ?? '', label: frame.label ?? '', start, end, kind: 'definition' });
        return;
      case 'skip':
        this.closeSkipped(frame, start, end);
        return;
      default:
        return;
    }
    const parent = this.top;
    if (parent) {
      parent.plain += plain;
      parent.all += all;
    }
  }

  private closeSkipped(frame: Frame, start: number, end: number): void {
    const type = frame.token.type;
    if (type === 'resource' && this.top) this.top.resource = true;
    if (type === 'codeFenced' && this.inImage === 0) this.model.codeRanges.push([start, end]);
    if (type === 'table') this.inTable--;
  }

  private closeLink(frame: Frame, start: number, end: number): void {
    if (frame.resource) {
      const label = plainText(frame.plain);
      const url = frame.url ?? '';
      const autolink = label === url || `mailto:${label}` === url || this.source.charCodeAt(start) === 0x3c;
      this.emit({ url, label, start, end, kind: autolink ? 'autolink' : 'link' });
    }
    for (const { link, bare } of frame.inner ?? []) if (!frame.resource || !bare) this.emit(link);
  }

  /** A destination or a definition's label, for the nearest link, image or definition. */
  private closeString(frame: Frame): void {
    const owner = this.nearest(['link', 'image', 'definition']);
    if (!owner) return;
    if (frame.token.type === 'definitionLabelString') owner.label = frame.all;
    else owner.url = frame.all;
  }

  private html(value: string, start: number, end: number): void {
    const comment = commentBody(value);
    if (comment !== undefined) {
      this.model.comments.push({ body: comment, start, end });
      this.model.codeRanges.push([start, end]);
      return;
    }
    for (const url of hrefsOf(value)) this.emit({ url, label: '', start, end, kind: 'html' });
  }

  private enterTable(token: Token): void {
    this.inTable++;
    const [start, end] = [token.start.offset, token.end.offset];
    this.model.tables.push({ start, end, lines: tableLines(this.source, start, end) });
  }
}
