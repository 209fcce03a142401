/**
 * Instructions to report a vulnerability in a public tracker, read as a person reads them: a tracker named with an
 * action ("open an issue", "Issue eröffnen", "Issue から連絡"), in a sentence, list or section about
 * vulnerabilities, addressed to the reporter (not a maintainer's step, not an out-of-scope note), and not negated
 * in its clause or by the lead-in of its list ("Do not:", "— open a regular issue instead" is an instruction).
 */
import type { PolicyDocument } from './policy';
import type { Link } from './markdown';
import { folded } from '../../core/fold';
import {
  GITHUB_PRIVATE_PHRASE,
  NEGATION,
  PUBLIC_TRACKER_URL,
  SECTION_HEADINGS,
  TRACKER_ACTION_AFTER,
  TRACKER_ACTION_BEFORE,
  TRACKER_NOUNS,
  VULNERABILITY_WORDS,
} from './lexicon';

/** Patterns matched on a slice around a match, not scanned over the document (so not in ./lexicon.ts). */
/** Verbs that report a problem ("report a security issue"), unlike "open" or "file", which name a tracker. */
const REPORT_VERB = /^(?:report|reporta|signal|segnal|meld|сообщ)/iu;
/** "security issue", "problema de seguridad": the noun is the problem, not a tracker entry. */
const PROBLEM_QUALIFIER_BEFORE = /(?:security|vulnerability|security[- ]related)[\s-]{1,2}$/iu;
const PROBLEM_QUALIFIER_AFTER = /^\s{1,2}(?:de seguridad|de sécurité|de segurança|di sicurezza|безопасности)/iu;
/** A place between a report verb and the tracker: "report it in an issue", "reportar en un issue". */
const PLACE_BEFORE = /(?:^|\s)(?:in|on|via|through|using|as|en|em|dans|über|per|через|в)\s/iu;
/** A tracker after a report verb's object: "report issues on GitHub", "… in the issue tracker". */
const PLACE_AFTER =
  /^\s{0,2}(?:on|in|at|via|through|en|em|auf|sur|su) (?:the |our |this |el |la |a |o |der |le )?(?:github|gitlab|tracker|issue tracker|repo|repository|repositorio|repositório|dépôt)/iu;
/** Private words, except "private issue": GitHub has no private issues, so that is still a public one. */
const PRIVATE_WORDS =
  /\bprivate(?:ly)?\b(?! (?:github )?(?:issues?|tickets?)\b)|\bconfidential|privad[oa]mente|en privé|de forma privada|de manera privada|de forma privada|privat\b|vertraulich|privatamente|riservat|приватн|конфиденциальн|私下|私密|非公开|非公開|비공개/iu;
