/**
 * The patterns the engine reads policies with. The words of each language are in ./lexicon/<language>.ts, written
 * once; the patterns below are built from them (escaped literals, flat alternations, checked for catastrophic
 * backtracking by test/redos.test.ts). Patterns of URLs and key material are written here.
 */
import { advisoryInstruction, alternation, built, type Bounds } from './lexicon/build';
import type { SectionKind } from './lexicon/types';

export type { SectionKind };

const LATIN_WORDS: Bounds = { en: 'word', de: 'word', es: 'word', fr: 'word', pt: 'word', it: 'word' };

export const SECTION_HEADINGS: Record<SectionKind, RegExp> = {
  reporting: built((w) => w.headings.reporting, 'iu'),
  supportedVersions: built((w) => w.headings.supportedVersions, 'iu'),
  response: built((w) => w.headings.response, 'iu'),
  disclosure: built((w) => w.headings.disclosure, 'iu'),
  scope: built((w) => w.headings.scope, 'iu'),
  safeHarbor: built((w) => w.headings.safeHarbor, 'iu'),
};

/** Words that make a section or a sentence about reporting vulnerabilities. */
export const REPORTING_WORDS = built((w) => w.reporting, 'iu');

/** Words that say a document is about handling vulnerabilities at all (not-a-policy). */
export const POLICY_WORDS = built((w) => w.policy, 'iu');

export const RESPONSE_WORDS = built((w) => w.response, 'iu');

export const DISCLOSURE_WORDS = built((w) => w.disclosure, 'iu');

/** A negation in the same sentence turns "open an issue" into "do not open an issue". */
export const NEGATION = built((w) => w.negation, 'iu', { ...LATIN_WORDS, ru: 'letters' });

/** Public trackers by name; an action word before ("open an issue") or after ("Issue eröffnen") makes an instruction. */
export const TRACKER_NOUNS = built((w) => w.trackerNouns, 'giu', { en: 'word' });
export const TRACKER_ACTION_BEFORE = built((w) => w.trackerBefore, 'iu', {
  en: 'word',
  es: 'start',
  fr: 'start',
  pt: 'start',
  it: 'start',
  ru: 'start',
});

/** After the tracker: a verb, a place particle with a report verb ("Issue から連絡", "탭을 이용하여"), "can be used". */
export const TRACKER_ACTION_AFTER = built((w) => w.trackerAfter, 'iu');

export const VULNERABILITY_WORDS = built((w) => w.vulnerability, 'iu');

/** GitHub private vulnerability reporting, by phrase, and instructions to open an advisory. */
export const GITHUB_PRIVATE_PHRASE = new RegExp(
  `${alternation((w) => w.githubPrivate)}|${advisoryInstruction()}`,
  'iu',
);

