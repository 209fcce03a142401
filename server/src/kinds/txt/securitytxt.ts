/**
 * security.txt (RFC 9116): a line parser after the grammar of §4 that keeps exact offsets for every field name,
 * separator and value. It accepts LF and CRLF, compares field names case-insensitively, joins folded lines (a line
 * that starts with whitespace continues the field before it, RFC 5322 §2.2.3), and reads the signed text of an
 * OpenPGP cleartext signature (dash-escaped lines unescaped) while the envelope is checked on its own.
 */
import { readCleartext, type EnvelopeProblem, type RawLine } from './standards/openpgp-cleartext';
import { formatUtc } from './standards/rfc3339';
import { LineIndex } from '../../core/text';

export type { EnvelopeProblem, RawLine };

export interface TxtField {
  name: string;
  /** Lower-case name, for comparisons. */
  key: string;
  /** The value; a folded value is unfolded (line breaks before whitespace removed). */
  value: string;
  nameStart: number;
  nameEnd: number;
  /** From the end of the name to the start of the value (whitespace, colon, whitespace). */
  separatorStart: number;
  separatorEnd: number;
  valueStart: number;
  valueEnd: number;
  /** The whole field without its last line break: its first line and any continuation lines it took. */
  lineStart: number;
  lineEnd: number;
  /** Including the line break, for fixes that remove the field. */
  lineEndWithBreak: number;
  /** Continuation lines joined into the value (only fields whose value is unstructured text can fold). */
  folded: boolean;
}

export interface TxtLine {
  start: number;
  end: number;
  endWithBreak: number;
  /** Where the content starts (after a dash escape `- `). */
  contentStart: number;
  /**
   * `continuation`: starts with whitespace right after a field or another continuation; it belongs to that field
   * (`continues`), joined into its value when the field's value is unstructured text.
   */
  kind: 'blank' | 'comment' | 'field' | 'continuation' | 'invalid';
  field?: TxtField;
  continues?: TxtField;
}

export const KNOWN_FIELDS = [
  'Acknowledgments',
  'Canonical',
  'Contact',
  'Encryption',
  'Expires',
  'Hiring',
  'Policy',
  'Preferred-Languages',
  'CSAF',
  'Bug-Bounty',
] as const;
export const URI_FIELDS = new Set([
  'acknowledgments',
  'canonical',
  'contact',
  'encryption',
  'hiring',
  'policy',
  'csaf',
]);

/** Fields whose value is `unstructured` text in the grammar (not a URI, date or language list): only these fold. */
const KNOWN_KEYS: ReadonlySet<string> = new Set(KNOWN_FIELDS.map((k) => k.toLowerCase()));

/** Whether a lower-case field name is one of KNOWN_FIELDS. */
export const isKnownField = (key: string): boolean => KNOWN_KEYS.has(key);

export const isUnstructuredField = (key: string): boolean => !isKnownField(key);

const isWsp = (c: string | undefined): boolean => c === ' ' || c === '\t';