/** A maintainer's step ("the fix lead will create an issue", "we then open an issue"), not the reporter's. */
const MAINTAINER_SUBJECT =
  /\b(?:we|we'll|they|will|shall|maintainers?|lead|team)(?: (?:then|also|first|promptly|publicly))? $/iu;
const YOU_WILL = /\byou (?:will|shall) $/iu;
/** A note about what is not a vulnerability here ("… are out of scope. Instead, open a public issue"). */
const OUT_OF_SCOPE =
  /out[- ]of[- ]scope|not in scope|not (?:considered )?(?:a )?(?:security (?:issue|bug|vulnerabilit)|vulnerabilit)|fuera del? alcance|hors (?:du )?(?:périmètre|champ)|fora do escopo|fuori (?:dall')?ambito|außerhalb des (?:geltungsbereichs|umfangs)|вне области|不在范围|范围外|対象外|범위 외|범위를 벗어/iu;
/** A sentence about something other than vulnerabilities ("for general questions, use issues"). */
const OTHER_PURPOSE =
  /question|feature|general|non-security|not security|other (?:bugs?|issues?|problems?)|support request|enhancement|suggestion|improv|feedback|this policy|dúvida|pregunta|sugerencia|sugestão|frage|vorschl|вопрос|предложени|疑問|질문|一般|建议|提案/iu;
/** Where a clause ends inside a sentence: "Do not report it through advisories — open a regular issue instead." */
const CLAUSE_BREAK = /\s[—–]\s|\s--\s|;/g;
const LIST_ITEM = /^[ \t]{0,12}(?:[-*+]|\d{1,9}[.)])[ \t]/;
/** A line standing as a heading without Markdown ("How to Report"): short, no sentence end. */
const TITLE_LINE = /^[ \t]{0,3}[^\s.!?:。！？][^.!?:。！？]{0,58}$/u;

interface Span {
  start: number;
  end: number;
}

/** Every instruction to report a vulnerability in a public tracker, one per paragraph and one per list. */
export function publicIssueInstructions(doc: PolicyDocument): Span[] {
  const out: Span[] = [];
  const seen = new Set<number>();
  const consider = (offset: number, end: number, verbAt: number): void => {
    const key = blockKey(doc, offset);
    if (seen.has(key) || !isInstruction(doc, offset, verbAt)) return;
    seen.add(key);
    out.push({ start: offset, end });
  };
  const lower = doc.lower;
  const links = doc.links.filter((l) => l.kind !== 'definition');
  const definitions = doc.links.filter((l) => l.kind === 'definition');
  for (const m of doc.matchAll(TRACKER_NOUNS)) {
    if (inside(doc.headings, m.index) || inside(definitions, m.index)) continue;
    // Within the paragraph: "— open a\n[regular issue](…)" is wrapped, not two lines.
    const beforeFrom = Math.max(doc.logicalLine(m.index).start, m.index - 40);
    const before = lastMatch(TRACKER_ACTION_BEFORE, lower.slice(beforeFrom, m.index));
    if (before) {
      const verbAt = beforeFrom + before.index;
      const between = lower.slice(verbAt + before[0].length, m.index);
      if (governs(between) && !reportsProblem(before[0], between, lower.slice(m.end, m.end + 30)))
        consider(verbAt, m.end, verbAt);
      continue;
    }
    // After a link's label, read on after the link: "[Issues](…) から報告".
    const afterFrom = links.find((l) => l.start <= m.index && m.index < l.end)?.end ?? m.end;
    const after = actionAfter(lower, afterFrom);
    if (after) consider(m.index, after, m.index);
  }
  for (const link of links) {
    if (!PUBLIC_TRACKER_URL.test(link.url)) continue;
    if (/\/issues\/new|\/discussions\/new/i.test(link.url)) consider(link.start, link.end, link.start);
    else {
      const after = actionAfter(lower, link.end);
      if (after) consider(link.start, after, link.start);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The last match of a pattern in a short slice: the verb nearest the noun. */
function lastMatch(pattern: RegExp, slice: string): RegExpExecArray | undefined {
  const re = folded(pattern, true);
  re.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = re.exec(slice); m; m = re.exec(slice)) last = m;
  return last;
}

/**
 * Whether the words between a verb and the tracker let the verb govern it: a few words and no punctuation ("open a
 * new GitHub issue", "提交一个 issue"), not "triage your report more quickly, and resolve the issue".
 */
function governs(between: string): boolean {
  if (/[,.;:()!?，。；：（）]/u.test(between)) return false;
  const words = between
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  return words.length <= 4 && !words.some((w) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Hangul}]{3}/u.test(w));
}

/**
 * "report a security issue", "when reporting issues": a report verb whose object is the noun reports the problem,
 * unless a place comes between or after ("report it in an issue", "report issues on GitHub").
 */
function reportsProblem(verb: string, between: string, after: string): boolean {
  if (!REPORT_VERB.test(verb)) return false;
  if (PLACE_BEFORE.test(between)) return false;
  if (PROBLEM_QUALIFIER_BEFORE.test(between) || PROBLEM_QUALIFIER_AFTER.test(after)) return true;
  return !PLACE_AFTER.test(after);
}

/** The end of an action word within 40 characters after `from` on its line ("Issue eröffnen", "を通じて報告"). */
function actionAfter(lower: string, from: number): number | undefined {
  const lineEnd = lower.indexOf('\n', from);
  const slice = lower.slice(from, Math.min(from + 40, lineEnd < 0 ? lower.length : lineEnd));
  const after = folded(TRACKER_ACTION_AFTER).exec(slice);
  return after ? from + after.index + after[0].length : undefined;
}

function inside(ranges: ReadonlyArray<Span | Link>, offset: number): boolean {
  return ranges.some((r) => r.start <= offset && offset < r.end);
}

/** One finding per paragraph, and one per list: numbered steps to file an issue are one instruction. */
function blockKey(doc: PolicyDocument, offset: number): number {
  const leadIn = listLeadIn(doc, offset);
  return leadIn ? -1 - leadIn.start : doc.logicalLine(offset).start;
}

/** The line a list item hangs from ("Instead, please contact us using one of the following methods:"). */
function listLeadIn(doc: PolicyDocument, offset: number): Span | undefined {
  let { line } = doc.lines.positionAt(offset);
  const lineText = (l: number): string => doc.lower.slice(doc.lines.lineStart(l), doc.lines.lineEnd(l));
  if (!LIST_ITEM.test(lineText(line))) return undefined;
  for (let steps = 0; line > 0 && steps < 15; steps++) {
    line--;
    const t = lineText(line);
    if (t.trim() === '' || LIST_ITEM.test(t)) continue;
    return { start: doc.lines.lineStart(line), end: doc.lines.lineEnd(line) };
  }
  return undefined;
}

/** The clause of a sentence around an offset. */
function clause(doc: PolicyDocument, offset: number): Span {
  const s = doc.sentence(offset);
  const text = doc.lower.slice(s.start, s.end);
  let from = 0;
  let to = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (s.start + m.index + m[0].length <= offset) from = m.index + m[0].length;
    else {
      to = m.index;
      break;
    }
  }
  return { start: s.start + from, end: s.start + to };
}

