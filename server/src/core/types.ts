/** Core types shared by the engine, the rules and every front end (CLI, language server). */
import type { ProfileName } from './profiles';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOrOff = Severity | 'off';

import type { FileKind } from './kind';
import type { DeployedCopy, ServedFile, SignatureCheck } from './served';
import type { MessageValues } from './message-text';

/** The kinds of file the engine checks (see ./kind.ts): `md` = SECURITY.md, `txt` = security.txt, `si` = security-insights.yml. */
export { FILE_KINDS, type FileKind } from './kind';

/** A replacement of the text between two UTF-16 offsets. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  /** In English, always (the CLI shows it). */
  title: string;
  /** The rule's title id in `meta.fixTitles` and its values, when it gave one: the other languages' key. */
  titleId?: string;
  titleValues?: MessageValues;
  /** The note the title ends with, by id (a signed security.txt: the signature must then be renewed). */
  noteId?: string;
  edits: TextEdit[];
  /**
   * A repair that restores what the author meant (mojibake, `https`, `mailto:`) and is safe to apply without
   * review: fix-all and `--fix` apply these. Fixes that add content (a section, a promise, a date) are offered
   * one by one, for the author to complete.
   */
  safe: boolean;
}

/** A fix as a rule gives it: its title, or one of its `meta.fixTitles` by id with the values. */
export type FixInput = Omit<Fix, 'title' | 'titleId' | 'titleValues' | 'noteId'> &
  (
    | { title: string; titleId?: never; titleValues?: never }
    | { titleId: string; titleValues?: MessageValues; title?: never }
  );

export interface Finding {
  ruleId: string;
  /** In English, always (JSON and SARIF keep it). */
  message: string;
  /** The rule's message id in `meta.messages` and its values, when it reported one: the other languages' key. */
  messageId?: string;
  values?: MessageValues;
  severity: Severity;
  start: number;
  end: number;
  fix?: Fix;
}

export interface RuleExample {
  /** Markdown (or security.txt) text. */
  text: string;
  /** The kind of file the text is (default: md). */
  kind?: FileKind;
  /** Optional path the example is checked under (for workspace-aware rules). */
  path?: string;
  /** The date treated as today (YYYY-MM-DD). */
  today?: string;
  /** Other files of the workspace, for the workspace rules. */
  workspaceFiles?: string[];
  /** The profile the example is checked under (default: recommended). */
  profile?: ProfileName;
  /** Contacts of the workspace's SECURITY.md (contact-mismatch). */
  policyContacts?: string[];
  /** Contact values of the workspace's security.txt (contact-mismatch in security-insights.yml). */
  securityTxtContacts?: string[];
  /** The repository's URL from its git remote (insights-repository-url, broken-link). */
  repositoryUrl?: string;
  /** The organisation's default policy the repository inherits (`acme/.github: SECURITY.md`), for the workspace rules. */
  inheritedPolicy?: string;
  /** How the file was served, for the rules of the live check (`served-*`, canonical-mismatch). */
  served?: ServedFile;
  /** The deployed copy of this local file (`deployed-*`). */
  deployed?: DeployedCopy;
  /** What verifying the file's signature found (`signature-*`). */
  signature?: SignatureCheck;
}

/** A finding an example must produce: where it starts (1-based, as editors show it) and its message. */
export interface ExpectedFinding {
  line: number;
  column: number;
  message: string;
}

export interface InvalidExample extends RuleExample {
  /** Every finding of the rule on this text, in document order. */
  expect: ExpectedFinding[];
  /** The text after the rule's fixes here (all of them, as "Fix all" applies them); absent when none is offered. */
  fixed?: string;
}

export interface RuleMeta {
  id: string;
  /** The kinds of file the rule checks: derived from its checks by defineRule, never written by hand. */
  kinds: readonly FileKind[];
  /** `off`: the rule runs only under the profiles that turn it on. */
  defaultSeverity: SeverityOrOff;
  /** The severity under a profile (and the profiles built on it), where it differs from the default. */
  profiles?: Partial<Record<ProfileName, SeverityOrOff>>;
  /** A different default for some kinds of file (insecure-link is an error in security.txt). */
  severityByKind?: Partial<Record<FileKind, Severity>>;
  /** The specification section a finding is about, for the docs page (security.txt rules: RFC 9116). */
  specUrl?: string;
  /** `true`: a fix is always offered; `'sometimes'`: where certain; `false`: never. */
  fixable: boolean | 'sometimes';
  /** One line: what the rule finds. */
  description: string;
  /** Why it matters, with the source (OSPS Baseline, RFC 9116, CISA…). */
  rationale: string;
  /** What the user should do. */
  howToFix: string;
  /**
   * The rule's sentences by message id, in English, with `{name}` where a value goes; a report names one and gives
   * the values (core/message-text.ts), so that core/messages can say the same in another language.
   */
  messages?: Readonly<Record<string, string>>;
  /**
   * The titles of the rule's fixes by id, in English, with `{name}` where a value goes; a fix names one and gives the
   * values (`titleId`, `titleValues`), as a report names a message, so that core/messages/fixes can translate them.
   */
  fixTitles?: Readonly<Record<string, string>>;
  /** Examples the rule reports, with exactly what it reports and the text after its fix. */
  invalid: InvalidExample[];
  /** Examples that must produce none. */
  valid: RuleExample[];
}

/** What a rule may ask of the outside world; the engine itself never touches the file system. */
export interface Environment {
  /** The date the date rules treat as today. */
  today: Date;
  /** Path of the file relative to the workspace root, with `/` separators, when known. */
  relativePath?: string;
  /** Answers whether a path relative to the checked file exists; undefined when unknown (virtual files). */
  fileExists?: (relativeToFile: string) => boolean | undefined;
  /** Every file of the workspace relevant to workspace rules (relative paths, `/` separators), when known. */
  workspaceFiles?: readonly string[];
  /** Contacts named by the workspace's SECURITY.md (mailto: and https:// URIs), for checking security.txt. */
  policyContacts?: readonly string[];
  /** The Contact values of the workspace's security.txt, for checking security-insights.yml. */
  securityTxtContacts?: readonly string[];
  /** The repository's web URL, from the git remote (`https://github.com/owner/repo`), when there is one. */
  repositoryUrl?: string;
  /**
   * The organisation's default policy GitHub shows for this repository, which has no SECURITY.md of its own in the
   * root, `.github/` or `docs/` (`acme/.github: SECURITY.md`: the account's `.github` repository and the file).
   * `policyContacts` are then that policy's.
   */
  inheritedPolicy?: string;
  /** How the file was served over HTTP, when the live check fetched it (core/served.ts). */
  served?: ServedFile;
  /** The deployed copy of this local file, when the live check fetched it to compare. */
  deployed?: DeployedCopy;
  /** What verifying the file's OpenPGP signature found, when a key was given or fetched. */
  signature?: SignatureCheck;
}

/** A finding as a rule reports it: its message, or one of its `meta.messages` by id with the values. */
export type ReportInput = {
  start: number;
  end: number;
  fix?: FixInput;
} & (
  | { message: string; messageId?: never; values?: never }
  | { messageId: string; values?: MessageValues; message?: never }
);
