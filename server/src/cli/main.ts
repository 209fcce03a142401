/**
 * `security-policy`: the command-line front end over the engine, for CI and terminals.
 * Exit codes: 0 no error-severity finding, 1 at least one, 2 usage or configuration error, a named file that could
 * not be checked, a file or folder that could not be read, or a folder given by name with nothing to check in it.
 * `check --diff` checks nothing and exits as ruff's `--diff` does: 1 when `--fix` would change a file, else 0 (and 2
 * as above), so that a CI step fails on what `--fix` would repair.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CONFIG_FILE_NAME, FILE_KINDS, isFileKind, kindDescriptors, PROFILES, type FileKind } from '../index';
import { InitError, type InitFlags } from './init';
import { type InsightsFlags } from './init-insights';
import { runInitCommand } from './init-command';
import { parseToday, runCheck, UsageError, type CheckFlags } from './check';
import { FORMATS, VERSION } from './formats';
import { liveCheckOptions } from './live/options';
import { isLiveCheck, runLiveCheck, type LiveFlags } from './live/run';
import { addRulesCommands, unknownCommand } from './rules-commands';
import { parseMaxWarnings } from './thresholds';
import { printConfig } from './print-config';
import { environmentLocale, environmentPolicyLanguage, promptLanguage } from './locale';
import { runShardCheck } from './check-shard';
import { addMergeCommands, addScanOptions } from './merge-commands';

/** Earlier spellings of a kind's id, still accepted. */
const KIND_ALIASES: Record<string, string> = { insights: 'si' };

function parseKind(value: string): FileKind {
  const kind = KIND_ALIASES[value] ?? value;
  if (!isFileKind(kind)) throw new InvalidArgumentError(`Allowed choices are ${FILE_KINDS.join(', ')}.`);
  return kind;
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new InvalidArgumentError('Expected a whole number from 1 to 256.');
  return n;
}

/** Each command's action sets the exit code through this. */
type SetExitCode = (code: number) => void;

function addCheckCommand(program: Command, setExitCode: SetExitCode): void {
  const check = program
    .command('check', { isDefault: true })
    .description(
      'Check policies: files by name, folders where each kind is looked for (SECURITY.md: root, .github/, docs/; security.txt: .well-known/, public/, static/; security-insights.yml: root, .github/). A folder that is not a repository but holds repositories (repo, org/repo or host/org/repo) has each of them checked.',
    )
    .argument(
      '[paths...]',
      'files or folders (default: the current folder, else a bundled example); or https:// URLs and domain names, whose served security.txt is fetched and checked',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('text'))
    .addOption(new Option('-p, --profile <profile>', 'rule profile').choices([...PROFILES]))
    .option('--fix', 'apply safe fixes (mojibake, https, mailto:, anchors) in place')
    .option('--diff', 'print what --fix would change as a unified diff, and write nothing (exit 1 if any)')
    .option('--fix-dry-run', 'the same as --diff')
    .option('-q, --quiet', 'report errors only (warnings are neither shown nor counted)')
    .addOption(
      new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this').argParser(parseMaxWarnings),
    )
    .option('--today <YYYY-MM-DD>', 'the date the date rules treat as today')
    .option('-c, --config <file>', `configuration file (default: ./${CONFIG_FILE_NAME})`)
    .addOption(
      new Option(
        '--kind <kind>',
        `read the given files as ${kindDescriptors()
          .map((k) => `${k.displayName} (${k.id})`)
          .join(', ')}, whatever their names`,
      ).argParser(parseKind),
    )
    .option('--no-color', 'plain text output')
    .addOption(
      new Option(
        '--workers <n>',
        'worker threads for many repositories (default: one per core; 1 checks in the main thread)',
      ).argParser(parseWorkers),
    )
    .option(
      '--org-defaults <path>',
      "a checkout of the organisation's .github repository: its SECURITY.md is the policy of repositories without one (as on GitHub)",
    )
    .option('--print-config <file>', 'print the configuration that applies to a file, as JSON, and check nothing')
    .option(
      '--ignore <glob>',
      'do not check files or repositories the glob names, relative to the current folder (as .gitignore; repeatable)',
      (glob: string, globs: string[] = []) => [...globs, glob],
    )
    .option(
      '--fallback-example',
      'with no path given and no SECURITY.md here, check the bundled example instead (what `npm start` does)',
    )
    .option(
      '--locale <tag>',
      'messages in this language where they have it: de, es, fr, pt, it, ru, zh, ja, ko, or en (default: the first of LC_ALL, LC_MESSAGES and LANG that is set, as de_DE.UTF-8; English for C, POSIX or none); JSON, JSON Lines and SARIF keep the English message and add localizedMessage',
    )
    .action(async (paths: string[], flags: CheckFlags & LiveFlags & { printConfig?: string }) =>
      setExitCode(await checkAction(paths, flags)),
    );
  for (const option of liveCheckOptions()) check.addOption(option);
}

