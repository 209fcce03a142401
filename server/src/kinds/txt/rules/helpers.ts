/** Shared pieces of the security.txt rules: RFC links, adding a field line, and the date fixes. */
import type { SecurityTxtDocument, TxtField } from '../securitytxt';
import { expiresOneYearAhead } from '../securitytxt';
import type { FixInput, TextEdit } from '../../../core/types';
import type { MessageValues } from '../../../core/message-text';
import { lineRemoval } from '../../../core/edits';

export const RFC = 'https://www.rfc-editor.org/rfc/rfc9116';
export const rfcSection = (section: string): string => `${RFC}#section-${section}`;

/**
 * A fix adding `Name: value` as a new line after the last field (none where no place is signed text), titled by the
 * rule's `meta.fixTitles` id with its values.
 */
export function addFieldFix(
  doc: SecurityTxtDocument,
  line: string,
  titleId: string,
  titleValues?: MessageValues,
): FixInput | undefined {
  const at = doc.insertionPoint;
  if (at === undefined) return undefined;
  const needsBreakBefore = at > 0 && doc.text[at - 1] !== '\n';
  const edit: TextEdit = { start: at, end: at, newText: `${needsBreakBefore ? doc.eol : ''}${line}${doc.eol}` };
  return { titleId, ...(titleValues && { titleValues }), edits: [edit], safe: false };
}

/** A fix that sets Expires to one year ahead (less a second), titled by the rule's title id with `{date}`. */
export function renewExpires(field: TxtField, today: Date, titleId: string): FixInput {
  const value = expiresOneYearAhead(today);
  return {
    titleId,
    titleValues: { date: value },
    edits: [{ start: field.valueStart, end: field.valueEnd, newText: value }],
    safe: false,
  };
}

/** A fix removing a field's whole lines (see `lineRemoval`), titled by the rule's title id. */
export function removeLine(doc: SecurityTxtDocument, field: TxtField, titleId: string): FixInput {
  return { titleId, edits: [lineRemoval(doc.text, field.lineStart, field.lineEnd)], safe: true };
}

/** A value holding several URIs separated by commas (`a, mailto:b`), which chained-values reports. */
export const looksChained = (value: string): boolean => /,\s{0,3}[A-Za-z][A-Za-z0-9+.-]{0,30}:/.test(value);

export function txtExample(text: string): { text: string; kind: 'txt'; path: string } {
  return { text, kind: 'txt', path: '.well-known/security.txt' };
}

/** A minimal valid file body to build examples from (Expires in 2027 relative to the examples' today). */
export const VALID_FILE =
  'Contact: mailto:security@acme.org\nExpires: 2027-06-30T00:00:00Z\nPolicy: https://acme.org/security\nCanonical: https://acme.org/.well-known/security.txt\n';

/** A real `gpg --clearsign` signature (Ed25519, SHA512) over VALID_FILE, for the examples of signed files. */
export const SIGNATURE =
  '-----BEGIN PGP SIGNATURE-----\n\niIgEARYKADAWIQTnUdG5dptbhvtqgQegaMXHEwm+cQUCawRALxIcc2VjdXJpdHlA\nYWNtZS5vcmcACgkQoGjFxxMJvnG/pAEAjx7PlJbSqLNozgH6cFq51wr7/Mw4Jen+\nnXMc+wALfCwA/3s/TxX0VvlV9uEQEabAdPSZ15eGvtxvZsNcHdnzB6UG\n=X3Fn\n-----END PGP SIGNATURE-----\n';

/** `body` signed as gpg writes it (the signature is VALID_FILE's; no rule verifies it). */
export const signed = (body: string, hash = 'SHA512'): string =>
  `-----BEGIN PGP SIGNED MESSAGE-----\nHash: ${hash}\n\n${body}${SIGNATURE}`;
