/**
 * `rules` (the rules with their default severity, as text or JSON), `explain <rule>` (a rule's page in the
 * terminal) and the answer to a mistyped command (`security-policy lint`: "did you mean check?").
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { allRuleMetas, docsUrl, kindDescriptors, knownRuleIds, type RuleMeta } from '../index';
import { closestName } from '../core/suggest';
import { UsageError } from './check';

const RULES_FORMATS = ['text', 'json'] as const;

/** Words people type for a command, from other linters: not typos, so no edit distance finds them. */
const SYNONYMS: Record<string, string> = {
  lint: 'check',
  scan: 'check',
  test: 'check',
  validate: 'check',
  verify: 'check',
  list: 'rules',
  ls: 'rules',
  create: 'init',
  generate: 'init',
  new: 'init',
  describe: 'explain',
  docs: 'explain',
  info: 'explain',
  show: 'explain',
};

/** What `rules --format json` prints for a rule: its metadata without the examples, and its page. */
function ruleJson(m: RuleMeta): Record<string, unknown> {
  return {
    id: m.id,
    kinds: m.kinds,
    defaultSeverity: m.defaultSeverity,
    ...(m.severityByKind ? { severityByKind: m.severityByKind } : {}),
    ...(m.profiles ? { profiles: m.profiles } : {}),
    fixable: m.fixable,
    description: m.description,
    rationale: m.rationale,
    howToFix: m.howToFix,
    url: docsUrl(m.id),
  };
}

function printRules(format: (typeof RULES_FORMATS)[number]): void {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(allRuleMetas.map(ruleJson), null, 2)}\n`);
    return;
  }
  for (const m of allRuleMetas)
    process.stdout.write(
      `${m.id.padEnd(28)} ${m.defaultSeverity.padEnd(8)} ${m.fixable ? 'fix ' : '    '} ${m.description}\n`,
    );
}

/** A rule's page for the terminal: what it finds, why, how to fix it, where its documentation is. */
export function explainText(m: RuleMeta): string {
  const kinds = kindDescriptors()
    .filter((k) => m.kinds.includes(k.id))
    .map((k) => k.displayName);
  const fixable = m.fixable === true ? ', fixable' : m.fixable === 'sometimes' ? ', fixable where certain' : '';
  return [
    `${m.id} (default: ${m.defaultSeverity}${fixable}; checks ${kinds.join(', ')})`,
    '',
    m.description,
    '',
    `Why: ${m.rationale}`,
    '',
    `How to fix: ${m.howToFix}`,
    '',
    `Docs: ${docsUrl(m.id)}`,
    '',
  ].join('\n');
}

function explain(id: string): void {
  const meta = allRuleMetas.find((m) => m.id === id);
  if (!meta) {
    const near = closestName(id, knownRuleIds);
    const hint = near === undefined ? '' : `; did you mean "${near}"?`;
    throw new UsageError(`Unknown rule "${id}"${hint} (security-policy rules lists them).`);
  }
  process.stdout.write(explainText(meta));
}

/** Adds `rules` and `explain` to the program. */
export function addRulesCommands(program: Command): void {
  program
    .command('rules')
    .description('List the rules with their default severity.')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...RULES_FORMATS]).default('text'))
    .action((flags: { format: (typeof RULES_FORMATS)[number] }) => printRules(flags.format));
  program
    .command('explain')
    .description("Print a rule's description, rationale, how to fix it and its documentation URL.")
    .argument('<rule>', 'rule id, as `security-policy rules` lists them')
    .action((id: string) => explain(id));
}

/**
 * A first argument that reads as a command and is none (`security-policy lint`), and is not a file, folder or
 * domain name: the error to give, else undefined (the argument is a path for the default `check`).
 */
export function unknownCommand(program: Command, argv: readonly string[], cwd: string): UsageError | undefined {
  const first = argv[0];
  if (first === undefined || !/^[a-z][a-z0-9-]*$/.test(first)) return undefined;
  const commands = program.commands.map((c) => c.name());
  if (commands.includes(first) || first === 'help' || existsSync(resolve(cwd, first))) return undefined;
  const near = SYNONYMS[first] ?? closestName(first, commands);
  const hint = near === undefined ? '' : `, did you mean "${near}"?`;
  return new UsageError(
    `Unknown command "${first}"${hint} (commands: ${commands.join(', ')}; a path to check must exist).`,
  );
}
