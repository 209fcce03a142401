/**
 * `security-policy`: the command-line front end over the engine, for CI and terminals.
 * Exit codes: 0 no error-severity finding, 1 at least one, 2 usage or configuration error.
 */
import { Command, CommanderError, Option } from 'commander';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readTextFile, toPosix, walkSecurityFiles, workspacePolicyContacts } from './node/files';
import { InitError, runInit, type InitFlags } from './node/init';
import { dirname, join, relative, resolve } from 'node:path';
import {
  allRuleMetas,
  checkText,
  CONFIG_FILE_NAME,
  DEFAULT_CONFIG,
  docsUrl,
  fileKindOf,
  fixText,
  isProfile,
  knownRuleIds,
  LineIndex,
  mergeConfigs,
  parseConfigFile,
  PROFILES,
  type Config,
  type FileKind,
  type Finding,
  type Severity,
} from './index';

declare const PACKAGE_VERSION: string;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';

class UsageError extends Error {}

interface FileReport {
  file: string;
  kind: FileKind;
  diagnostics: Array<{
    rule: string;
    severity: Severity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    fixable: boolean;
  }>;
}

interface CheckFlags {
  format: 'text' | 'json' | 'sarif';
  profile?: string;
  fix?: boolean;
  today?: string;
  config?: string;
  color?: boolean;
  kind?: FileKind;
}

/** The example policy checked when no path is given and the current folder has none. */
function bundledExample(): string {
  const candidates = [join(__dirname, '..', 'examples', 'SECURITY.md'), join(__dirname, '..', '..', 'examples', 'SECURITY.md')];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new UsageError('No path given, and the bundled example policy is missing.');
  return found;
}

const POLICY_PLACES = ['', '.github/', 'docs/'];
const SECURITY_TXT_PLACES = ['', '.well-known/', 'public/', 'public/.well-known/', 'static/', 'static/.well-known/'];

/**
 * The security files a folder holds where they are looked for: SECURITY.md in the root, .github/ and docs/ (any
 * case, localized copies too), security.txt in .well-known/, public/, static/ and the root.
 */
function policiesInFolder(folder: string, workspaceFiles: readonly string[], root: string): string[] {
  const rel = toPosix(relative(root, folder));
  const prefix = rel === '' ? '' : `${rel}/`;
  const places = { md: new Set(POLICY_PLACES.map((p) => prefix + p)), txt: new Set(SECURITY_TXT_PLACES.map((p) => prefix + p)), si: new Set<string>() };
  return workspaceFiles
    .filter((f) => {
      const kind = fileKindOf(f);
      return kind !== undefined && places[kind].has(f.slice(0, f.lastIndexOf('/') + 1));
    })
    .map((f) => join(root, f));
}

function parseToday(value: string | undefined): Date {
  if (value === undefined) {
    const now = new Date();
    return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError(`Invalid --today "${value}", expected YYYY-MM-DD.`);
  }
  return new Date(`${value}T00:00:00Z`);
}

function loadConfig(flags: CheckFlags, cwd: string): Config {
  const path = flags.config ? resolve(cwd, flags.config) : join(cwd, CONFIG_FILE_NAME);
  let fileConfig: Partial<Config> | undefined;
  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8');
    const parsed = parseConfigFile(text, knownRuleIds);
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    const lines = new LineIndex(text);
    for (const p of parsed.problems) {
      const at = lines.positionAt(p.start);
      process.stderr.write(`${path}:${at.line + 1}:${at.character + 1}: ${p.severity}: ${p.message}\n`);
    }
    if (errors.length > 0) throw new UsageError(`Invalid configuration in ${path}.`);
    fileConfig = parsed.config;
  } else if (flags.config) {
    throw new UsageError(`Configuration file not found: ${path}`);
  }
  if (flags.profile !== undefined && !isProfile(flags.profile)) {
    throw new UsageError(`Unknown profile "${flags.profile}", expected one of ${PROFILES.join(', ')}.`);
  }
  return mergeConfigs(DEFAULT_CONFIG, fileConfig, flags.profile ? { profile: flags.profile as Config['profile'] } : undefined);
}

interface Targets {
  targets: string[];
  root: string;
  usedExample: boolean;
  /** The security files under the root, walked once (empty when checking the bundled example). */
  workspaceFiles: string[];
}