export class SecurityTxtDocument {
  readonly lines: LineIndex;
  readonly hasBom: boolean;
  readonly signed: boolean;
  readonly body: TxtLine[] = [];
  readonly fields: TxtField[] = [];
  readonly envelopeProblems: EnvelopeProblem[];
  /** Every physical line, with offsets (the envelope included). */
  readonly rawLines: RawLine[] = [];

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    this.hasBom = text.charCodeAt(0) === 0xfeff;
    let at = this.hasBom ? 1 : 0;
    while (at < text.length || (at === text.length && this.rawLines.length === 0)) {
      const nl = text.indexOf('\n', at);
      const endWithBreak = nl < 0 ? text.length : nl + 1;
      const end = nl < 0 ? text.length : nl > at && text[nl - 1] === '\r' ? nl - 1 : nl;
      this.rawLines.push({ start: at, end, endWithBreak, text: text.slice(at, end) });
      if (nl < 0) break;
      at = endWithBreak;
    }
    const cleartext = readCleartext(this.rawLines);
    this.signed = cleartext.signed;
    this.envelopeProblems = cleartext.problems;
    for (const { line, escaped } of cleartext.body) this.addBodyLine(line, escaped);
  }

  private addBodyLine(l: RawLine, escaped: boolean): void {
    const contentStart = l.start + (escaped ? 2 : 0);
    const content = this.text.slice(contentStart, l.end);
    const base = { start: l.start, end: l.end, endWithBreak: l.endWithBreak, contentStart };
    if (content.trim() === '') return void this.body.push({ ...base, kind: 'blank' });
    if (isWsp(content[0])) return this.addContinuation(base);
    if (content.startsWith('#')) return void this.body.push({ ...base, kind: 'comment' });
    // Name, optional blanks, colon, optional blanks, value (split by hand: no regex backtracking on long lines).
    const colon = content.indexOf(':');
    let nameLength = Math.max(colon, 0);
    while (nameLength > 0 && isWsp(content[nameLength - 1])) nameLength--;
    const name = content.slice(0, nameLength);
    if (name === '' || /\s/.test(name)) return void this.body.push({ ...base, kind: 'invalid' });
    let afterColon = colon + 1;
    while (isWsp(content[afterColon])) afterColon++;
    const nameStart = contentStart;
    const nameEnd = nameStart + name.length;
    const valueStart = contentStart + afterColon;
    const valueEnd = this.trimmedEnd(valueStart, l.end);
    const field: TxtField = {
      name,
      key: name.toLowerCase(),
      value: this.text.slice(valueStart, valueEnd),
      nameStart,
      nameEnd,
      separatorStart: nameEnd,
      separatorEnd: valueStart,
      valueStart,
      valueEnd,
      lineStart: l.start,
      lineEnd: l.end,
      lineEndWithBreak: l.endWithBreak,
      folded: false,
    };
    this.body.push({ ...base, kind: 'field', field });
    this.fields.push(field);
  }

  /** A line starting with whitespace: it continues the field above it (RFC 5322 folding), or belongs nowhere. */
  private addContinuation(base: Omit<TxtLine, 'kind'>): void {
    const previous = this.body[this.body.length - 1];
    const continues =
      previous?.kind === 'field' ? previous.field : previous?.kind === 'continuation' ? previous.continues : undefined;
    if (!continues) return void this.body.push({ ...base, kind: 'invalid' });
    this.body.push({ ...base, kind: 'continuation', continues });
    if (!isUnstructuredField(continues.key)) return;
    // Unfolding removes the line break before the whitespace and keeps the whitespace.
    const end = this.trimmedEnd(base.contentStart, base.end);
    if (continues.value === '') {
      let first = base.contentStart;
      while (isWsp(this.text[first])) first++;
      continues.valueStart = first;
      continues.value = this.text.slice(first, end);
    } else {
      continues.value = `${continues.value}${this.text.slice(base.contentStart, end)}`;
    }
    continues.valueEnd = end;
    continues.lineEnd = base.end;
    continues.lineEndWithBreak = base.endWithBreak;
    continues.folded = true;
  }

  private trimmedEnd(from: number, end: number): number {
    while (end > from && isWsp(this.text[end - 1])) end--;
    return end;
  }

  fieldsNamed(key: string): TxtField[] {
    return this.fields.filter((f) => f.key === key);
  }

  /**
   * Where a new field line goes: after the last field, else at the end of the body. Undefined for a signed file
   * without a body, where no place is inside the signed text.
   */
  get insertionPoint(): number | undefined {
    const last = this.fields[this.fields.length - 1];
    if (last) return last.lineEndWithBreak;
    const lastBody = this.body[this.body.length - 1];
    if (lastBody) return lastBody.endWithBreak;
    return this.signed ? undefined : this.text.length;
  }

  /** The range a whole-file finding points at: the first field, else the first line. */
  get anchor(): { start: number; end: number } {
    const first = this.fields[0];
    if (first) return { start: first.lineStart, end: first.lineEnd };
    const line = this.rawLines.find((l) => l.text.trim() !== '') ?? this.rawLines[0];
    return line ? { start: line.start, end: line.end } : { start: 0, end: 0 };
  }

  get eol(): string {
    return this.text.includes('\r\n') ? '\r\n' : '\n';
  }
}

/** "Now + 1 year − 1 second", in RFC 3339 with Z: the longest Expires RFC 9116 recommends. */
export function expiresOneYearAhead(today: Date): string {
  const d = new Date(today.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCSeconds(d.getUTCSeconds() - 1);
  return formatUtc(d);
}