function isInstruction(doc: PolicyDocument, offset: number, verbAt: number): boolean {
  const s = doc.sentence(offset);
  const c = clause(doc, offset);
  const leadIn = listLeadIn(doc, offset);
  if (doc.mentions(NEGATION, c.start, c.end) || (leadIn && doc.mentions(NEGATION, leadIn.start, leadIn.end)))
    return false;
  if (doc.mentions(GITHUB_PRIVATE_PHRASE, s.start, s.end) || doc.mentions(PRIVATE_WORDS, s.start, s.end)) return false;
  const subject = doc.lower.slice(c.start, verbAt);
  if (MAINTAINER_SUBJECT.test(subject) && !YOU_WILL.test(subject)) return false;
  const paragraph = doc.logicalLine(offset);
  if (doc.mentions(OUT_OF_SCOPE, paragraph.start, paragraph.end)) return false;
  if (doc.mentions(VULNERABILITY_WORDS, s.start, s.end)) return true;
  if (leadIn && doc.mentions(VULNERABILITY_WORDS, leadIn.start, leadIn.end)) return true;
  return !doc.mentions(OTHER_PURPOSE, s.start, s.end) && underReportingTitle(doc, offset);
}

/** Whether the text stands under a heading about reporting, or a line written as one ("How to Report"). */
function underReportingTitle(doc: PolicyDocument, offset: number): boolean {
  const section = doc.sectionAt(offset);
  if (section?.kinds.has('reporting')) return true;
  let { line } = doc.lines.positionAt(doc.logicalLine(offset).start);
  const leadIn = listLeadIn(doc, offset);
  if (leadIn) line = doc.lines.positionAt(leadIn.start).line;
  for (let l = line - 1, steps = 0; l >= 0 && steps < 3; l--, steps++) {
    const t = doc.lower.slice(doc.lines.lineStart(l), doc.lines.lineEnd(l));
    if (t.trim() === '') continue;
    if (section && doc.lines.lineStart(l) <= section.heading.start) return false;
    return TITLE_LINE.test(t) && folded(SECTION_HEADINGS.reporting).test(t);
  }
  return false;
}
