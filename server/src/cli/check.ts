/**
 * `security-policy check`: finds the files, checks them with the engine through the Node host, applies safe fixes
 * with --fix, and prints a report. Files that cannot be checked are named on stderr with the reason.
 */
import { existsSync, lstatSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  checkText,
  DEFAULT_CONFIG,
  fileKindOf,
  fixText,
  isProfile,
  isSearchedPath,
  LineIndex,
  mergeConfigs,
  PROFILES,
  SEARCHED_DIRS,
  type Config,
  type FileKind,
} from '../index';
import { toPosix, walkSecurityFiles } from '../node/files';
import { environmentFor, readConfigFile, todayUtc, WorkspaceHost } from '../node/host';
import { describeFsError, looksBinary, readCheckedFile, replaceFileContent } from '../node/safe-io';
import { fileReport, format, type FileReport, type Format } from './formats';

/** A mistake in how the command was called: exit 2 with this message. */
export class UsageError extends Error {}

export interface CheckFlags {
  format: Format;
  profile?: string;
  fix?: boolean;
  today?: string;
  config?: string;
  color?: boolean;
  kind?: FileKind;
}

const warn = (message: string): void => void process.stderr.write(`${message}\n`);

export function parseToday(value: string | undefined): Date {
  if (value === undefined) return todayUtc();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError(`Invalid --today "${value}", expected YYYY-MM-DD.`);
  }
  return new Date(`${value}T00:00:00Z`);
}

function loadConfig(flags: CheckFlags, cwd: string): Config {
  const file = readConfigFile(cwd, flags.config ? resolve(cwd, flags.config) : undefined);
  if (!file && flags.config) throw new UsageError(`Configuration file not found: ${resolve(cwd, flags.config)}`);
  if (file) {
    const lines = new LineIndex(file.text);
    for (const p of file.parsed.problems) {
      const at = lines.positionAt(p.start);
      warn(`${file.path}:${at.line + 1}:${at.character + 1}: ${p.severity}: ${p.message}`);
    }
    if (file.parsed.problems.some((p) => p.severity === 'error')) throw new UsageError(`Invalid configuration in ${file.path}.`);
  }
  if (flags.profile !== undefined && !isProfile(flags.profile)) {
    throw new UsageError(`Unknown profile "${flags.profile}", expected one of ${PROFILES.join(', ')}.`);
  }
  return mergeConfigs(DEFAULT_CONFIG, file?.parsed.config, flags.profile ? { profile: flags.profile } : undefined);
}

/** The example policy checked when no path is given and the current folder has none. */
function bundledExample(): string {
  const candidates = [
    join(__dirname, '..', 'examples', 'SECURITY.md'),
    join(__dirname, '..', '..', 'examples', 'SECURITY.md'),
    join(__dirname, '..', '..', '..', 'examples', 'SECURITY.md'),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new UsageError('No path given, and the bundled example policy is missing.');
  return found;
}

/** The security files of a folder, where each kind is looked for; links out of the folder are named and skipped. */
function filesInFolder(folder: string): string[] {
  const files = walkSecurityFiles(folder, (path, reason) => warn(`${toPosix(join(folder, path))}: skipped, ${reason}.`));
  return files.filter(isSearchedPath).map((f) => join(folder, f));
}

interface Target {
  path: string;
  /** Given by name: failing to check it is an error (exit 2), not a note. */
  named: boolean;
  /** The folder it was found in, which is its repository (its workspace); named files belong to the current folder. */
  root?: string;
}

function collectTargets(paths: string[], cwd: string): Target[] {
  const targets = new Map<string, Target>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let isFolder: boolean;
    try {
      isFolder = statSync(abs).isDirectory();
    } catch (error) {
      const exists = (() => {
        try {
          return lstatSync(abs) !== undefined;
        } catch {
          return false;
        }
      })();
      throw new UsageError(exists ? `${p}: ${describeFsError(error)}.` : `No such file or folder: ${p}`);
    }
    if (isFolder) for (const f of filesInFolder(abs)) targets.set(f, targets.get(f) ?? { path: f, named: false, root: abs });
    else targets.set(abs, { path: abs, named: true });
  }
  return [...targets.values()];
}

interface Checked {
  report?: FileReport;
  /** Set when a file given by name could not be checked. */
  failed?: boolean;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function checkTarget(target: Target, workspace: WorkspaceHost, config: Config, today: Date, flags: CheckFlags): Checked {
  const shown = workspace.contains(target.path) ? toPosix(relative(workspace.root, target.path)) : target.path;
  const read = readCheckedFile(target.path);
  if (!read.ok) {
    warn(`${shown}: skipped, ${read.reason}.`);
    return { failed: target.named };
  }
  // By name (SECURITY.md, security.txt); other names are read as SECURITY.md unless --kind says otherwise.
  const kind = flags.kind ?? fileKindOf(target.path) ?? 'md';
  const options = { kind, config, env: environmentFor(target.path, kind, today, workspace) };
  let text = read.text;
  if (flags.fix) {
    const fixed = fixText(text, options);
    if (fixed.applied > 0 && fixed.text !== text) {
      // Writing the decoded text back would turn every invalid byte into U+FFFD: such a file is left alone.
      const written =
        isValidUtf8(read.bytes) && !looksBinary(read.bytes)
          ? replaceFileContent(target.path, read.bytes, fixed.text)
          : { ok: false as const, reason: 'not UTF-8 text; not fixed, so that no byte is lost' };
      if (written.ok) text = fixed.text;
      else {
        warn(`${shown}: ${written.reason}.`);
        const again = readCheckedFile(target.path);
        if (again.ok) text = again.text;
      }
    }
  }
  const result = checkText(text, options);
  for (const failure of result.failures) warn(`warning: rule ${failure.ruleId} failed on ${shown}: ${String(failure.error)}`);
  return { report: fileReport(shown, kind, text, result.findings) };
}

export function runCheck(paths: string[], flags: CheckFlags): number {
  const cwd = process.cwd();
  const today = parseToday(flags.today);
  const config = loadConfig(flags, cwd);
  let targets: Target[] = paths.length > 0 ? collectTargets(paths, cwd) : filesInFolder(cwd).map((path) => ({ path, named: false }));
  let workspace = new WorkspaceHost(cwd);
  if (paths.length === 0 && targets.length === 0) {
    const example = bundledExample();
    warn(`No path given and no SECURITY.md here: checking the bundled example ${toPosix(relative(cwd, example))}.`);
    targets = [{ path: example, named: true }];
    workspace = new WorkspaceHost(dirname(example));
  } else if (targets.length === 0) {
    const looked = [...new Set(Object.values(SEARCHED_DIRS).flat())].map((d) => (d ? `${d}/` : 'the root')).join(', ');
    warn(`No SECURITY.md, security.txt or security-insights.yml found in the given folders (looked in ${looked}).`);
  }
  const reports: FileReport[] = [];
  let failed = false;
  const workspaces = new Map<string, WorkspaceHost>([[workspace.root, workspace]]);
  for (const target of targets) {
    const root = target.root ?? workspace.root;
    if (!workspaces.has(root)) workspaces.set(root, new WorkspaceHost(root));
    const checked = checkTarget(target, workspaces.get(root)!, config, today, flags);
    if (checked.report) reports.push(checked.report);
    failed ||= checked.failed === true;
  }
  process.stdout.write(format(reports, flags.format, flags.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR));
  if (failed) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
