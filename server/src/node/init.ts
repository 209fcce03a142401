/**
 * `security-policy init`: writes a SECURITY.md (and, on request, a security.txt) from answers given as flags or,
 * in a terminal, at prompts prefilled from the repository. Never overwrites a file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import {
  DEFAULT_ACK_DAYS,
  DEFAULT_DISCLOSURE_DAYS,
  MAX_ACK_DAYS,
  POLICY_LOCATIONS,
  formatSupportedVersions,
  gatherWorkspaceFacts,
  generateSecurityMd,
  generateSecurityTxt,
  githubPolicyUrl,
  parseLanguages,
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

export interface InitFlags {
  email?: string;
  github?: string;
  form?: string;
  key?: string;
  ackDays?: string;
  disclosureDays?: string;
  supported?: string;
  dir?: string;
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
  return (POLICY_LOCATIONS as readonly string[]).includes(v) ? (v as PolicyLocation) : v === 'github' ? '.github' : undefined;
}

/** Throws the validator's message, naming the flag, when there is one. */
function fail(message: string | undefined, flag?: string): void {
  if (message) throw new InitError(flag ? `${flag}: ${message}` : message);
}

/** Answers from flags and workspace facts alone; throws InitError on a bad one. */
function answersFromFlags(flags: InitFlags, facts: WorkspaceFacts, today: Date): PolicyAnswers {
  const where = location(flags.dir ?? 'root');
  if (!where) throw new InitError(`--dir "${flags.dir}" is not a place GitHub shows a policy, expected root, .github or docs.`);
  const github = flags.github === undefined ? facts.github : NONE.test(flags.github) ? undefined : flags.github.trim();
  if (flags.github !== undefined && github) fail(validateGithubRepo(github));
  if (flags.email !== undefined) fail(validateEmail(flags.email));
  if (flags.form !== undefined) fail(validateHttpsUrl(flags.form));
  if (flags.key !== undefined) fail(validateHttpsUrl(flags.key));
  const ackDays = flags.ackDays === undefined ? DEFAULT_ACK_DAYS : Number(flags.ackDays);
  fail(validateAckDays(ackDays), '--ack-days');
  const disclosureDays = flags.disclosureDays === undefined ? DEFAULT_DISCLOSURE_DAYS : NONE.test(flags.disclosureDays) ? null : Number(flags.disclosureDays);
  fail(validateDisclosureDays(disclosureDays), '--disclosure-days');
  if (flags.supported !== undefined) fail(validateSupportedVersions(flags.supported), '--supported');
  return {
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

class Prompter {
  private readonly rl;
  private readonly output: NodeJS.WritableStream;

  constructor(io: InitIo) {
    this.rl = createInterface({ input: io.input, output: io.output, terminal: false });
    this.output = io.output;
  }

  /** Asks until the answer is valid; an empty answer takes the default. */
  async ask(question: string, fallback: string, validate: (answer: string) => string | undefined = () => undefined): Promise<string> {
    for (;;) {
      const answer = (await this.rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback;
      const problem = validate(answer);
      if (!problem) return answer;
      this.output.write(`  ${problem}\n`);
    }
  }

  async confirm(question: string, fallback: boolean): Promise<boolean> {
    const answer = await this.ask(`${question} (y/n)`, fallback ? 'y' : 'n', (a) => (/^(?:y|yes|n|no)$/i.test(a) ? undefined : 'Answer y or n.'));
    return /^y/i.test(answer);
  }

  close(): void {
    this.rl.close();
  }
}

const optional = (validate: (v: string) => string | undefined) => (v: string) => (v === '' || NONE.test(v) ? undefined : validate(v));
const given = (v: string): string | undefined => (v === '' || NONE.test(v) ? undefined : v);

async function askPolicyAnswers(p: Prompter, defaults: PolicyAnswers, io: InitIo): Promise<PolicyAnswers> {
  const out = (s: string): void => void io.output.write(s);
  out('A SECURITY.md in a few questions. Enter keeps the [default]; "-" leaves an optional answer out.\n');
  const where = location(
    await p.ask('Where (root, .github, docs)', defaults.location, (v) => (location(v) ? undefined : 'Answer root, .github or docs.')),
  ) as PolicyLocation;
  let github: string | undefined;
  let email: string | undefined;
  let formUrl: string | undefined;
  for (;;) {
    github = given(await p.ask('GitHub repository for private vulnerability reporting (owner/repo)', defaults.github ?? '-', optional(validateGithubRepo)));
    email = given(await p.ask('Email for reports', defaults.email ?? '-', optional(validateEmail)));
    formUrl = given(await p.ask('Web form for reports (https://…)', defaults.formUrl ?? '-', optional(validateHttpsUrl)));
    if (github || email || formUrl) break;
    out('  A policy needs at least one way to report: a GitHub repository, an email or a web form.\n');
  }
  const encryptionKeyUrl = given(
    await p.ask('OpenPGP key URL for encrypted reports (https://…)', defaults.encryptionKeyUrl ?? '-', optional(validateHttpsUrl)),
  );
  const ackDays = Number(
    await p.ask(`Acknowledge reports within how many business days (1-${MAX_ACK_DAYS})`, String(defaults.ackDays), (v) => validateAckDays(Number(v))),
  );
  const disclosure = await p.ask(
    'Disclosure window in days (30-180, or none)',
    defaults.disclosureDays === null ? 'none' : String(defaults.disclosureDays),
    (v) => (NONE.test(v) ? undefined : validateDisclosureDays(Number(v))),
  );
  const supported = await p.ask(
    'Supported versions ("3.x, < 3.0"; "-" for the latest release only)',
    formatSupportedVersions(defaults.supported) || '-',
    optional(validateSupportedVersions),
  );
  const scope = await p.confirm('Add a Scope section', defaults.scope);
  const safeHarbor = await p.confirm('Add a Safe Harbor section', defaults.safeHarbor);
  return {
    location: where,
    github,
    email,
    formUrl,
    encryptionKeyUrl,
    ackDays,
    disclosureDays: NONE.test(disclosure) ? null : Number(disclosure),
    supported: given(supported) ? parseSupportedVersions(supported) : [],
    scope,
    safeHarbor,
    today: defaults.today,
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

  let answers = answersFromFlags(flags, facts, io.today);
  let site = flags.site?.trim();
  let languages = parseLanguages(flags.languages ?? 'en');
  let writeTxt = wantsTxt;
  const prompter = io.interactive ? new Prompter(io) : undefined;
  try {
    if (prompter && !existingPolicy) answers = await askPolicyAnswers(prompter, answers, io);
    if (prompter) {
      writeTxt = wantsTxt || (!facts.existingSecurityTxt && (await prompter.confirm(`Also write ${facts.securityTxtPath}`, false)));
      if (writeTxt) {
        site = given(await prompter.ask('Web site serving it, for Canonical (https://…)', site ?? '-', optional(validateHttpsUrl)));
        languages = parseLanguages(await prompter.ask('Preferred languages', languages.join(', '), validateLanguages));
      }
    }
  } finally {
    prompter?.close();
  }

  const written: string[] = [];
  let policyText: string;
  let policyPath: string;
  if (existingPolicy) {
    policyPath = existingPolicy;
    policyText = readFileSync(join(io.cwd, existingPolicy), 'utf8');
    say(`${existingPolicy} exists: kept as it is; the security.txt takes its contacts.\n`);
  } else {
    const problems = validatePolicyAnswers(answers);
    if (problems.length > 0) {
      const noChannel = !answers.github && !answers.email && !answers.formUrl;
      throw new InitError(
        noChannel ? 'No way to report: give --github owner/repo, --email or --form (no GitHub remote was found to default to).' : problems[0],
      );
    }
    policyPath = policyRelativePath(answers.location);
    if (existsSync(join(io.cwd, policyPath))) throw new InitError(`${policyPath} already exists; not overwriting it.`);
    policyText = generateSecurityMd(answers);
  }

  let txtText: string | undefined;
  if (writeTxt) {
    const contacts = existingPolicy ? policyContactsOf(policyText) : securityTxtContacts(answers);
    const github = existingPolicy ? facts.github : answers.github;
    const txtAnswers = {
      contacts,
      encryptionKeyUrl: answers.encryptionKeyUrl,
      policyUrl: github ? githubPolicyUrl(github, location(dirname(policyPath)) ?? 'root') : undefined,
      siteUrl: site,
      languages,
      today: io.today,
    };
    const problems = validateSecurityTxtAnswers(txtAnswers);
    if (problems.length > 0) throw new InitError(contacts.length === 0 ? `${policyPath} names no contact a security.txt can use; add one first.` : problems[0]);
    txtText = generateSecurityTxt(txtAnswers);
  }

  if (!existingPolicy) {
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
