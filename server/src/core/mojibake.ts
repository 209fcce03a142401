/**
 * Mojibake: UTF-8 text that was decoded as Windows-1252, Windows-1254 or Latin-1 and saved again as UTF-8
 * (`âœ…` for ✅, `ğŸ”’` for 🔒, `Ã©` for é). The repair maps each character back to the byte it came from and
 * decodes the bytes as UTF-8. Bytes the code page does not define (0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E) were
 * usually dropped on the way; where a sequence is one byte short, each of them is tried and the most plausible
 * character wins: an emoji over a rarer symbol, the emoji variation selector after an emoji, and among emoji
 * the one whose meaning matches the words on the same line.
 */

export interface MojibakeRepair {
  start: number;
  end: number;
  replacement: string;
}

/** Characters of the 0x80–0x9F range in Windows-1252 (1254 is the same there, less 0x8E and 0x9E). */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};
/** Windows-1254 (Turkish) letters that replace Latin-1 ones. */
const CP1254_LETTERS: Record<number, number> = {
  0x011e: 0xd0,
  0x0130: 0xdd,
  0x015e: 0xde,
  0x011f: 0xf0,
  0x0131: 0xfd,
  0x015f: 0xfe,
};
const DROPPED_BYTES = [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e];

/** The byte a character stood for, or -1 when it is not a mis-decoded high byte. */
function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_HIGH[code] ?? CP1254_LETTERS[code] ?? -1;
}

const isContinuation = (b: number): boolean => b >= 0x80 && b <= 0xbf;

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Decodes one complete UTF-8 sequence, or returns -1 when it is overlong, a surrogate or out of range. */
function decodeSequence(bytes: number[]): number {
  const [b0, b1, b2, b3] = bytes;
  if (bytes.length === 2) return ((b0 & 0x1f) << 6) | (b1 & 0x3f);
  if (bytes.length === 3) {
    const cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    return cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff) ? -1 : cp;
  }
  const cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
  return cp < 0x10000 || cp > 0x10ffff ? -1 : cp;
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const UNWANTED = /[\p{Cn}\p{Cc}\p{Co}\p{Cs}]/u;

/** Emoji that policies use, with the words that go with them; earlier entries are more common. */
const EMOJI_HINTS: Array<[string, RegExp | undefined]> = [
  ['🔒', /secur|lock|privat|protect|commit/i],
  ['🔐', /secur|vulnerab|privat|encrypt|lock|protect|auth|credential|secret|key|password|report/i],
  ['🛡', /secur|protect|defen|best practice|harden|safe/i],
  ['🚨', /alert|emergenc|urgent|incident|checklist|warning|critical/i],
  ['⚠', /warn|caution|limited|attention|important|known/i],
  ['✅', /yes|supported|done|check|active/i],
  ['❌', /no\b|unsupported|end of life|eol|not/i],
  ['📋', /version|list|checklist|overview|summary|support/i],
  ['📞', /contact|phone|call|reach|hotline|support/i],
  ['📧', /e-?mail|mail|contact/i],
  ['🏆', /recognition|hall of fame|award|thank|credit|acknowledg|bount|reward|researcher/i],
  ['🔍', /search|find|review|audit|investigat|scan|inspect|detect|analy|discover|look/i],
  ['📝', /note|changelog|write|document|guideline|log|summary|template|form|how to/i],
  ['🔧', /tool|config|fix|maint|setup|process/i],
  ['📚', /resource|documentation|reading|learn|reference|guide/i],
  ['🔄', /update|change|sync|refresh|renew|revis/i],
  ['🐛', /bug|issue|defect/i],
  ['🔑', /key|gpg|pgp|signing|credential/i],
  ['📦', /package|release|depend|distribut/i],
  ['🚀', /release|launch|deploy|start/i],
  ['💡', /tip|idea|hint|best practice/i],
  ['📅', /date|schedule|timeline|calendar/i],
  ['⏱', /time|response|sla|timeline/i],
  ['🤝', /disclos|coordinat|partner|collaborat|thank/i],
  ['📢', /announce|disclos|advisor|notif/i],
  ['🎯', /scope|goal|target/i],
  ['✨', /new|feature/i],
  ['🙏', /thank/i],
  ['📄', /policy|document|file/i],
  ['🔗', /link|resource/i],
  ['💬', /discuss|question|chat|contact/i],
];
const EMOJI_RANK = new Map(EMOJI_HINTS.map(([e, hint], i) => [e.codePointAt(0) as number, { rank: i, hint }]));