/** GitHub's private reporting pages: /security/advisories/new, /security/advisories, /security. */
export const GITHUB_PRIVATE_URL =
  /^https?:\/\/github\.com\/[^/\s?#]{1,100}\/[^/\s?#]{1,100}\/security(?:\/advisories(?:\/new)?|\/policy)?\/?(?:[?#]\S{0,200})?$/i;

export const BUG_BOUNTY_HOST =
  /(?:^|\.)(?:hackerone\.com|bugcrowd\.com|intigriti\.com|yeswehack\.com|huntr\.com|huntr\.dev|immunefi\.com|hackenproof\.com|openbugbounty\.org|federacy\.com|zerocopter\.com|cobalt\.io|synack\.com|bugbounty\.jp|issuehunt\.io)$/i;

/** Forge pages that are public by nature: issues, discussions, pull requests. */
export const PUBLIC_TRACKER_URL =
  /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[^?#\s]{0,200}\/(?:-\/)?(?:issues|discussions|pulls|pull-requests|merge_requests)(?:[/?#]|$)/i;

/** A bare forge profile (github.com/user). */
/** A forge or social handle named in prose ("GitHub: @alice"): a public profile, not an email or a package scope. */
export const HANDLE = /(?<![\w.+-])@[a-z0-9][a-z0-9-]{0,38}(?![\w/@-]|\.[a-z])/iu;

/** An address written to keep robots off ("alice[@]acme.org", "alice (at) acme [dot] org"): a reader can still write. */
export const OBFUSCATED_EMAIL =
  /(?<![\w.+-])[\w.+-]{1,64} ?(?:\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\}) ?[a-z0-9-]{1,63}(?:(?:\.|\[\.\]|\(\.\)|\[dot\]|\(dot\)| dot )[a-z0-9-]{1,63}){1,4}(?![\w-])/iu;

/** What every OBFUSCATED_EMAIL holds, in lower case (and more): a cheap test that most policies have none. */
export const OBFUSCATED_AT_SIGN = /[[({](?:@|at)[\])}]/;

export const FORGE_PROFILE_URL = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com)\/[^/?#\s]{1,100}\/?$/i;

export const CHAT_URL =
  /^https?:\/\/(?:www\.)?(?:discord\.gg|discord\.com\/invite|[\w-]{1,60}\.slack\.com|join\.slack\.com|gitter\.im|matrix\.to|t\.me|telegram\.me|twitter\.com|x\.com|mastodon\.social|zulipchat\.com)(?:[/?#]|$)/i;

/** A URL path or host, or a link's label, that looks like a security contact page (delegation, forms, PSIRT pages). */
export const SECURITY_PAGE_URL =
  /security|vulnerab|disclos|bug-?bounty|responsible|psirt|\bcert\b|report|advisor|\.well-known|sicherheit|seguridad|securite|sécurité|seguranca|segurança|sicurezza|безопасност|vulnérab|уязвим|漏洞|脆弱性|취약점/i;

/** Words near a key that say where to get it. */
export const PGP_WORDS = new RegExp(String.raw`\b(?:pgp|gpg|gnupg|openpgp)\b|${alternation((w) => w.publicKey)}`, 'iu');
export const KEY_SERVER_WORDS = built((w) => w.keyServer, 'iu');
/** A key fingerprint (40 hex digits, spaced by 4), a long key id, or the word; lower-case so it can run over folded text. */
export const PGP_FINGERPRINT = /\b(?:[0-9a-f]{4} ?){9}[0-9a-f]{4}\b|\b(?:0x)?[0-9a-f]{16}\b|fingerprint/i;
export const PGP_INLINE_KEY = /-----BEGIN PGP PUBLIC KEY BLOCK-----/;
export const KEY_URL =
  /\.(?:asc|gpg|pub|pgp|key)(?:[?#]|$)|keys\.openpgp\.org|keybase\.io|pgp\.mit\.edu|keyserver\.ubuntu\.com|\/pgp|\/gpg|pgp-key|gpg-key|\/keys?\b/i;

export const SCOPE_WORDS = built((w) => w.scope, 'iu', { en: 'word' });

export const SAFE_HARBOR_WORDS = built((w) => w.safeHarbor, 'iu');
/** "We will not pursue legal action": a safe harbour in other words (apart, so each pattern stays small). */
export const NO_LEGAL_ACTION = built((w) => w.noLegalAction, 'iu');

export const SUPPORTED_VERSIONS_WORDS = built((w) => w.supportedVersions, 'iu');

/** Heading words for sections whose links are further reading, not channels. */
export const RESOURCE_HEADINGS = built((w) => w.resourceHeadings, 'iu');

/**
 * GitHub's default SECURITY.md template, as written and as translated: its instructions to the policy's author
 * ("Use this section to tell people…", "Tell them where to go…", "describe it here") and the author's project as
 * "your project" ("which versions of your project", "welche Versionen deines Projekts"). Matched with case.
 */
export const TEMPLATE_SENTENCES = built((w) => w.template, 'g');
