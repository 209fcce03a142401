/**
 * security.txt (RFC 9116): a line parser that keeps exact offsets for every field name, separator and value,
 * accepts LF and CRLF, compares field names case-insensitively, and understands OpenPGP cleartext signatures:
 * rules read the signed body (dash-escaped lines unescaped) and the envelope is checked on its own.
 *
 * Over 60 lines: parseSigned, which follows the OpenPGP cleartext framework (RFC 4880 §7) step by step.
 */
import { LineIndex } from './text';

export interface TxtField {
  name: string;
  /** Lower-case name, for comparisons. */
  key: string;
  value: string;
  nameStart: number;
  nameEnd: number;
  /** From the end of the name to the start of the value (whitespace, colon, whitespace). */
  separatorStart: number;
  separatorEnd: number;
  valueStart: number;
  valueEnd: number;
  /** The whole line, without its line break. */
  lineStart: number;
  lineEnd: number;
  /** Including the line break, for fixes that remove the line. */
  lineEndWithBreak: number;
}

export interface TxtLine {
  start: number;
  end: number;
  endWithBreak: number;
  /** Where the content starts (after a dash escape `- `). */
  contentStart: number;
  kind: 'blank' | 'comment' | 'field' | 'invalid';
  field?: TxtField;
}

export interface EnvelopeProblem {
  message: string;
  start: number;
  end: number;
}

const BEGIN_SIGNED = '-----BEGIN PGP SIGNED MESSAGE-----';
const BEGIN_SIGNATURE = '-----BEGIN PGP SIGNATURE-----';
const END_SIGNATURE = '-----END PGP SIGNATURE-----';

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
export const URI_FIELDS = new Set(['acknowledgments', 'canonical', 'contact', 'encryption', 'hiring', 'policy', 'csaf']);

export class SecurityTxtDocument {
  readonly lines: LineIndex;
  readonly hasBom: boolean;
  readonly signed: boolean;
  readonly body: TxtLine[] = [];
  readonly fields: TxtField[] = [];
  readonly envelopeProblems: EnvelopeProblem[] = [];
  /** Every physical line, with offsets (the envelope included). */
  readonly rawLines: Array<{ start: number; end: number; endWithBreak: number; text: string }> = [];

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
    const firstContent = this.rawLines.findIndex((l) => l.text.trim() !== '');
    this.signed = firstContent >= 0 && this.rawLines[firstContent].text.trim() === BEGIN_SIGNED;
    if (this.signed) this.parseSigned(firstContent);
    else {
      for (const l of this.rawLines) {
        if (l.text.trim() === BEGIN_SIGNED || l.text.trim() === BEGIN_SIGNATURE) {
          this.envelopeProblems.push({
            message: `"${l.text.trim()}" must be on the first line, expected the signed message to start the file.`,
            start: l.start,
            end: l.end,
          });
        }
      }
      for (const l of this.rawLines) this.addBodyLine(l, false);
    }
  }

  private parseSigned(headerIndex: number): void {
    const lines = this.rawLines;
    if (headerIndex > 0) {
      const l = lines[headerIndex];
      this.envelopeProblems.push({ message: 'The OpenPGP header is not on line 1, expected nothing before it.', start: l.start, end: l.end });
    }
    let i = headerIndex + 1;
    let sawHash = false;
    while (i < lines.length && lines[i].text.trim() !== '') {
      if (/^Hash:/i.test(lines[i].text)) sawHash = true;
      else if (!/^[A-Za-z-]{1,40}:/.test(lines[i].text)) break;
      i++;
    }
    if (i >= lines.length || lines[i].text.trim() !== '') {
      const l = lines[Math.min(i, lines.length - 1)];
      this.envelopeProblems.push({
        message: 'No blank line after the armor headers (Hash:), expected one before the signed text.',
        start: l.start,
        end: l.end,
      });
    } else {
      i++;
    }
    if (!sawHash) {
      const l = lines[headerIndex];
      this.envelopeProblems.push({ message: 'No "Hash:" armor header, expected one such as "Hash: SHA512".', start: l.start, end: l.end });
    }
    let signatureAt = -1;
    for (; i < lines.length; i++) {
      if (lines[i].text.trim() === BEGIN_SIGNATURE) {
        signatureAt = i;
        break;
      }
      const l = lines[i];
      if (l.text.startsWith('-') && !l.text.startsWith('- ')) {
        this.envelopeProblems.push({ message: 'A signed line starting with "-" is not dash-escaped, expected "- " before it.', start: l.start, end: l.end });
      }
      this.addBodyLine(l, l.text.startsWith('- '));
    }
    if (signatureAt < 0) {
      const last = lines[lines.length - 1];
      this.envelopeProblems.push({ message: `No "${BEGIN_SIGNATURE}", expected the signature after the signed text.`, start: last.start, end: last.end });
      return;
    }
    let endAt = -1;
    for (let j = signatureAt + 1; j < lines.length; j++) {
      if (lines[j].text.trim() === END_SIGNATURE) {
        endAt = j;
        break;
      }
    }
    if (endAt < 0) {
      const l = lines[signatureAt];
      this.envelopeProblems.push({ message: `No "${END_SIGNATURE}", expected the signature block to end.`, start: l.start, end: l.end });
      return;
    }
    for (let j = endAt + 1; j < lines.length; j++) {
      if (lines[j].text.trim() !== '') {
        this.envelopeProblems.push({ message: 'Text after the signature is not signed, expected nothing after it.', start: lines[j].start, end: lines[j].end });
        break;
      }
    }
  }

  private addBodyLine(l: { start: number; end: number; endWithBreak: number; text: string }, escaped: boolean): void {
    const contentStart = l.start + (escaped ? 2 : 0);
    const content = this.text.slice(contentStart, l.end);
    const base = { start: l.start, end: l.end, endWithBreak: l.endWithBreak, contentStart };
    if (content.trim() === '') {
      this.body.push({ ...base, kind: 'blank' });
      return;
    }
    if (content.startsWith('#')) {
      this.body.push({ ...base, kind: 'comment' });
      return;
    }
    // Name, optional blanks, colon, optional blanks, value (split by hand: no regex backtracking on long lines).
    const colon = content.indexOf(':');
    let nameLength = Math.max(colon, 0);
    while (nameLength > 0 && (content[nameLength - 1] === ' ' || content[nameLength - 1] === '\t')) nameLength--;
    const name = content.slice(0, nameLength);
    if (name === '' || /\s/.test(name)) {
      this.body.push({ ...base, kind: 'invalid' });
      return;
    }
    let afterColon = colon + 1;
    while (content[afterColon] === ' ' || content[afterColon] === '\t') afterColon++;
    const nameStart = contentStart;
    const nameEnd = nameStart + name.length;
    const valueStart = contentStart + afterColon;
    let valueEnd = l.end;
    while (valueEnd > valueStart && (this.text[valueEnd - 1] === ' ' || this.text[valueEnd - 1] === '\t')) valueEnd--;
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
    };
    this.body.push({ ...base, kind: 'field', field });
    this.fields.push(field);
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

/** An RFC 3339 date-time as used by Expires (with seconds, a zone or Z). */
export const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

export function parseRfc3339(value: string): Date | undefined {
  const m = RFC3339.exec(value);
  if (!m) return undefined;
  const ms = Date.parse(value.toUpperCase());
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** "Now + 1 year − 1 second", in RFC 3339 with Z: the longest Expires RFC 9116 recommends. */
export function expiresOneYearAhead(today: Date): string {
  const d = new Date(today.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCSeconds(d.getUTCSeconds() - 1);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