function plausibility(cp: number, previous: number, context: string): number {
  if (cp === 0xfe0f) return PICTOGRAPHIC.test(String.fromCodePoint(previous)) ? 1000 : -1;
  const ch = String.fromCodePoint(cp);
  if (UNWANTED.test(ch)) return -1;
  if (PICTOGRAPHIC.test(ch)) {
    const known = EMOJI_RANK.get(cp);
    if (!known) return 100;
    return 200 + (known.hint?.test(context) ? 500 : 0) + (EMOJI_HINTS.length - known.rank);
  }
  return 0;
}

/** Every mis-decoded sequence in the text, with the characters it stood for; adjacent ones merged. */
export function findMojibake(text: string): MojibakeRepair[] {
  const repairs: MojibakeRepair[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Fast path: mojibake always starts with a lead byte in 0xC2–0xF4 (Â–ô, Ğ, ğ…).
    if (code < 0xc2 || sequenceLength(byteOf(code)) === 0) {
      i++;
      continue;
    }
    const last = repairs[repairs.length - 1];
    const previous =
      last && last.end === i
        ? (last.replacement.codePointAt(
            last.replacement.length - (isLowSurrogate(last.replacement, last.replacement.length - 1) ? 2 : 1),
          ) ?? 0)
        : i > 0
          ? (text.codePointAt(i - (isLowSurrogate(text, i - 1) ? 2 : 1)) ?? 0)
          : 0;
    const found = repairAt(text, i, previous);
    if (!found) {
      i++;
      continue;
    }
    if (last && last.end === found.start) {
      last.end = found.end;
      last.replacement += found.replacement;
    } else {
      repairs.push(found);
    }
    i = found.end;
  }
  return repairs;
}

function repairAt(text: string, start: number, previous: number): MojibakeRepair | undefined {
  const lead = byteOf(text.charCodeAt(start));
  const need = sequenceLength(lead) - 1;
  const continuation: number[] = [];
  for (let j = start + 1; j < text.length && continuation.length < need; j++) {
    const b = byteOf(text.charCodeAt(j));
    if (!isContinuation(b)) break;
    continuation.push(b);
  }
  const end = start + 1 + continuation.length;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEndIndex = text.indexOf('\n', end);
  const context = text.slice(lineStart, lineEndIndex < 0 ? text.length : lineEndIndex);

  if (continuation.length === need) {
    const cp = decodeSequence([lead, ...continuation]);
    if (cp < 0) return undefined;
    // A two-byte result must be a letter or sign that mojibake produces (é, ß, п…), not a rare control.
    if (need === 1 && !(cp >= 0xa0 && cp <= 0x52f)) return undefined;
    if (need > 1 && plausibility(cp, previous, context) < 0) return undefined;
    return { start, end, replacement: String.fromCodePoint(cp) };
  }
  // One byte short: a byte the code page dropped. Only emoji and their variation selector are restored this
  // way, so ordinary accented text next to punctuation is never touched.
  if (need < 2 || continuation.length !== need - 1) return undefined;
  let best: { cp: number; score: number } | undefined;
  for (let slot = 0; slot <= continuation.length; slot++) {
    for (const dropped of DROPPED_BYTES) {
      const bytes = [lead, ...continuation.slice(0, slot), dropped, ...continuation.slice(slot)];
      const cp = decodeSequence(bytes);
      if (cp < 0) continue;
      const score = plausibility(cp, previous, context);
      if (score >= 100 && (!best || score > best.score)) best = { cp, score };
    }
  }
  return best ? { start, end, replacement: String.fromCodePoint(best.cp) } : undefined;
}

function isLowSurrogate(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c >= 0xdc00 && c <= 0xdfff;
}
