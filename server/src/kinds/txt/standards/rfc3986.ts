/**
 * RFC 3986 §3 `URI`, to the letter: `scheme ":" hier-part [ "?" query ] [ "#" fragment ]`, with the authority's
 * userinfo, host (IP-literal with IPv6 or IPvFuture, IPv4 or reg-name) and port, the path forms, and percent
 * encoding. Scheme-specific rules (mailto, tel) are not RFC 3986's and are left to the rules that need them.
 *
 * A value that misses says where it leaves the grammar and why, and, when only characters that a URI never holds
 * are wrong (spaces, non-ASCII letters, quotes), the same URI with them percent-encoded.
 */

import { codePointName, describeCharacter, isControlCharacter } from '../../../core/text';

export interface UriMiss {
  reason: string;
  /**
   * Which reason it is, for a message of its own: `percent` or `encode` followed by the part (`Path`) and, for
   * `encode`, how the character is named (`Space`, `Tab`, `NonAscii`, `Control`, `Char`); `bracket`, `ipv6`, `port`.
   * Values: `char`, `code`, `literal`, `port`. Undefined for the reasons only a value without a scheme can have.
   */
  id?: string;
  values?: Readonly<Record<string, string>>;
  /** Where the value leaves the grammar (0-based, in UTF-16 units of the value). */
  at: number;
  /** Its length there (a character may be a surrogate pair). */
  length: number;
  corrected?: string;
}

