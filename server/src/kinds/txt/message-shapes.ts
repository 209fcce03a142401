/**
 * The shapes of the sentences that name a signing key or a server's answer: each shape is a message of its own in
 * the rules' `meta.messages` (so another language says it whole), its values only names, URLs and numbers.
 */
import type { SignatureCheck } from '../../core/served';
import type { MessageValues } from '../../core/message-text';

/** How a sentence names the key of a check: its user ID and fingerprint, its fingerprint, or the key IDs. */
export function keyShape(check: SignatureCheck): { shape: 'named' | 'fingerprint' | 'keyId'; values: MessageValues } {
  const source = check.keySource;
  if (!check.key) return { shape: 'keyId', values: { keyIds: check.keyIds.join(', ') || 'unknown', source } };
  const { fingerprint, userId } = check.key;
  return userId
    ? { shape: 'named', values: { user: userId, fingerprint, source } }
    : { shape: 'fingerprint', values: { fingerprint, source } };
}

/** The shapes of `describeAnswer` (./deployed.ts): what a URL answered, or why nothing could be fetched. */
export type AnswerShape = 'status' | 'html' | 'tooLarge' | 'timeout' | 'network' | 'redirects' | 'tls' | 'other';

const FETCH_FAILED = /^could not be fetched \(([^()]+)\)$/;
const MORE_THAN = /^answered with more than (\d+ KB)$/;
const STATUS = /^answered (\d{3}(?: .+)?)$/;

/** The shape of an answer as `describeAnswer` wrote it, with its values; `other` keeps the words as they are. */
export function answerShape(answer: string): { shape: AnswerShape; values: MessageValues } {
  if (answer === 'answered with an HTML page') return { shape: 'html', values: {} };
  const failed = FETCH_FAILED.exec(answer);
  if (failed) {
    const kind = failed[1];
    return kind === 'timeout' || kind === 'network' || kind === 'redirects'
      ? { shape: kind, values: {} }
      : { shape: 'tls', values: { code: kind } };
  }
  const more = MORE_THAN.exec(answer);
  if (more) return { shape: 'tooLarge', values: { size: more[1] } };
  const status = STATUS.exec(answer);
  if (status) return { shape: 'status', values: { status: status[1] } };
  return { shape: 'other', values: { answer } };
}
