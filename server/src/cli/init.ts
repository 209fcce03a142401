/**
 * `security-policy init`: writes a SECURITY.md (and, on request, a security.txt) from answers given as flags or,
 * in a terminal, at prompts prefilled from the repository. Never overwrites a file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  DEFAULT_ACK_DAYS,
  DEFAULT_DISCLOSURE_DAYS,
  POLICY_LOCATIONS,
  policyLocationOf,
  gatherWorkspaceFacts,
  generateSecurityMd,
  generateSecurityTxt,
  githubPolicyUrl,
  parseSupportedVersions,
  policyContactsOf,
  policyRelativePath,
  securityTxtContacts,
  validateAckDays,
  validateDisclosureDays,
  validateEmail,
  validateGithubRepo,
  validateHttpsUrl,
  validateLanguages,
  validatePolicyAnswers,
  validateSecurityTxtAnswers,
  validateSupportedVersions,
  type PolicyAnswers,
  type PolicyLocation,
  type WorkspaceFacts,
  type WorkspaceReader,
} from '../index';
import { POLICY_QUESTIONS, policyAnswers, policyDraft } from '../kinds/md/questions';
import { writtenLanguage } from '../kinds/md/texts';
import { policyLanguageOf } from '../kinds/md/language';
import { LANGUAGES, type Language } from '../core/timeframe-words';
import { SECURITY_TXT_QUESTIONS, securityTxtAnswers, type SecurityTxtDraft } from '../kinds/txt/questions';
import { formatMessage, type Message } from '../core/questions';
import { Prompter } from './prompts';
import { INTRO } from './prompt-texts';

export interface InitFlags {
  email?: string;
  github?: string;
  form?: string;
  key?: string;
  ackDays?: string;
  disclosureDays?: string;
  supported?: string;
  dir?: string;
  /** The policy's language (and the security.txt comments'). */
  lang?: string;
  scope?: boolean;
  safeHarbor?: boolean;
  securityTxt?: boolean;
  site?: string;
  languages?: string;
  yes?: boolean;
}

export interface InitIo {
  cwd: string;
  today: Date;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Ask questions (a terminal, and no --yes). */
  interactive: boolean;
  /** The language of the questions (./locale.ts, promptLanguage); English when undefined. */
  language?: string;
}

/** A bad answer given as a flag: the CLI exits 2 with this message. */
export class InitError extends Error {}

export function nodeWorkspaceReader(root: string): WorkspaceReader {
  return {
    readText: (relativePath) => {
      try {
        return Promise.resolve(readFileSync(join(root, relativePath), 'utf8'));
      } catch {
        return Promise.resolve(undefined);
      }
    },
    list: (relativePath) => {
      try {
        return Promise.resolve(readdirSync(join(root, relativePath)));
      } catch {
        return Promise.resolve([]);
      }
    },
  };
}

const NONE = /^(?:-|none|no|n)$/i;