const ALPHA = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
const DIGIT = (c: string): boolean => c >= '0' && c <= '9';
const HEXDIG = (c: string | undefined): boolean =>
  c !== undefined && (DIGIT(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'));
const UNRESERVED = (c: string): boolean => ALPHA(c) || DIGIT(c) || '-._~'.includes(c);
const SUB_DELIMS = "!$&'()*+,;=";

/** The characters each part allows besides unreserved and pct-encoded. */
const USERINFO = `${SUB_DELIMS}:`;
const REG_NAME = SUB_DELIMS;
const PCHAR = `${SUB_DELIMS}:@`;
const PATH = `${PCHAR}/`;
const QUERY = `${PCHAR}/?`;

/** The part of a URI as a message id names it. */
const PART_IDS: Readonly<Record<string, string>> = {
  'user information': 'Userinfo',
  host: 'Host',
  'IP literal': 'IpLiteral',
  path: 'Path',
  query: 'Query',
  fragment: 'Fragment',
};

/** How `describe` names a character, as a message id says it, and the value its sentence needs. */
function describedAs(c: string): { id: string; values: Record<string, string> } {
  if (c === ' ') return { id: 'Space', values: {} };
  if (c === '\t') return { id: 'Tab', values: {} };
  if (c.charCodeAt(0) > 0x7e) return { id: 'NonAscii', values: { char: c } };
  if (isControlCharacter(c)) return { id: 'Control', values: { code: codePointName(c) } };
  return { id: 'Char', values: { char: c } };
}

function describe(c: string): string {
  if (c === ' ') return 'a space';
  if (c === '\t') return 'a tab';
  if (c.charCodeAt(0) > 0x7e) return `"${c}" (not ASCII)`;
  return describeCharacter(c);
}

/** Checks the characters of one part; `at` is where the part starts in the whole value. */
function checkChars(part: string, allowed: string, at: number, where: string): UriMiss | undefined {
  for (let i = 0; i < part.length; i++) {
    const c = part[i];
    if (c === '%') {
      if (HEXDIG(part[i + 1]) && HEXDIG(part[i + 2])) {
        i += 2;
        continue;
      }
      return {
        reason: `"%" in the ${where} is not followed by two hex digits`,
        id: `percent${PART_IDS[where]}`,
        at: at + i,
        length: 1,
      };
    }
    if (UNRESERVED(c) || allowed.includes(c)) continue;
    const char = String.fromCodePoint(part.codePointAt(i) ?? 0);
    const named = describedAs(char);
    return {
      reason: `${describe(char)} in the ${where} must be percent-encoded`,
      id: `encode${PART_IDS[where]}${named.id}`,
      values: named.values,
      at: at + i,
      length: char.length,
    };
  }
  return undefined;
}

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

function isH16Groups(text: string): number | undefined {
  if (text === '') return 0;
  const groups = text.split(':');
  let count = 0;
  for (const [i, g] of groups.entries()) {
    if (i === groups.length - 1 && g.includes('.')) {
      if (!isIpv4(g)) return undefined;
      count += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(g)) count++;
    else return undefined;
  }
  return count;
}

export function isIpv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  if (halves.length === 1) return isH16Groups(text) === 8;
  // An IPv4 tail may only end the address.
  if (halves[0].includes('.')) return false;
  const left = isH16Groups(halves[0]);
  const right = isH16Groups(halves[1]);
  return left !== undefined && right !== undefined && left + right <= 7;
}

function checkHost(host: string, at: number): UriMiss | undefined {
  if (host.startsWith('[')) {
    const literal = host.slice(1, -1);
    if (!host.endsWith(']'))
      return { reason: '"[" opens an IP literal that "]" does not close', id: 'bracket', at, length: 1 };
    const future = /^v[0-9A-Fa-f]+\./i.test(literal);
    if (future)
      return checkChars(literal.slice(literal.indexOf('.') + 1), `${SUB_DELIMS}:`, at + 1, 'IP literal') ?? undefined;
    return isIpv6(literal)
      ? undefined
      : {
          reason: `"${literal}" in brackets is not an IPv6 address`,
          id: 'ipv6',
          values: { literal },
          at: at + 1,
          length: literal.length,
        };
  }
  return checkChars(host, REG_NAME, at, 'host');
}

function checkAuthority(authority: string, at: number): UriMiss | undefined {
  const atSign = authority.indexOf('@');
  if (atSign >= 0) {
    const userinfo = checkChars(authority.slice(0, atSign), USERINFO, at, 'user information');
    if (userinfo) return userinfo;
  }
  const hostStart = atSign + 1;
  const hostAndPort = authority.slice(hostStart);
  const close = hostAndPort.startsWith('[') ? hostAndPort.indexOf(']') : -1;
  const colon = hostAndPort.indexOf(':', close + 1);
  const host = colon < 0 ? hostAndPort : hostAndPort.slice(0, colon);
  const hostMiss = checkHost(host, at + hostStart);
  if (hostMiss) return hostMiss;
  if (colon < 0) return undefined;
  const port = hostAndPort.slice(colon + 1);
  const notDigit = [...port].findIndex((c) => !DIGIT(c));
  return notDigit < 0
    ? undefined
    : {
        reason: `the port "${port}" is not a number`,
        id: 'port',
        values: { port },
        at: at + hostStart + colon + 1,
        length: port.length,
      };
}

/** Whether the value starts with `scheme ":"` (however the rest may fail). */
export function hasScheme(value: string): boolean {
  const colon = value.indexOf(':');
  if (colon <= 0 || !ALPHA(value[0])) return false;
  for (let i = 1; i < colon; i++) if (!(ALPHA(value[i]) || DIGIT(value[i]) || '+-.'.includes(value[i]))) return false;
  return true;
}

function checkStructure(value: string): UriMiss | undefined {
  const colon = value.indexOf(':');
  if (colon <= 0)
    return { reason: 'there is no scheme (such as "https:" or "mailto:")', at: 0, length: Math.max(value.length, 1) };
  if (!ALPHA(value[0])) return { reason: 'the scheme does not start with a letter', at: 0, length: 1 };
  for (let i = 1; i < colon; i++) {
    const c = value[i];
    if (!(ALPHA(c) || DIGIT(c) || '+-.'.includes(c)))
      return { reason: `${describe(c)} in the scheme is not allowed`, at: i, length: 1 };
  }
  const hash = value.indexOf('#', colon);
  const beforeFragment = hash < 0 ? value.length : hash;
  const question = value.indexOf('?', colon);
  const hierEnd = question >= 0 && question < beforeFragment ? question : beforeFragment;
  let pathStart = colon + 1;
  if (value.startsWith('//', colon + 1)) {
    const authorityStart = colon + 3;
    let authorityEnd = value.indexOf('/', authorityStart);
    if (authorityEnd < 0 || authorityEnd > hierEnd) authorityEnd = hierEnd;
    const authority = checkAuthority(value.slice(authorityStart, authorityEnd), authorityStart);
    if (authority) return authority;
    pathStart = authorityEnd;
  } else if (value.startsWith('//', pathStart)) {
    return { reason: 'the path starts with "//" without an authority', at: pathStart, length: 2 };
  }
  return (
    checkChars(value.slice(pathStart, hierEnd), PATH, pathStart, 'path') ??
    (hierEnd < beforeFragment
      ? checkChars(value.slice(hierEnd + 1, beforeFragment), QUERY, hierEnd + 1, 'query')
      : undefined) ??
    (hash >= 0 ? checkChars(value.slice(hash + 1), QUERY, hash + 1, 'fragment') : undefined)
  );
}

/** Characters no part of a URI holds as they are: percent-encoding them never changes what was meant. */
const NEVER_LITERAL = /[\s"<>\\^`{|}]|[^\u0020-\u007E]/gu;

/** Why `value` is not an RFC 3986 URI, or undefined when it is one. */
export function checkUri(value: string): UriMiss | undefined {
  const miss = checkStructure(value);
  if (!miss || !/ in the (?:path|query|fragment) /.test(miss.reason)) return miss;
  // Everything before the miss is a valid URI prefix; encoding from there on leaves the scheme and host alone.
  let encoded: string;
  try {
    encoded = value.slice(0, miss.at) + value.slice(miss.at).replace(NEVER_LITERAL, (c) => encodeURIComponent(c));
  } catch {
    return miss; // A lone surrogate has no UTF-8 form to encode.
  }
  return encoded !== value && checkStructure(encoded) === undefined ? { ...miss, corrected: encoded } : miss;
}
