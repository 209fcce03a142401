/**
 * The model of a SECURITY.md that rules read: its Markdown structure, its sections by meaning, its reporting
 * channels, timeframes and dates. Everything is computed lazily, once per document version.
 *
 * Over 300 lines: the one model of a SECURITY.md that every rule reads; its members are small and are read together.
 */
import {
  parseMarkdownPieces,
  maskCode,
  type ChunkCache,
  type Heading,
  type Link,
  type MarkdownModel,
  type ParsedMarkdown,
} from './markdown';
import { scanPieces, somePiece, sumPieces, type PieceScan } from './section-scans';
import {
  detectLanguage,
  LANGUAGE_SAMPLE_CHARS,
  languageCounts,
  languageFrom,
  writingLanguage,
  type PolicyLanguage,
} from './language';
import { publicIssueInstructions } from './public-issues';
import { canReceiveMail, isReadingLink } from './addresses';
import { LineIndex } from '../../core/text';
import { BoundedMap, CACHE_BUDGETS } from '../../core/caches';
import { foldCase, folded } from '../../core/fold';
import { findDateMentions, findTimeframes, type DateMention, type Timeframe } from '../../core/dates';
import {
  BUG_BOUNTY_HOST,
  CHAT_URL,
  DISCLOSURE_WORDS,
  FORGE_PROFILE_URL,
  GITHUB_PRIVATE_PHRASE,
  GITHUB_PRIVATE_URL,
  KEY_URL,
  NEGATION,
  PGP_FINGERPRINT,
  PGP_INLINE_KEY,
  PUBLIC_TRACKER_URL,
  REPORTING_WORDS,
  RESOURCE_HEADINGS,
  RESPONSE_WORDS,
  SECTION_HEADINGS,
  SECURITY_PAGE_URL,
  type SectionKind,
  HANDLE,
  OBFUSCATED_AT_SIGN,
  OBFUSCATED_EMAIL,
} from './lexicon';

/** Patterns matched on a slice around a match, not scanned over the document (so not in ./lexicon.ts). */
/** A link's words that name a private way to write: "[private contact addresses](…#support)". */
const PRIVATE_CONTACT_LABEL = /private (?:contact|channel|address|e-?mail|report)/i;
/** The words of a sentence that introduces the way to report: "… can be reported via the bug bounty program:". */
const REPORT_WORD = /\breport(?:ed|ing|s)?\b/iu;
const VIA_WORD = /\b(?:via|through|at|to|using|on|here)\b/iu;

export interface Section {
  heading: Heading;
  kinds: ReadonlySet<SectionKind>;
  /** End of the section including its subsections. */
  end: number;
  /** End of the section's own text, before its first subsection. */
  ownEnd: number;
}

export type ChannelKind =
  'email' | 'github-private' | 'bug-bounty' | 'web' | 'public-tracker' | 'chat' | 'profile' | 'issue-phrase';

export interface Channel {
  kind: ChannelKind;
  private: boolean;
  value: string;
  start: number;
  end: number;
}

export interface Email {
  address: string;
  start: number;
  end: number;
}

