/**
 * What the lexicon holds for each language: the words of each concept the engine reads, written once. The
 * patterns in ../lexicon.ts are built from these lists, and the rule pages list them (npm run generate).
 */
import type { Language } from '../../../core/timeframe-words';

export type { Language };

export type SectionKind = 'reporting' | 'supportedVersions' | 'response' | 'disclosure' | 'scope' | 'safeHarbor';

/**
 * A phrase too varied to list word for word ("проблема/проблемы безопасности"): a pattern, and how a reader
 * sees it. Patterns are flat (no nested quantifiers) and are checked for catastrophic backtracking.
 */
export interface Pattern {
  pattern: string;
  reads: string;
}

/** A literal, matched anywhere in the folded prose unless the concept bounds the language's words; or a pattern. */
export type Term = string | Pattern;

/** GitHub's form named by an instruction: "open a new private security advisory", "erstellen ein neues …". */
export interface AdvisoryWords {
  verbs: readonly string[];
  articles: readonly string[];
  new: readonly string[];
  private: readonly string[];
}

export interface Words {
  headings: Readonly<Record<SectionKind, readonly Term[]>>;
  /** Words that make a section or a sentence about reporting vulnerabilities. */
  reporting: readonly Term[];
  /** Words that say a document is about handling vulnerabilities at all. */
  policy: readonly Term[];
  vulnerability: readonly Term[];
  response: readonly Term[];
  disclosure: readonly Term[];
  negation: readonly Term[];
  trackerNouns: readonly Term[];
  /** An action word before a tracker ("open an issue"). */
  trackerBefore: readonly Term[];
  /** An action word after a tracker ("Issue eröffnen", "Issue から連絡"). */
  trackerAfter: readonly Term[];
  githubPrivate: readonly Term[];
  advisory?: AdvisoryWords;
  supportedVersions: readonly Term[];
  scope: readonly Term[];
  safeHarbor: readonly Term[];
  /** A promise not to take legal action against good-faith research. */
  noLegalAction: readonly Term[];
  /** Headings of sections whose links are further reading, not channels. */
  resourceHeadings: readonly Term[];
  publicKey: readonly Term[];
  keyServer: readonly Term[];
  /** GitHub's default SECURITY.md template, as GitHub shows it or as people translate it (matched with case). */
  template: readonly Term[];
}
