/**
 * The sentences of rule `value-not-uri` (./rules/value-not-uri.ts): one per reason of checkUri
 * (./standards/rfc3986.ts), by the part of the URI and how the character is named, each with the corrected value
 * where the part can be corrected, so that another language says each whole.
 */
import type { UriMiss } from './standards/rfc3986';
import type { MessageValues } from '../../core/message-text';

const PARTS = {
  Userinfo: 'user information',
  Host: 'host',
  IpLiteral: 'IP literal',
  Path: 'path',
  Query: 'query',
  Fragment: 'fragment',
};
/** The parts whose characters the rule can percent-encode (checkUri's correction). */
const CORRECTABLE = new Set(['Path', 'Query', 'Fragment']);
const CHARACTERS = {
  Space: 'a space',
  Tab: 'a tab',
  NonAscii: '"{char}" (not ASCII)',
  Control: 'control character {code}',
  Char: '"{char}"',
};

const notUri = (reason: string): string =>
  `"{value}" is not a URI (${reason}), expected a URI as RFC 3986 §3 defines it.`;
const notUriFixed = (reason: string): string => `"{value}" is not a URI (${reason}), expected "{corrected}".`;

function buildMessages(): Record<string, string> {
  const messages: Record<string, string> = {
    noScheme: '"{value}" has no URI scheme, expected "{suggested}".',
    noSchemeUnknown: '"{value}" has no URI scheme, expected a URI such as mailto:, tel: or https://.',
    bracket: notUri('"[" opens an IP literal that "]" does not close'),
    ipv6: notUri('"{literal}" in brackets is not an IPv6 address'),
    port: notUri('the port "{port}" is not a number'),
    other: notUri('{reason}'),
  };
  for (const [part, where] of Object.entries(PARTS)) {
    const percent = `"%" in the ${where} is not followed by two hex digits`;
    messages[`percent${part}`] = notUri(percent);
    if (CORRECTABLE.has(part)) messages[`percent${part}Fixed`] = notUriFixed(percent);
    for (const [named, character] of Object.entries(CHARACTERS)) {
      const encode = `${character} in the ${where} must be percent-encoded`;
      messages[`encode${part}${named}`] = notUri(encode);
      if (CORRECTABLE.has(part)) messages[`encode${part}${named}Fixed`] = notUriFixed(encode);
    }
  }
  return messages;
}

export const VALUE_NOT_URI_MESSAGES = buildMessages();

/** The message of a value with a scheme that is not a URI, and its values. */
export function notUriMessage(value: string, miss: UriMiss): { messageId: string; values: MessageValues } {
  if (miss.id === undefined || !Object.hasOwn(VALUE_NOT_URI_MESSAGES, miss.id))
    return { messageId: 'other', values: { value, reason: miss.reason } };
  const values = { value, ...miss.values };
  const fixed = `${miss.id}Fixed`;
  return miss.corrected !== undefined && Object.hasOwn(VALUE_NOT_URI_MESSAGES, fixed)
    ? { messageId: fixed, values: { ...values, corrected: miss.corrected } }
    : { messageId: miss.id, values };
}
