/**
 * The constructs the event walk (./markdown-events.ts) keeps track of: its frames, which micromark tokens open them,
 * and which of them take text.
 */
import type { Token } from 'micromark-util-types';
import type { Link } from './markdown';

export type FrameKind =
  'text' | 'heading' | 'link' | 'image' | 'autolink' | 'code' | 'html' | 'string' | 'definition' | 'skip';

export interface Frame {
  kind: FrameKind;
  token: Token;
  /** Text of the content without HTML (the rules' plain text), and with it (an image's alt text). */
  plain: string;
  all: string;
  /** The text node being built: where it starts and ends, or -1. */
  runStart: number;
  runEnd: number;
  /** Links found inside a link, kept until the link's end tells whether it is a link or a reference. */
  inner?: Array<{ link: Link; bare: boolean }>;
  url?: string;
  label?: string;
  depth?: number;
  /** A link or image followed by a resource (`(url)`); without one it is a reference. */
  resource?: boolean;
  /** Inside a heading, the part that is its text (not the `#` marks or the setext underline). */
  inText?: boolean;
}

export const FRAME_OF: Record<string, FrameKind> = {
  paragraph: 'text',
  tableHeader: 'text',
  tableData: 'text',
  atxHeading: 'heading',
  setextHeading: 'heading',
  link: 'link',
  image: 'image',
  autolink: 'autolink',
  codeText: 'code',
  htmlFlow: 'html',
  htmlText: 'html',
  resourceDestinationString: 'string',
  definitionDestinationString: 'string',
  definitionLabelString: 'string',
  definition: 'definition',
  resource: 'skip',
  reference: 'skip',
  codeFenced: 'skip',
  table: 'skip',
  definitionTitleString: 'skip',
};

/** Frames whose text nodes are searched for bare URLs (a link's, when it turns out to be a reference). */
export const SEARCHED: ReadonlySet<FrameKind> = new Set(['text', 'heading', 'link']);
/** Frames whose content is text (a line ending inside them is part of it). */
const TEXTUAL: ReadonlySet<FrameKind> = new Set([
  'text',
  'heading',
  'link',
  'image',
  'autolink',
  'code',
  'html',
  'string',
]);
/** Tokens whose content is text (a characterEscape's value comes at its end). */
export const TEXT_PIECES: ReadonlySet<string> = new Set([
  'data',
  'characterEscape',
  'codeTextData',
  'htmlFlowData',
  'htmlTextData',
  'autolinkProtocol',
  'autolinkEmail',
]);
/** Nodes that end the text node before them. */
export const BREAKS_TEXT: ReadonlySet<FrameKind> = new Set(['link', 'image', 'autolink', 'code', 'html']);

/** Whether text met now belongs to the frame (in a heading, only its text does, not the setext line break). */
export function takesText(frame: Frame): boolean {
  return TEXTUAL.has(frame.kind) && (frame.kind !== 'heading' || frame.inText === true);
}
