/**
 * `check --print-config FILE`, as eslint's: the configuration that applies to a file, resolved as a check resolves
 * it (./configs.ts): the configuration file it comes from (the nearest up to the repository's root, `--config`, else
 * the current folder's), the profile, organisation defaults if set, its ignores, whether the file is ignored, and the
 * severity of every rule that checks the file's kind.
 */
import { relative, resolve } from 'node:path';
import { allRuleMetas, effectiveSeverity, fileKindOf, type FileKind } from '../index';
import { UsageError, type CheckFlags } from './check';
import { checkedIgnores, ConfigResolver, runConfigFile } from './configs';

const warn = (line: string): void => void process.stderr.write(`${line}\n`);

export function printConfig(file: string, flags: CheckFlags, cwd: string): number {
  const path = resolve(cwd, file);
  const kind: FileKind | undefined = flags.kind ?? fileKindOf(relative(cwd, path).split('\\').join('/'));
  if (kind === undefined)
    throw new UsageError(`${file} is not a file this tool checks by its name; give --kind to say what it is.`);
  // The run's own file first: with an error it is the usage error.
  const run = runConfigFile(flags.config, cwd, warn);
  const resolver = new ConfigResolver({
    cwd,
    profile: flags.profile,
    ...(flags.config ? { override: run } : { fallback: run }),
    ignores: checkedIgnores(flags.ignore),
    warn,
  });
  const applied = resolver.forFile(path);
  const config = applied.config;
  const rules: Record<string, string> = {};
  for (const meta of allRuleMetas)
    if (meta.kinds.includes(kind)) rules[meta.id] = effectiveSeverity(meta, config, kind);
  const shown = {
    file: path,
    kind,
    configFile: applied.file?.path ?? null,
    profile: config.profile,
    ...(config.orgDefaults === undefined ? {} : { orgDefaults: config.orgDefaults }),
    ignores: config.ignores ?? [],
    ...(flags.ignore?.length ? { ignoreFlags: flags.ignore } : {}),
    ignored: applied.ignored,
    rules,
  };
  process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  return resolver.failed ? 2 : 0;
}