/** `--diff` prints diffs only: it takes no other format, and applies to local files alone. */
function diffFlags(paths: string[], flags: CheckFlags & LiveFlags & { fixDryRun?: boolean }): void {
  flags.diff ||= flags.fixDryRun === true;
  if (!flags.diff) return;
  if (flags.format !== 'text')
    throw new UsageError(`--diff prints a unified diff; it takes no --format ${flags.format}.`);
  if (isLiveCheck(paths, flags, process.cwd()))
    throw new UsageError(
      '--diff shows what --fix would change in local files; it takes no URL, --online, --key, --urls or --compare.',
    );
}

async function checkAction(
  paths: string[],
  flags: CheckFlags & LiveFlags & { printConfig?: string; fixDryRun?: boolean },
): Promise<number> {
  diffFlags(paths, flags);
  flags.locale ??= environmentLocale(process.env);
  if (flags.printConfig !== undefined) return printConfig(flags.printConfig, flags, process.cwd());
  if (isLiveCheck(paths, flags, process.cwd())) return runLiveCheck(paths, flags);
  return flags.shard ? runShardCheck(paths, { ...flags, shard: flags.shard }) : runCheck(paths, flags);
}

function addInitCommand(program: Command, setExitCode: SetExitCode): void {
  program
    .command('init')
    .description(
      'Write a SECURITY.md (and with --security-txt a security.txt; with --insights a security-insights.yml) from answers: prompts in a terminal, else flags. Never overwrites.',
    )
    .option('--email <address>', 'email for reports')
    .option(
      '--github <owner/repo>',
      'GitHub repository for private vulnerability reporting (default: the origin remote; "-" for none)',
    )
    .option('--form <url>', 'https:// web form for reports')
    .option('--key <url>', 'https:// URL of the OpenPGP key for encrypted reports')
    .option('--ack-days <n>', 'business days to acknowledge a report (1-10, default 3)')
    .option('--disclosure-days <n>', 'coordinated-disclosure window (30-180 or "none", default 90)')
    .option(
      '--supported <versions>',
      'supported versions, e.g. "3.x, < 3.0" (default: from package.json, Cargo.toml, pyproject.toml or git tags)',
    )
    .option('--dir <where>', 'root, .github or docs (default root)')
    .option(
      '--lang <code>',
      'language of the SECURITY.md and the security.txt comments: en, de, es, fr, pt, it, ru, zh, ja or ko (default: the language of LC_ALL, LC_MESSAGES or LANG when it is one of these, else en); the questions are asked in the language of those variables, else in this one',
    )
    .option('--no-scope', 'leave out the Scope section')
    .option('--no-safe-harbor', 'leave out the Safe Harbor section')
    .option('--security-txt', 'also write .well-known/security.txt (public/ or static/ when a site generator uses one)')
    .option('--site <url>', 'https:// site that serves the security.txt (gives Canonical)')
    .option('--languages <tags>', 'Preferred-Languages of the security.txt (default "en")')
    .option(
      '--insights',
      'write security-insights.yml (OpenSSF Security Insights 2.2.0) from SECURITY.md, the git remote and the license',
    )
    .option(
      '--name <name>',
      'project name for --insights (default: package.json, Cargo.toml, pyproject.toml or the repository name)',
    )
    .option('--maintainer <name>', 'administrator and core team for --insights (default: "<owner> maintainers")')
    .option('--license <spdx>', 'license expression for --insights (default: from the manifest or the LICENSE file)')
    .option('--repository <url>', 'repository URL for --insights (default: the git remote)')
    .option('--today <YYYY-MM-DD>', 'the issuance date')
    .option('--with-config', 'also write .security-policy.json, naming its JSON schema with $schema')
    .option('-y, --yes', 'ask nothing: flags and defaults only')
    .action(async (flags: InitFlags & InsightsFlags & { today?: string; insights?: boolean; withConfig?: boolean }) => {
      const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true && flags.yes !== true;
      flags.lang ??= environmentPolicyLanguage(process.env);
      const io = {
        cwd: process.cwd(),
        today: parseToday(flags.today),
        input: process.stdin,
        output: process.stdout,
        interactive,
        language: promptLanguage(flags.lang, environmentLocale(process.env)),
      };
      setExitCode(await runInitCommand(flags, io));
    });
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let exitCode = 0;
  const setExitCode: SetExitCode = (code) => void (exitCode = code);
  program
    .name('security-policy')
    .description('Checks SECURITY.md files so that vulnerability reporters can reach you.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  addCheckCommand(program, setExitCode);
  addScanOptions(program.commands.find((c) => c.name() === 'check')!);
  addInitCommand(program, setExitCode);
  addRulesCommands(program);
  addMergeCommands(program, setExitCode);
  try {
    const mistyped = unknownCommand(program, argv, process.cwd());
    if (mistyped) throw mistyped;
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError || error instanceof InitError) {
      process.stderr.write(`security-policy: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`security-policy: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return 2;
  }
}

if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: stop quietly instead of failing on the next write.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
