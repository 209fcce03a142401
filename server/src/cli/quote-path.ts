/**
 * Paths as they are printed for people (text output, Markdown, GitHub annotations, messages on stderr), in git's
 * `core.quotePath` style, so that a file or folder name cannot forge an output line, drive the terminal or reorder
 * what is shown.
 *
 * A path is printed as it is unless it holds one of:
 * - a control character: C0 (U+0000–U+001F, among them line breaks and ESC, which starts ANSI escapes), DEL
 *   (U+007F) or C1 (U+0080–U+009F);
 * - a bidirectional control: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069; or a line or paragraph
 *   separator (U+2028, U+2029);
 * - a double quote or a backslash (so that a quoted path is never ambiguous).
 * Such a path is printed between double quotes, with `\"` and `\\`, the C escapes `\a \b \t \n \v \f \r`, and every
 * other character of the list above as its UTF-8 bytes in three octal digits (ESC is `\033`, U+202E is
 * `\342\200\256`). This is what git prints with `core.quotePath`, except that other non-ASCII characters (é, 日本)
 * stay readable, as with `core.quotePath=false`. JSON output keeps paths raw: JSON escapes them itself.
 */

const C_ESCAPES: Record<number, string> = {
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x22: '\\"',
  0x5c: '\\\\',
};

/** Whether a character (by code point) must not reach a terminal or a page as it is. */
function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x22 ||
    code === 0x5c ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

function octalBytes(char: string): string {
  return [...Buffer.from(char, 'utf8')].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
}

/** The path as people are shown it: unchanged when safe, else quoted with C-style escapes (see above). */
export function quotePath(path: string): string {
  let unsafe = false;
  for (let i = 0; i < path.length && !unsafe; i++) unsafe = isUnsafe(path.charCodeAt(i));
  if (!unsafe) return path;
  let out = '"';
  for (const char of path) {
    const code = char.codePointAt(0) as number;
    out += isUnsafe(code) ? (C_ESCAPES[code] ?? octalBytes(char)) : char;
  }
  return `${out}"`;
}
