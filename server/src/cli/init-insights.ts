/**
 * `security-policy init --insights`: writes security-insights.yml (2.2.0) prefilled from the repository (SECURITY.md
 * contact and place, git remote, license), asking the same questions as the wizard in a terminal. Never overwrites.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gatherWorkspaceFacts, INSIGHTS_TARGET, policyContactsOf } from '../index';
import { gatherInsightsFacts } from '../kinds/si/facts';
import { generateInsights } from '../kinds/si/generate';
import { insightsProblems } from '../kinds/si/answers';
import { INSIGHTS_QUESTIONS, insightsAnswers, insightsDraft } from '../kinds/si/questions';
import { InitError, nodeWorkspaceReader, type InitFlags, type InitIo } from './init';
import { formatMessage } from '../core/questions';
import { Prompter } from './prompts';
import { INTRO } from './prompt-texts';

export interface InsightsFlags {
  name?: string;
  maintainer?: string;
  license?: string;
  repository?: string;
  email?: string;
}

export async function runInitInsights(flags: InitFlags & InsightsFlags, io: InitIo): Promise<number> {
  const reader = nodeWorkspaceReader(io.cwd);
  const facts = await gatherInsightsFacts(reader, await gatherWorkspaceFacts(reader), policyContactsOf);
  if (facts.existing) {
    throw new InitError(
      `${facts.existing} already exists; not overwriting it. Run "security-policy check ${facts.existing}" to see what it lacks.`,
    );
  }
  const draft = insightsDraft(facts);
  if (flags.name !== undefined) draft.projectName = flags.name;
  if (flags.maintainer !== undefined) draft.maintainer = flags.maintainer;
  if (flags.license !== undefined) draft.licenseExpression = flags.license;
  if (flags.repository !== undefined) draft.repositoryUrl = flags.repository;
  if (flags.email !== undefined) draft.contactEmail = flags.email;
  if (io.interactive) {
    const prompter = new Prompter(io.input, io.output, io.language);
    try {
      io.output.write(`${prompter.say(INTRO, INSIGHTS_TARGET)}\n`);
      await prompter.askAll(INSIGHTS_QUESTIONS, draft);
    } finally {
      prompter.close();
    }
  } else {
    const FLAGS: Record<string, string> = {
      name: '--name',
      repository: '--repository',
      maintainer: '--maintainer',
      license: '--license',
      contact: '--email',
    };
    for (const q of INSIGHTS_QUESTIONS) {
      if (q.kind !== 'text') continue;
      const text = q;
      const value = text.get(draft);
      const invalid = value.trim() === '' ? undefined : text.validate(value);
      // In English, as init's other flag errors.
      const problem =
        value.trim() === '' && !text.optional ? 'no value found in the repository' : invalid && formatMessage(invalid);
      if (problem) throw new InitError(`${FLAGS[q.id] ?? q.id}: ${problem}`);
    }
  }
  const answers = insightsAnswers(draft, io.today);
  const problems = insightsProblems(answers);
  if (problems.length > 0) throw new InitError(`${problems[0]} (--email)`);
  const path = join(io.cwd, INSIGHTS_TARGET);
  if (existsSync(path)) throw new InitError(`${INSIGHTS_TARGET} already exists; not overwriting it.`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, generateInsights(answers), { flag: 'wx' });
  io.output.write(`Wrote ${INSIGHTS_TARGET}\nReview it, then run "security-policy check".\n`);
  return 0;
}
