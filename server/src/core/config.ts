/**
 * Profiles and per-rule overrides, from editor settings and from the workspace file `.security-policy.json`.
 * A broken file is reported with exact offsets and never stops checking: defaults apply meanwhile.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { isProfile, PROFILES, type ProfileName } from './profiles';
import type { SeverityOrOff } from './types';
import { didYouMean } from './suggest';
import { compileGlob } from './globs';

export {
  effectiveSeverity,
  isProfile,
  PROFILES,
  PROFILE_DEFINITIONS,
  profileSeverity,
  type ProfileName,
} from './profiles';

export const SEVERITIES: readonly SeverityOrOff[] = ['error', 'warning', 'info', 'hint', 'off'];
export const CONFIG_FILE_NAME = '.security-policy.json';

export interface Config {
  profile: ProfileName;
  rules: Record<string, SeverityOrOff>;
  /**
   * A checkout of the organisation's `.github` repository, whose SECURITY.md GitHub gives every repository without
   * one of its own (the CLI's `--org-defaults`); in the configuration file, relative to the file's folder.
   */
  orgDefaults?: string;
  /**
   * Globs of files and folders not to check (as .gitignore reads them: ./globs.ts), relative to the configuration
   * file's folder. Not layered: the nearest configuration file applies as a whole.
   */
  ignores?: string[];
}

/** The settings a configuration file may hold. */
export const CONFIG_KEYS = ['$schema', 'profile', 'rules', 'orgDefaults', 'ignores'] as const;

export const DEFAULT_CONFIG: Config = { profile: 'recommended', rules: {} };

/** Layers configurations: later ones win, rule by rule; a later profile replaces an earlier one. */
export function mergeConfigs(...layers: Array<Partial<Config> | undefined>): Config {
  const result: Config = { profile: DEFAULT_CONFIG.profile, rules: {} };
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.profile) result.profile = layer.profile;
    if (layer.rules) Object.assign(result.rules, layer.rules);
    if (layer.orgDefaults !== undefined) result.orgDefaults = layer.orgDefaults;
    if (layer.ignores !== undefined) result.ignores = layer.ignores;
  }
  return result;
}

export interface ConfigProblem {
  message: string;
  start: number;
  end: number;
  severity: 'error' | 'warning';
}

export interface ParsedConfigFile {
  /** What could be read; rules and profile that were wrong are left out. */
  config: Partial<Config>;
  problems: ConfigProblem[];
}

/** Parses `.security-policy.json` (comments and trailing commas allowed, as in VS Code's own settings). */
export function parseConfigFile(text: string, knownRuleIds: ReadonlySet<string>): ParsedConfigFile {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({
    message: `Invalid JSON: ${describeParseError(printParseErrorCode(e.error))}.`,
    start: e.offset,
    end: e.offset + Math.max(1, e.length),
    severity: 'error',
  }));
  const config: Partial<Config> = {};
  if (!root) return { config, problems };
  if (root.type !== 'object') {
    problems.push(at(root, 'Expected an object such as { "profile": "recommended", "rules": {} }.'));
    return { config: {}, problems };
  }
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (key === '$schema') continue;
    if (key === 'profile') {
      if (isProfile(valueNode.value)) config.profile = valueNode.value;
      else
        problems.push(
          at(valueNode, `Unknown profile ${JSON.stringify(valueNode.value)}, expected one of ${PROFILES.join(', ')}.`),
        );
    } else if (key === 'rules') {
      config.rules = readRules(valueNode, knownRuleIds, problems);
    } else if (key === 'orgDefaults') {
      if (typeof valueNode.value === 'string' && valueNode.value !== '') config.orgDefaults = valueNode.value;
      else problems.push(at(valueNode, 'Expected "orgDefaults" to be the path of a checkout of a .github repository.'));
    } else if (key === 'ignores') {
      config.ignores = readIgnores(valueNode, problems);
    } else {
      const hint = didYouMean(key, CONFIG_KEYS);
      const expected = 'expected "profile", "rules", "ignores" or "orgDefaults"';
      problems.push({
        ...at(keyNode, `Unknown setting "${key}"${hint || `, ${expected}.`}`),
        severity: 'warning',
      });
    }
  }
  return { config, problems };
}

function readRules(node: Node, known: ReadonlySet<string>, problems: ConfigProblem[]): Record<string, SeverityOrOff> {
  const rules: Record<string, SeverityOrOff> = {};
  if (node.type !== 'object') {
    problems.push(
      at(node, 'Expected "rules" to be an object of rule id → "error" | "warning" | "info" | "hint" | "off".'),
    );
    return rules;
  }
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const id = String(keyNode.value);
    if (!known.has(id)) {
      const hint = didYouMean(id, known);
      problems.push({
        ...at(keyNode, hint ? `Unknown rule "${id}"${hint}` : `Unknown rule "${id}".`),
        severity: 'warning',
      });
      continue;
    }
    const value: unknown = valueNode.value;
    if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value))
      rules[id] = value as SeverityOrOff;
    else
      problems.push(
        at(
          valueNode,
          `Invalid severity ${JSON.stringify(value)} for "${id}", expected one of ${SEVERITIES.join(', ')}.`,
        ),
      );
  }
  return rules;
}

/** `ignores`: an array of globs, each one usable. */
function readIgnores(node: Node, problems: ConfigProblem[]): string[] {
  if (node.type !== 'array') {
    problems.push(at(node, 'Expected "ignores" to be an array of globs such as ["docs/**", "archived-*"].'));
    return [];
  }
  const globs: string[] = [];
  for (const item of node.children ?? []) {
    const glob: unknown = item.value;
    const compiled = typeof glob === 'string' ? compileGlob(glob) : { error: 'not a string' };
    if ('error' in compiled)
      problems.push(at(item, `Invalid glob ${JSON.stringify(glob)} in "ignores": ${compiled.error}.`));
    else globs.push(glob as string);
  }
  return globs;
}

function at(node: Node, message: string): ConfigProblem {
  return { message, start: node.offset, end: node.offset + node.length, severity: 'error' };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Reads editor settings (`securityPolicy.profile`, `securityPolicy.rules`) leniently. */
export function configFromSettings(settings: unknown, knownRuleIds: ReadonlySet<string>): Partial<Config> {
  const result: Partial<Config> = {};
  if (!settings || typeof settings !== 'object') return result;
  const { profile, rules } = settings as { profile?: unknown; rules?: unknown };
  if (isProfile(profile)) result.profile = profile;
  if (rules && typeof rules === 'object') {
    result.rules = {};
    for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
      if (knownRuleIds.has(id) && typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) {
        result.rules[id] = value as SeverityOrOff;
      }
    }
  }
  return result;
}
