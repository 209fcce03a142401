/** security.txt (RFC 9116): fields, whole `#` comment lines, and an optional OpenPGP cleartext signature. */
import type { FixNote, KindDescriptor } from '../../core/kind';
import { SecurityTxtDocument } from './securitytxt';
import { TXT_FILES } from './locations';
import { RULES } from './rules';
import { SECURITY_TXT_ASSIST } from './assist';

declare module '../../core/kind' {
  interface DocumentOfKind {
    txt: SecurityTxtDocument;
  }
}

/** What every fix on a signed file says (core/messages/fixes: `note/signed`). */
export const SIGNED_FIX_NOTE: FixNote = { id: 'signed', text: ' (the signature must then be renewed)' };

export const TXT_KIND: KindDescriptor<'txt'> = {
  ...TXT_FILES,
  parse: (text) => new SecurityTxtDocument(text),
  comments: {
    comments: (doc) =>
      doc.body
        .filter((l) => l.kind === 'comment')
        .map((l) => ({ body: doc.text.slice(l.contentStart + 1, l.end).trim(), start: l.start, end: l.end })),
    write: (body) => `# ${body}`,
    // RFC 9116 §4: a comment is a whole line, so a "line" directive goes on the line before.
    trailing: false,
    refuses: (doc, lineStart) => !doc.body.some((l) => l.start === lineStart),
    // In a signed file the comment goes into the signed text, after the armor headers and their blank line.
    fileStart: (doc) => (doc.signed ? doc.body[0]?.start : doc.hasBom ? 1 : 0),
  },
  workspaceFacts: ['policyContacts'],
  // Usually copied whole between repositories: kept the first time it is met.
  memo: { documentChars: 25_000, keepFirstTime: true },
  // Any edit to a signed security.txt invalidates its signature: every fix says so.
  fixNote: (doc) => (doc.signed ? SIGNED_FIX_NOTE : undefined),
  assist: SECURITY_TXT_ASSIST,
  rules: RULES,
};