function collectTargets(paths: string[], cwd: string): Targets {
  const root = cwd;
  if (paths.length === 0) {
    const workspaceFiles = walkSecurityFiles(root);
    const found = policiesInFolder(root, workspaceFiles, root);
    if (found.length > 0) return { targets: found, root, usedExample: false, workspaceFiles };
    return { targets: [bundledExample()], root, usedExample: true, workspaceFiles: [] };
  }
  const targets: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new UsageError(`No such file or folder: ${p}`);
    if (statSync(abs).isDirectory()) targets.push(...policiesInFolder(abs, walkSecurityFiles(abs), abs));
    else targets.push(abs);
  }
  return { targets: [...new Set(targets)], root, usedExample: false, workspaceFiles: walkSecurityFiles(root) };
}

interface CheckContext {
  root: string;
  config: Config;
  today: Date;
  workspaceFiles: readonly string[];
  /** Contacts of the workspace's SECURITY.md, read once for every security.txt checked. */
  policyContacts: () => string[] | undefined;
  fix: boolean;
  forcedKind?: FileKind;
}

function checkFile(path: string, { root, config, today, workspaceFiles, policyContacts, fix, forcedKind }: CheckContext): { report: FileReport; text: string; findings: Finding[] } | undefined {
  // By name (SECURITY.md, security.txt); other names are read as SECURITY.md unless --kind says otherwise.
  const kind = forcedKind ?? fileKindOf(path) ?? 'md';
  let text = readTextFile(path);
  const relativePath = toPosix(relative(root, path));
  const fileDir = dirname(path);
  const env = {
    today,
    relativePath: relativePath.startsWith('..') ? undefined : relativePath,
    workspaceFiles,
    policyContacts: kind === 'txt' ? policyContacts() : undefined,
    fileExists: (target: string) => existsSync(target.startsWith('/') ? join(root, target) : resolve(fileDir, target)),
  };
  const options = { kind, config, env };
  if (fix && !text.includes('\u0000')) {
    const fixed = fixText(text, options);
    if (fixed.applied > 0 && fixed.text !== text) {
      writeFileSync(path, fixed.text, 'utf8');
      text = fixed.text;
    }
  }
  const result = checkText(text, options);
  for (const failure of result.failures) {
    process.stderr.write(`warning: rule ${failure.ruleId} failed on ${path}: ${String(failure.error)}\n`);
  }
  const lines = new LineIndex(text);
  const displayPath = relativePath.startsWith('..') ? path : relativePath;
  return {
    text,
    findings: result.findings,
    report: {
      file: displayPath,
      kind,
      diagnostics: result.findings.map((f) => {
        const s = lines.positionAt(f.start);
        const e = lines.positionAt(f.end);
        return {
          rule: f.ruleId,
          severity: f.severity,
          message: f.message,
          line: s.line + 1,
          column: s.character + 1,
          endLine: e.line + 1,
          endColumn: e.character + 1,
          fixable: f.fix !== undefined,
        };
      }),
    },
  };
}