function location(value: string): PolicyLocation | undefined {
  const v = value.trim().replace(/\/$/, '').replace(/^\.\//, '');
  if (v === '' || v === '.' || v === 'root') return 'root';
  return (POLICY_LOCATIONS as readonly string[]).includes(v)
    ? (v as PolicyLocation)
    : v === 'github'
      ? '.github'
      : undefined;
}

/** Throws the validator's message in English (a usage error, as init's others), naming the flag, when there is one. */
function fail(problem: Message | undefined, flag?: string): void {
  const message = problem && formatMessage(problem);
  if (message) throw new InitError(flag ? `${flag}: ${message}` : message);
}

/** Answers from flags and workspace facts alone; throws InitError on a bad one. */
function answersFromFlags(flags: InitFlags, facts: WorkspaceFacts, today: Date): PolicyAnswers {
  const where = location(flags.dir ?? 'root');
  if (!where)
    throw new InitError(`--dir "${flags.dir}" is not a place GitHub shows a policy, expected root, .github or docs.`);
  const github = flags.github === undefined ? facts.github : NONE.test(flags.github) ? undefined : flags.github.trim();
  if (flags.github !== undefined && github) fail(validateGithubRepo(github));
  if (flags.email !== undefined) fail(validateEmail(flags.email));
  if (flags.form !== undefined) fail(validateHttpsUrl(flags.form));
  if (flags.key !== undefined) fail(validateHttpsUrl(flags.key));
  const ackDays = flags.ackDays === undefined ? DEFAULT_ACK_DAYS : Number(flags.ackDays);
  fail(validateAckDays(ackDays), '--ack-days');
  const disclosureDays =
    flags.disclosureDays === undefined
      ? DEFAULT_DISCLOSURE_DAYS
      : NONE.test(flags.disclosureDays)
        ? null
        : Number(flags.disclosureDays);
  fail(validateDisclosureDays(disclosureDays), '--disclosure-days');
  if (flags.supported !== undefined) fail(validateSupportedVersions(flags.supported), '--supported');
  const language = writtenLanguage(flags.lang ?? 'en');
  if (!language)
    throw new InitError(
      `--lang "${flags.lang}" is not a language the policy can be written in, expected ${LANGUAGES.join(', ')}.`,
    );
  return {
    language,
    location: where,
    github,
    email: flags.email?.trim(),
    formUrl: flags.form?.trim(),
    encryptionKeyUrl: flags.key?.trim(),
    ackDays,
    disclosureDays,
    supported: flags.supported === undefined ? facts.supported : parseSupportedVersions(flags.supported),
    scope: flags.scope !== false,
    safeHarbor: flags.safeHarbor !== false,
    today,
  };
}

function writeNew(root: string, relativePath: string, text: string): void {
  const path = join(root, relativePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' }); // wx: fails rather than overwrite, even in a race
}

export async function runInit(flags: InitFlags, io: InitIo): Promise<number> {
  const facts = await gatherWorkspaceFacts(nodeWorkspaceReader(io.cwd));
  const existingPolicy = facts.existingPolicies[0];
  const wantsTxt = flags.securityTxt === true;
  const say = (s: string): void => void io.output.write(s);

  refuseOverwrites(flags, facts);

  let answers = answersFromFlags(flags, facts, io.today);
  const prompter = io.interactive ? new Prompter(io.input, io.output, io.language) : undefined;
  let policyPath: string;
  let policyText: string;
  let txtText: string | undefined;
  try {
    if (prompter && !existingPolicy) {
      say(`${prompter.say(INTRO, 'SECURITY.md')}\n`);
      const draft = policyDraft(answers, facts.versionSource);
      await prompter.askAll(POLICY_QUESTIONS, draft);
      answers = policyAnswers(draft, io.today);
    }
    ({ policyPath, policyText } = existingPolicy
      ? { policyPath: existingPolicy, policyText: readFileSync(join(io.cwd, existingPolicy), 'utf8') }
      : newPolicy(answers, io.cwd));
    const writeTxt =
      wantsTxt ||
      (prompter !== undefined &&
        !facts.existingSecurityTxt &&
        (await prompter.confirm(prompter.say('Also write {0}', facts.securityTxtPath), false)));
    if (writeTxt)
      txtText = await securityTxtFor({
        flags,
        facts,
        answers,
        existingPolicy,
        policyPath,
        policyText,
        prompter,
        today: io.today,
      });
  } finally {
    prompter?.close();
  }

  const written: string[] = [];
  if (existingPolicy) say(`${existingPolicy} exists: kept as it is; the security.txt takes its contacts.\n`);
  else {
    writeNew(io.cwd, policyPath, policyText);
    written.push(policyPath);
  }
  if (txtText !== undefined) {
    writeNew(io.cwd, facts.securityTxtPath, txtText);
    written.push(facts.securityTxtPath);
  }
  for (const path of written) say(`Wrote ${path}\n`);
  say(`Review ${written.length === 1 ? 'it' : 'them'}, then run "security-policy check".\n`);
  return 0;
}

/** Throws InitError when `init` would overwrite a file or a flag is invalid, before any question is asked. */
function refuseOverwrites(flags: InitFlags, facts: WorkspaceFacts): void {
  const existingPolicy = facts.existingPolicies[0];
  const wantsTxt = flags.securityTxt === true;
  if (existingPolicy && !wantsTxt) {
    throw new InitError(
      `${existingPolicy} already exists; not overwriting it. Run "security-policy check ${existingPolicy}" to see what it lacks, or "security-policy init --security-txt" to add a security.txt from it.`,
    );
  }
  if (wantsTxt && facts.existingSecurityTxt) {
    throw new InitError(
      `${facts.existingSecurityTxt} already exists; not overwriting it. Run "security-policy check ${facts.existingSecurityTxt}" to see what it lacks.`,
    );
  }
  if (flags.site !== undefined) fail(validateHttpsUrl(flags.site), '--site');
  if (flags.languages !== undefined) fail(validateLanguages(flags.languages), '--languages');
}

/** The new policy's path and text; throws InitError when the answers cannot make one. */
function newPolicy(answers: PolicyAnswers, cwd: string): { policyPath: string; policyText: string } {
  const problems = validatePolicyAnswers(answers);
  if (problems.length > 0) {
    const noChannel = !answers.github && !answers.email && !answers.formUrl;
    throw new InitError(
      noChannel
        ? 'No way to report: give --github owner/repo, --email or --form (no GitHub remote was found to default to).'
        : problems[0],
    );
  }
  const policyPath = policyRelativePath(answers.location);
  if (existsSync(join(cwd, policyPath))) throw new InitError(`${policyPath} already exists; not overwriting it.`);
  return { policyPath, policyText: generateSecurityMd(answers) };
}

interface SecurityTxtInput {
  flags: InitFlags;
  facts: WorkspaceFacts;
  answers: PolicyAnswers;
  existingPolicy: string | undefined;
  policyPath: string;
  policyText: string;
  prompter: Prompter | undefined;
  today: Date;
}

/** The security.txt text, from the policy's contacts and the same questions the wizard asks. */
async function securityTxtFor({
  flags,
  facts,
  answers,
  existingPolicy,
  policyPath,
  policyText,
  prompter,
  today,
}: SecurityTxtInput): Promise<string> {
  const contacts = existingPolicy ? policyContactsOf(policyText) : securityTxtContacts(answers);
  const github = existingPolicy ? facts.github : answers.github;
  const language: Language = existingPolicy
    ? (writtenLanguage(policyLanguageOf(policyText).code) ?? 'en')
    : (answers.language ?? 'en');
  const draft: SecurityTxtDraft = {
    language,
    offered: contacts,
    contacts,
    contact: '',
    encryptionKeyUrl: answers.encryptionKeyUrl ?? '',
    siteUrl: flags.site?.trim() ?? '',
    policyUrl: github ? githubPolicyUrl(github, policyLocationOf(policyPath) ?? 'root') : '',
    languages: flags.languages ?? (language === 'en' ? 'en' : `${language}, en`),
    policyPath,
  };
  if (prompter && contacts.length > 0) await prompter.askAll(SECURITY_TXT_QUESTIONS, draft);
  const txtAnswers = securityTxtAnswers(draft, today);
  const problems = validateSecurityTxtAnswers(txtAnswers);
  if (problems.length > 0)
    throw new InitError(
      contacts.length === 0 ? `${policyPath} names no contact a security.txt can use; add one first.` : problems[0],
    );
  return generateSecurityTxt(txtAnswers);
}
