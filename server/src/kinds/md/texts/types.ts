/**
 * What the engine writes into a SECURITY.md, in one language: the generator's policy and the prose quick fixes
 * insert. Each language's texts are written whole for that language in ./<language>.ts (not glued from
 * fragments), and each passes the engine's own reading of that language (test/generate-languages.test.ts).
 */
import type { Language } from '../../../core/timeframe-words';

export type { Language };

export interface PolicyTexts {
  /** The level-1 heading. */
  title: string;
  headings: {
    supported: string;
    reporting: string;
    response: string;
    disclosure: string;
    scope: string;
    safeHarbor: string;
  };
  /** The supported-versions table's column headers. */
  versionColumn: string;
  supportedColumn: string;
  /** Said instead of the table when no versions are given. */
  latestOnly: string;
  noPublicIssues: string;
  /** Introduces the list of private channels. */
  reportPrivately: string;
  viaGithub: (advisoryUrl: string) => string;
  viaEmail: (email: string) => string;
  viaEncryptedEmail: (email: string, keyUrl: string) => string;
  viaForm: (formUrl: string) => string;
  /** How to reach GitHub's private reporting without its URL (the repository is unknown to a quick fix). */
  privateReporting: string;
  /** The key alone, when there is no email to encrypt for. */
  keyOnly: (keyUrl: string) => string;
  /** What a report should hold. */
  include: string;
  /** The first acknowledgement, in business days. */
  acknowledge: (businessDays: number) => string;
  /** The disclosure window in days, or none. */
  disclosure: (days: number | null) => string;
  inScope: string;
  outOfScope: string;
  safeHarbor: string;
  /** The label of the issuance date ("Last updated"), followed by ": " and an ISO date (a full-width colon in CJK). */
  lastUpdated: (isoDate: string) => string;
  /**
   * What quick fixes insert where it differs from the generator's sentences (by default: `acknowledge(3)`,
   * `disclosure(90)`, `latestOnly`, `safeHarbor`).
   */
  fixes?: Partial<
    Record<'response' | 'disclosure' | 'latestOnly' | 'safeHarbor' | 'reportPrivately' | 'noPublicIssues', string>
  >;
}

/** What the quick fixes insert: lines of Markdown. */
export interface FixTexts {
  readonly title: string;
  readonly response: string;
  readonly disclosure: string;
  readonly supportedSection: readonly string[];
  readonly safeHarborSection: readonly string[];
  readonly scopeSection: readonly string[];
  readonly privateReporting: string;
  readonly reportingSection: readonly string[];
  readonly issuance: (isoDate: string) => string;
}
