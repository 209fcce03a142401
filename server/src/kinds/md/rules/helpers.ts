/** Where rules anchor document-level findings, where they insert missing text, and in which language. */
import type { PolicyDocument, Section } from '../policy';
import type { SectionKind } from '../lexicon';
import { insertBlock } from '../../../core/edits';
import type { TextEdit } from '../../../core/types';
import { fixTexts, type FixTexts } from '../texts';

/** What a quick fix inserts into a policy: in its language, English when the engine does not write that one. */
export function fixTextsFor(doc: PolicyDocument): FixTexts {
  return fixTexts(doc.writingLanguage);
}

/** The range a whole-document finding points at: the title, else the first non-blank line. */
export function documentAnchor(doc: PolicyDocument): { start: number; end: number } {
  const title = doc.title;
  if (title) return { start: title.start, end: title.end };
  const first = /\S[^\r\n]*/.exec(doc.text);
  return first ? { start: first.index, end: first.index + first[0].length } : { start: 0, end: 0 };
}

/** The heading of the first section of a kind, else the document anchor. */
export function sectionAnchor(doc: PolicyDocument, ...kinds: SectionKind[]): { start: number; end: number } {
  for (const kind of kinds) {
    const section = doc.sectionsOf(kind)[0];
    if (section) return { start: section.heading.start, end: section.heading.end };
  }
  return documentAnchor(doc);
}

/** Where a new top-level section goes: before the first section of `before` kinds, else after the intro. */
export function sectionInsertionPoint(doc: PolicyDocument, before: SectionKind[], after: SectionKind[] = []): number {
  for (const kind of after) {
    const s = doc.sectionsOf(kind).find((x) => x.heading.depth <= 2);
    if (s) return s.end;
  }
  for (const kind of before) {
    const s = doc.sectionsOf(kind).find((x) => x.heading.depth <= 2);
    if (s) return s.heading.start;
  }
  const title = doc.title;
  const firstSection = doc.headings.find((h) => h !== title && (!title || h.start > title.start));
  return firstSection ? firstSection.start : doc.text.length;
}

/** Where a new line goes inside the first section of the given kinds (after its own text), else at the end. */
export function lineInsertionPoint(doc: PolicyDocument, ...kinds: SectionKind[]): number {
  for (const kind of kinds) {
    const s: Section | undefined = doc.sectionsOf(kind)[0];
    if (s) return trimTrailingBlank(doc.text, s.ownEnd);
  }
  return doc.text.length;
}

/** Moves an offset back over blank lines to the start of the line after the last text before it. */
export function trimTrailingBlank(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text[i - 1] === '\n' || text[i - 1] === '\r' || text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  const nextBreak = text.indexOf('\n', i);
  return nextBreak < 0 || nextBreak >= at ? at : nextBreak + 1;
}

/**
 * An edit inserting a Markdown block at `at`, moved before any code block or comment that would swallow it
 * (an unclosed fence runs to the end of the file).
 */
export function insertBlockIn(doc: PolicyDocument, at: number, lines: readonly string[]): TextEdit {
  let point = at;
  for (const [start, end] of doc.markdown.codeRanges) {
    if (start < point && (point < end || end >= doc.text.length)) point = doc.text.lastIndexOf('\n', start - 1) + 1;
  }
  return insertBlock(doc.text, point, lines);
}