function formatText(reports: FileReport[], color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const colors: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '90' };
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  for (const r of reports) {
    if (r.diagnostics.length === 0) continue;
    out.push(paint('4', r.file));
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      if (d.fixable) fixable++;
      out.push(`  ${`${d.line}:${d.column}`.padEnd(8)} ${paint(colors[d.severity], d.severity.padEnd(7))} ${d.message}  ${paint('90', d.rule)}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  out.push(
    total === 0
      ? `No problems in ${reports.length} file${reports.length === 1 ? '' : 's'}.`
      : `${total} problem${total === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info, ${counts.hint} hint) in ${reports.length} file${reports.length === 1 ? '' : 's'}.` +
          (fixable > 0 ? ` ${fixable} fixable.` : ''),
  );
  return out.join('\n') + '\n';
}

function formatSarif(reports: FileReport[]): string {
  const level = (s: Severity): string => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const ruleIndex = new Map(allRuleMetas.map((m, i) => [m.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'security-policy',
            version: VERSION,
            informationUri: 'https://github.com/security-policy/security-policy',
            rules: allRuleMetas.map((m) => ({
              id: m.id,
              name: m.id.replace(/(^|-)([a-z0-9])/g, (_s, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: m.description },
              fullDescription: { text: m.rationale },
              help: { text: m.howToFix, markdown: m.howToFix },
              helpUri: docsUrl(m.id),
              defaultConfiguration: { level: level(m.defaultSeverity) },
              properties: { tags: ['security', 'documentation'] },
            })),
          },
        },
        results: reports.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.rule,
            ruleIndex: ruleIndex.get(d.rule) ?? 0,
            level: level(d.severity),
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function runCheck(paths: string[], flags: CheckFlags): number {
  const cwd = process.cwd();
  const today = parseToday(flags.today);
  const config = loadConfig(flags, cwd);
  const { targets, root, usedExample, workspaceFiles } = collectTargets(paths, cwd);
  if (usedExample) {
    process.stderr.write(`No path given and no SECURITY.md here: checking the bundled example ${toPosix(relative(cwd, targets[0]))}.\n`);
  } else if (targets.length === 0) {
    process.stderr.write('No SECURITY.md or security.txt found in the given folders (looked in the root, .github/, docs/, .well-known/, public/ and static/).\n');
  }
  let contacts: { value: string[] | undefined } | undefined;
  const policyContacts = (): string[] | undefined => (contacts ??= { value: workspacePolicyContacts(root, workspaceFiles) }).value;
  const reports: FileReport[] = [];
  for (const t of targets) {
    const checked = checkFile(t, {
      root: usedExample ? dirname(t) : root,
      config,
      today,
      workspaceFiles,
      policyContacts,
      fix: flags.fix === true,
      forcedKind: flags.kind,
    });
    if (checked) reports.push(checked.report);
  }
  const output = flags.format === 'json' ? JSON.stringify(reports, null, 2) + '\n' : flags.format === 'sarif' ? formatSarif(reports) : formatText(reports, flags.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR);
  process.stdout.write(output);
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let exitCode = 0;
  program
    .name('security-policy')
    .description('Checks SECURITY.md files so that vulnerability reporters can reach you.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  program
    .command('check', { isDefault: true })
    .description('Check policies: files by name, folders where GitHub looks (root, .github/, docs/).')
    .argument('[paths...]', 'files or folders (default: the current folder, else a bundled example)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .addOption(new Option('-p, --profile <profile>', 'rule profile').choices([...PROFILES]))
    .option('--fix', 'apply safe fixes (mojibake, https, mailto:, anchors) in place')
    .option('--today <YYYY-MM-DD>', 'the date the date rules treat as today')
    .option('-c, --config <file>', `configuration file (default: ./${CONFIG_FILE_NAME})`)
    .addOption(new Option('--kind <kind>', 'read the given files as SECURITY.md (md) or security.txt (txt), whatever their names').choices(['md', 'txt']))
    .option('--no-color', 'plain text output')
    .action((paths: string[], flags: CheckFlags) => {
      exitCode = runCheck(paths, flags);
    });
  program
    .command('init')
    .description('Write a SECURITY.md (and with --security-txt a security.txt) from answers: prompts in a terminal, else flags. Never overwrites.')
    .option('--email <address>', 'email for reports')
    .option('--github <owner/repo>', 'GitHub repository for private vulnerability reporting (default: the origin remote; "-" for none)')
    .option('--form <url>', 'https:// web form for reports')
    .option('--key <url>', 'https:// URL of the OpenPGP key for encrypted reports')
    .option('--ack-days <n>', 'business days to acknowledge a report (1-10, default 3)')
    .option('--disclosure-days <n>', 'coordinated-disclosure window (30-180 or "none", default 90)')
    .option('--supported <versions>', 'supported versions, e.g. "3.x, < 3.0" (default: from package.json, Cargo.toml, pyproject.toml or git tags)')
    .option('--dir <where>', 'root, .github or docs (default root)')
    .option('--no-scope', 'leave out the Scope section')
    .option('--no-safe-harbor', 'leave out the Safe Harbor section')
    .option('--security-txt', 'also write .well-known/security.txt (public/ or static/ when a site generator uses one)')
    .option('--site <url>', 'https:// site that serves the security.txt (gives Canonical)')
    .option('--languages <tags>', 'Preferred-Languages of the security.txt (default "en")')
    .option('--today <YYYY-MM-DD>', 'the issuance date')
    .option('-y, --yes', 'ask nothing: flags and defaults only')
    .action(async (flags: InitFlags & { today?: string }) => {
      const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true && flags.yes !== true;
      exitCode = await runInit(flags, { cwd: process.cwd(), today: parseToday(flags.today), input: process.stdin, output: process.stdout, interactive });
    });
  program
    .command('rules')
    .description('List the rules with their default severity.')
    .action(() => {
      for (const m of allRuleMetas) process.stdout.write(`${m.id.padEnd(28)} ${m.defaultSeverity.padEnd(8)} ${m.fixable ? 'fix ' : '    '} ${m.description}\n`);
    });
  try {
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
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
