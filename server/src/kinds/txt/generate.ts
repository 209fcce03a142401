/**
 * security.txt generation from answers (./answers.ts), its comments in the policy's language (./comments.ts); what
 * is generated passes the project's own checks.
 */
import { githubAdvisoryUrl } from '../../core/answers';
import { expiresOneYearAhead } from './securitytxt';
import { canonicalUrl } from './locations';
import { SECURITY_TXT_COMMENTS } from './comments';
import type { SecurityTxtAnswers } from './answers';

/** The security.txt contacts a policy's answers give, in the order the policy lists them. */
export function securityTxtContacts(a: { email?: string; github?: string; formUrl?: string }): string[] {
  const contacts: string[] = [];
  if (a.email) contacts.push(`mailto:${a.email.trim()}`);
  if (a.formUrl) contacts.push(a.formUrl.trim());
  if (a.github) contacts.push(githubAdvisoryUrl(a.github.trim()));
  return contacts;
}

export function generateSecurityTxt(a: SecurityTxtAnswers): string {
  const lines = SECURITY_TXT_COMMENTS[a.language ?? 'en'].map((comment) => `# ${comment}`);
  for (const contact of a.contacts) lines.push(`Contact: ${contact.trim()}`);
  lines.push(`Expires: ${expiresOneYearAhead(a.today)}`);
  if (a.encryptionKeyUrl) lines.push(`Encryption: ${a.encryptionKeyUrl.trim()}`);
  if (a.languages.length > 0) lines.push(`Preferred-Languages: ${a.languages.join(', ')}`);
  if (a.siteUrl) lines.push(`Canonical: ${canonicalUrl(a.siteUrl)}`);
  if (a.policyUrl) lines.push(`Policy: ${a.policyUrl.trim()}`);
  return `${lines.join('\n')}\n`;
}
