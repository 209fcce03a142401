/**
 * `check --print-config FILE`, as eslint's: the configuration that applies to a file, resolved: the configuration
 * file read (if any), the profile, and the severity of every rule that checks the file's kind.
 */
import { relative, resolve } from 'node:path';
import { allRuleMetas, effectiveSeverity, fileKindOf, type FileKind } from '../index';
import { readConfigFile } from '../node/host';
import { loadConfig, UsageError, type CheckFlags } from './check';

export function printConfig(file: string, flags: CheckFlags, cwd: string): number {
  const path = resolve(cwd, file);
  const kind: FileKind | undefined = flags.kind ?? fileKindOf(relative(cwd, path).split('\\').join('/'));
  if (kind === undefined)
    throw new UsageError(`${file} is not a file this tool checks by its name; give --kind to say what it is.`);
  const config = loadConfig(flags, cwd);
  const configFile = flags.config ? resolve(cwd, flags.config) : readConfigFile(cwd)?.path;
  const rules: Record<string, string> = {};
  for (const meta of allRuleMetas)
    if (meta.kinds.includes(kind)) rules[meta.id] = effectiveSeverity(meta, config, kind);
  const orgDefaults = config.orgDefaults === undefined ? {} : { orgDefaults: config.orgDefaults };
  const shown = { file: path, kind, configFile: configFile ?? null, profile: config.profile, ...orgDefaults, rules };
  process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  return 0;
}