/** Emphasis markers: every `*`, and `_` at the edge of a word (not inside snake_case). */
const EMPHASIS = /\*|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
/** Front matter opens with `---` and a YAML field on the next line (a rule followed by prose is not one). */
const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*\r?\n(?=[\w-]{1,60}:)/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/gm;
const LINE_BREAK = /\r?\n/g;
const LIST_ITEM = /^[ \t]{0,12}(?:[-*+]|\d{1,9}[.)])[ \t]/;
const BLOCK_START = /^[ \t]{0,3}(?:#{1,6}[ \t]|\||>|```|~~~)/;
const SENTENCE_END = /[.!?。！？](?=\s|$)|[。！？]/g;
/** How far from an offset its paragraph is read (see logicalLine). */
const CONTEXT = 2000;

/** The index of the first of `sorted` greater than `offset` (its length when none is). */
function firstAfter(sorted: readonly number[], offset: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface Match {
  index: number;
  end: number;
  text: string;
}

const TIMEFRAME_SCAN: PieceScan<Timeframe> = {
  scan: findTimeframes,
  shift: (t, by) => ({ ...t, start: t.start + by, end: t.end + by }),
};
const DATE_SCAN: PieceScan<DateMention> = {
  scan: findDateMentions,
  shift: (d, by) => ({ ...d, start: d.start + by, end: d.end + by, labelStart: d.labelStart + by }),
};

/** The scan for every match of a pattern, one per pattern. */
const matchScans = new WeakMap<RegExp, PieceScan<Match>>();

function matchScan(pattern: RegExp): PieceScan<Match> {
  let scan = matchScans.get(pattern);
  if (scan) return scan;
  const re = folded(pattern, true);
  scan = {
    scan: (text) => {
      const out: Match[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
        if (m[0].length === 0) re.lastIndex++;
      }
      return out;
    },
    shift: (m, by) => ({ ...m, index: m.index + by, end: m.end + by }),
  };
  matchScans.set(pattern, scan);
  return scan;
}

/** What headings mean, by their text: the same few headings come back in policy after policy. */
const kindsByHeading = new BoundedMap<string, ReadonlySet<SectionKind>>(CACHE_BUDGETS.headingMeanings);

function sectionKindsOf(headingText: string): ReadonlySet<SectionKind> {
  let kinds = kindsByHeading.get(headingText);
  if (kinds) return kinds;
  const found = new Set<SectionKind>();
  for (const [kind, pattern] of Object.entries(SECTION_HEADINGS) as Array<[SectionKind, RegExp]>) {
    if (pattern.test(headingText)) found.add(kind);
  }
  kindsByHeading.set(headingText, (kinds = found));
  return kinds;
}

export class PolicyDocument {
  readonly lines: LineIndex;
  private memo = new Map<string, unknown>();

  constructor(
    readonly text: string,
    private readonly chunkCache?: ChunkCache,
  ) {
    this.lines = new LineIndex(text);
  }

  private once<T>(key: string, compute: () => T): T {
    const kept = this.memo.get(key) as T | undefined;
    if (kept !== undefined || this.memo.has(key)) return kept as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  private get parsed(): ParsedMarkdown {
    return this.once('parsed', () => parseMarkdownPieces(this.text, this.chunkCache));
  }

  get markdown(): MarkdownModel {
    return this.parsed.model;
  }

  /** The text with code, inline code and HTML comments blanked out; offsets unchanged. */
  get masked(): string {
    return this.once('masked', () => maskCode(this.text, this.markdown.codeRanges));
  }

  /** `masked` without emphasis markers, for phrase matching ("within **48 hours**", "_PLEASE DO NOT_ open"). */
  get prose(): string {
    return this.once('prose', () => this.masked.replace(EMPHASIS, (m) => ' '.repeat(m.length)));
  }

  /** The prose lower-cased with offsets kept, for case-insensitive matching (see fold.ts). */
  get lower(): string {
    return this.once('lower', () => foldCase(this.prose));
  }

  /**
   * Whether the prose (or a range of it) contains a match of a case-insensitive pattern. Over the whole document
   * the pattern is run section by section (see ./section-scans.ts), so it must not match across lines.
   */
  mentions(pattern: RegExp, start = 0, end = this.text.length): boolean {
    const re = folded(pattern);
    if (start === 0 && end >= this.text.length)
      return somePiece(this.lower, this.parsed.pieces, re, (text) => re.test(text));
    // Within a range, a soft-wrapped line reads on: "security\nissues" is "security issues".
    return re.test(this.lower.slice(start, end).replace(LINE_BREAK, ' '));
  }

  /** Every match of a case-insensitive pattern in the prose, with offsets into the document; none across lines. */
  matchAll(pattern: RegExp): Match[] {
    return scanPieces(this.lower, this.parsed.pieces, matchScan(pattern));
  }

  /** The headings, without the setext heading a YAML front matter's closing `---` makes of it. */
  get headings(): Heading[] {
    return this.once('headings', () => {
      const end = frontMatterEnd(this.text);
      return end === 0 ? this.markdown.headings : this.markdown.headings.filter((h) => h.start >= end);
    });
  }

  get links(): Link[] {
    return this.markdown.links;
  }

  get title(): Heading | undefined {
    return this.headings.find((h) => h.depth === 1);
  }

  get sections(): Section[] {
    return this.once('sections', () => {
      const hs = this.headings;
      return hs.map((heading, i) => {
        let end = this.text.length;
        for (let j = i + 1; j < hs.length; j++) {
          if (hs[j].depth <= heading.depth) {
            end = hs[j].start;
            break;
          }
        }
        const ownEnd = i + 1 < hs.length ? hs[i + 1].start : this.text.length;
        return { heading, kinds: sectionKindsOf(heading.text), end, ownEnd };
      });
    });
  }

  sectionsOf(kind: SectionKind): Section[] {
    return this.sections.filter((s) => s.kinds.has(kind));
  }

  /** The innermost section that contains an offset. */
  sectionAt(offset: number): Section | undefined {
    let found: Section | undefined;
    for (const s of this.sections) {
      if (s.heading.start <= offset && offset < s.end) found = s;
      if (s.heading.start > offset) break;
    }
    return found;
  }

  /** Headings of the section at an offset and of all sections around it. */
  headingTrail(offset: number): string {
    return this.sections
      .filter((s) => s.heading.start <= offset && offset < s.end)
      .map((s) => s.heading.text)
      .join(' / ');
  }

  /** Start and end of the paragraph or list item around an offset (soft-wrapped lines joined). */
  logicalLine(offset: number): { start: number; end: number } {
    const { line } = this.lines.positionAt(offset);
    // The start of a line is enough to tell a break or a list item: a crafted line of megabytes costs no more.
    const text = (l: number): string =>
      this.masked.slice(this.lines.lineStart(l), Math.min(this.lines.lineEnd(l), this.lines.lineStart(l) + 256));
    const isBreak = (l: number): boolean => text(l).trim() === '' || BLOCK_START.test(text(l));
    let first = line;
    while (first > 0 && !LIST_ITEM.test(text(first)) && !isBreak(first - 1) && line - first < 20) first--;
    let last = line;
    while (
      last + 1 < this.lines.lineCount &&
      !isBreak(last + 1) &&
      !LIST_ITEM.test(text(last + 1)) &&
      last - line < 20
    ) {
      last++;
    }
    // Within CONTEXT characters of the offset: what a sentence means is never further away than that.
    return {
      start: Math.max(this.lines.lineStart(first), offset - CONTEXT),
      end: Math.min(this.lines.lineEnd(last), offset + CONTEXT),
    };
  }

  /** The sentence around an offset, within its logical line. */
  sentence(offset: number): { start: number; end: number } {
    const { start, end } = this.logicalLine(offset);
    const stops = this.sentenceStops;
    const after = firstAfter(stops, offset);
    const from = after > 0 ? Math.max(start, stops[after - 1]) : start;
    const to = after < stops.length ? Math.min(end, stops[after]) : end;
    return { start: from, end: to };
  }

  /** Where each sentence of the prose ends, in order: found once, so that a sentence costs a binary search. */
  private get sentenceStops(): number[] {
    return this.once('sentenceStops', () => {
      const stops: number[] = [];
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(this.prose); m; m = SENTENCE_END.exec(this.prose))
        stops.push(m.index + m[0].length);
      return stops;
    });
  }

  /** A negation in the sentence, or in the lead-in line of the list the sentence is an item of. */
  isNegated(offset: number): boolean {
    const s = this.sentence(offset);
    if (this.mentions(NEGATION, s.start, s.end)) return true;
    let { line } = this.lines.positionAt(offset);
    const lineText = (l: number): string => this.lower.slice(this.lines.lineStart(l), this.lines.lineEnd(l));
    if (!LIST_ITEM.test(lineText(line))) return false;
    for (let steps = 0; line > 0 && steps < 15; steps++) {
      line--;
      const t = lineText(line);
      if (t.trim() === '' || LIST_ITEM.test(t)) continue;
      return folded(NEGATION).test(t);
    }
    return false;
  }

  /** The language the policy is written in, and whether the lexicon reads it. */
  get language(): PolicyLanguage {
    return this.once('language', () =>
      // Summed section by section: the counts of a section met in another repository are kept with it.
      this.lower.length > LANGUAGE_SAMPLE_CHARS
        ? detectLanguage(this.lower)
        : languageFrom(sumPieces(this.lower, this.parsed.pieces, languageCounts)),
    );
  }

  /** The language the policy's own text is written in, where `language` could not tell: the fixes' language. */
  get writingLanguage(): string {
    return this.once('writingLanguage', () => writingLanguage(this.lower, this.language));
  }

  get emails(): Email[] {
    return this.once('emails', () => findEmails(this.withInlineCode));
  }

  /** The text with code blocks and HTML comments blanked but inline code kept: `security@acme.org` is an address. */
  get withInlineCode(): string {
    return this.once('withInlineCode', () => {
      const comments = new Set(this.markdown.comments.map((c) => c.start));
      const hidden = this.markdown.codeRanges.filter(
        ([s, e]) => comments.has(s) || this.text.slice(s, e).includes('\n'),
      );
      return maskCode(this.text, hidden);
    });
  }

  /** Instructions to report a vulnerability in a public tracker, without a negation (./public-issues.ts). */
  get publicIssueInstructions(): Array<{ start: number; end: number }> {
    return this.once('publicIssues', () => publicIssueInstructions(this));
  }

  /** Whether the text around a link talks about reporting (so a security page is a channel, not reading). */
  private inReportingContext(offset: number): boolean {
    const section = this.sectionAt(offset);
    if (!section) return true;
    const trail = this.headingTrail(offset);
    if (RESOURCE_HEADINGS.test(section.heading.text)) return false;
    if (REPORTING_WORDS.test(trail)) return true;
    return this.mentions(REPORTING_WORDS, section.heading.end, section.ownEnd);
  }

  get channels(): Channel[] {
    return this.once('channels', () => {
      const out: Channel[] = [];
      // An address that cannot receive mail is no way to report (./addresses.ts).
      for (const e of this.emails) {
        if (canReceiveMail(e.address))
          out.push({ kind: 'email', private: true, value: e.address, start: e.start, end: e.end });
      }
      for (const link of this.links) {
        const url = link.url.trim();
        if (!/^https?:\/\//i.test(url)) continue;
        const channel = (kind: ChannelKind, isPrivate: boolean): void => {
          out.push({ kind, private: isPrivate, value: url, start: link.start, end: link.end });
        };
        let host = '';
        try {
          host = new URL(url).hostname;
        } catch {
          continue;
        }
        if (GITHUB_PRIVATE_URL.test(url)) channel('github-private', true);
        else if (isReadingLink(url)) continue;
        else if (BUG_BOUNTY_HOST.test(host)) channel('bug-bounty', true);
        else if (PUBLIC_TRACKER_URL.test(url)) {
          if (this.inReportingContext(link.start)) channel('public-tracker', false);
        } else if (CHAT_URL.test(url)) {
          if (this.inReportingContext(link.start)) channel('chat', false);
        } else if (FORGE_PROFILE_URL.test(url)) {
          if (this.inReportingContext(link.start)) channel('profile', false);
        } else if (
          (SECURITY_PAGE_URL.test(url.replace(/^https?:\/\//i, '')) ||
            SECURITY_PAGE_URL.test(link.label) ||
            PRIVATE_CONTACT_LABEL.test(link.label)) &&
          this.inReportingContext(link.start)
        ) {
          // The address or the label says it: "https://acme.org/security", "[vulnerability report form](https://acme.org/f)".
          channel('web', true);
        } else if (introducesReporting(this.lower.slice(Math.max(0, link.start - 160), link.start))) {
          // The sentence before it says so: "can be reported via the Meta Bug Bounty program: https://…".
          channel('web', true);
        }
      }
      // The pattern tries every word; most policies write no such address, which one scan for its brackets tells.
      const obfuscated = OBFUSCATED_AT_SIGN.test(this.lower) ? this.matchAll(OBFUSCATED_EMAIL) : [];
      for (const m of obfuscated) out.push({ kind: 'email', private: true, value: m.text, start: m.index, end: m.end });
      // "Contact me: GitHub @alice": a public profile named as the way to report.
      for (const m of this.matchAll(HANDLE)) {
        if (this.inReportingContext(m.index))
          out.push({ kind: 'profile', private: false, value: m.text, start: m.index, end: m.end });
      }
      for (const m of this.matchAll(GITHUB_PRIVATE_PHRASE)) {
        if (!this.isNegated(m.index))
          out.push({ kind: 'github-private', private: true, value: m.text, start: m.index, end: m.end });
      }
      for (const p of this.publicIssueInstructions) {
        out.push({ kind: 'issue-phrase', private: false, value: this.text.slice(p.start, p.end), ...p });
      }
      return out.sort((a, b) => a.start - b.start);
    });
  }

  /** Whether a reporter can verify the policy's OpenPGP key: a fingerprint, the key inline, or a link to the key. */
  get hasVerifiableKey(): boolean {
    return this.once(
      'verifiableKey',
      () =>
        this.mentions(PGP_FINGERPRINT) || PGP_INLINE_KEY.test(this.text) || this.links.some((l) => KEY_URL.test(l.url)),
    );
  }

  get timeframes(): Timeframe[] {
    return this.once('timeframes', () => scanPieces(this.lower, this.parsed.pieces, TIMEFRAME_SCAN));
  }

  /** Timeframes promised for a first response (acknowledgement, triage, reply). */
  get responseTimeframes(): Timeframe[] {
    return this.once('responseTimeframes', () =>
      this.timeframes.filter((t) => {
        const line = this.logicalLine(t.start);
        if (this.mentions(RESPONSE_WORDS, line.start, line.end)) return true;
        const section = this.sectionAt(t.start);
        return (
          section !== undefined &&
          section.kinds.has('response') &&
          !this.mentions(DISCLOSURE_WORDS, line.start, line.end)
        );
      }),
    );
  }

  /** Timeframes for disclosure (an embargo, "we publish within 90 days"). */
  get disclosureTimeframes(): Timeframe[] {
    return this.once('disclosureTimeframes', () =>
      this.timeframes.filter((t) => {
        // "we publish within 90 days", "a 90-day disclosure window"; not "acknowledge within 2 days and disclose later".
        const s = this.sentence(t.start);
        return this.mentions(DISCLOSURE_WORDS, s.start, t.start) || this.mentions(DISCLOSURE_WORDS, t.end, t.end + 16);
      }),
    );
  }

  get dates(): DateMention[] {
    return this.once('dates', () => scanPieces(this.lower, this.parsed.pieces, DATE_SCAN));
  }
}

const isLocalChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  c === 0x5f ||
  c === 0x2e ||
  c === 0x25 ||
  c === 0x2b ||
  c === 0x2d;
const isDomainChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d;

/**
 * Email addresses, found from each `@` outwards (linear, no regex backtracking): a local part of letters,
 * digits and `._%+-`, and a domain of dot-separated labels. Trailing dots and hyphens are not part of it.
 */
/** The end of a YAML front matter at the start of the text ("---", fields, "---"), or 0 when there is none. */
function frontMatterEnd(text: string): number {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return 0;
  FRONT_MATTER_CLOSE.lastIndex = open[0].length;
  const close = FRONT_MATTER_CLOSE.exec(text);
  return close ? close.index + close[0].length : 0;
}

/** Whether the text before a link ends with a sentence that introduces a way to report ("… reported via X:"). */
function introducesReporting(before: string): boolean {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(':')) return false;
  const line = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  const sentence = line.slice(line.lastIndexOf('.') + 1);
  return REPORT_WORD.test(sentence) && VIA_WORD.test(sentence);
}

export function findEmails(text: string): Email[] {
  const out: Email[] = [];
  let searchFrom = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', searchFrom)) {
    searchFrom = at + 1;
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at && (text[start] === '.' || text[start] === '-' || text[start] === '%' || text[start] === '+'))
      start++;
    let end = at + 1;
    while (
      end < text.length &&
      end - at < 254 &&
      (isDomainChar(text.charCodeAt(end)) || (text[end] === '.' && isDomainChar(text.charCodeAt(end + 1))))
    )
      end++;
    while (end > at + 1 && (text[end - 1] === '-' || text[end - 1] === '.')) end--;
    if (start === at || end === at + 1) continue;
    out.push({ address: text.slice(start, end), start, end });
    searchFrom = end;
  }
  return out;
}
