/**
 * Ignore globs (`ignores` in `.security-policy.json`, `--ignore` on the command line), read as .gitignore reads
 * them: `*` any characters but `/`, `?` one, `[a-z]` and `[!a]` a class, `{a,b}` either, `**` any number of folders;
 * a glob with no `/` but at its end matches a name at any depth; a folder that matches takes everything in it. A
 * trailing `/` matches folders only (a path with something below it).
 *
 * Matched as code, not as a regular expression: picomatch's expressions for globs such as `**\/docs/**` backtrack
 * polynomially (recheck), and an organisation scan reads globs from every repository's configuration. Here a match
 * costs at most (glob segments × path segments) segment matches, each at most (glob length × name length) steps.
 */
import { trimTrailingSlashes } from './text';

/** Alternatives a glob may expand to with `{a,b}`; past this it is refused as a usage mistake. */
export const MAX_GLOB_EXPANSIONS = 64;
export const MAX_GLOB_LENGTH = 1024;

export interface Glob {
  /** The glob as written. */
  source: string;
  /** Each alternative of its braces, as segments. */
  alternatives: string[][];
  /** No `/` but a trailing one: the last segment of a path at any depth. */
  anyDepth: boolean;
  /** A trailing `/`: folders only. */
  foldersOnly: boolean;
}

/** The alternatives of the first `{…}` group (commas at its own depth), expanded recursively; undefined past the limit. */
function expandBraces(glob: string, budget: { left: number }): string[] | undefined {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < glob.length && close < 0; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) close = i;
    else if (glob[i] === ',' && depth === 1) commas.push(i);
  }
  if (close < 0 || commas.length === 0) return [glob];
  const cuts = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    if (--budget.left < 0) return undefined;
    const expanded = expandBraces(
      glob.slice(0, open) + glob.slice(cuts[k] + 1, cuts[k + 1]) + glob.slice(close + 1),
      budget,
    );
    if (!expanded) return undefined;
    out.push(...expanded);
  }
  return out;
}

/** The glob compiled, or why it cannot be used. */
export function compileGlob(source: string): Glob | { error: string } {
  if (source.trim() === '') return { error: 'an empty glob' };
  if (source.length > MAX_GLOB_LENGTH) return { error: `a glob longer than ${MAX_GLOB_LENGTH} characters` };
  const foldersOnly = source.endsWith('/');
  const body = trimTrailingSlashes(source.replace(/^\.\//, ''));
  const expanded = expandBraces(body, { left: MAX_GLOB_EXPANSIONS });
  if (!expanded) return { error: `more than ${MAX_GLOB_EXPANSIONS} alternatives in braces` };
  const alternatives = expanded.map((g) => g.replace(/^\//, '').split('/'));
  return { source, alternatives, anyDepth: !body.includes('/'), foldersOnly };
}

/** Whether a character matches the class that starts at `pattern[at]` (`[`); and where the class ends. */
function matchClass(pattern: string, at: number, c: string): { matched: boolean; end: number } | undefined {
  let i = at + 1;
  const negated = pattern[i] === '!' || pattern[i] === '^';
  if (negated) i++;
  let matched = false;
  for (let first = true; i < pattern.length && (first || pattern[i] !== ']'); first = false) {
    const lo = pattern[i];
    if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      matched ||= lo <= c && c <= pattern[i + 2];
      i += 3;
    } else {
      matched ||= lo === c;
      i++;
    }
  }
  return i < pattern.length ? { matched: matched !== negated, end: i + 1 } : undefined;
}

/** One path segment against one glob segment (`*`, `?`, classes), by dynamic programming over both. */
export function matchSegment(pattern: string, name: string): boolean {
  // reach[j]: the pattern read so far matches name.slice(0, j).
  let reach = new Array<boolean>(name.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < pattern.length;) {
    const next = new Array<boolean>(name.length + 1).fill(false);
    const p = pattern[i];
    let step = 1;
    if (p === '*') {
      for (let j = 0; j <= name.length; j++) next[j] = reach[j] || (j > 0 && next[j - 1]);
    } else {
      const cls = p === '[' ? matchClass(pattern, i, '') : undefined;
      if (cls) step = cls.end - i;
      for (let j = 1; j <= name.length; j++) {
        if (!reach[j - 1]) continue;
        const c = name[j - 1];
        next[j] = p === '?' ? true : cls ? matchClass(pattern, i, c)!.matched : p === c;
      }
    }
    reach = next;
    i += step;
  }
  return reach[name.length];
}

/** Segments against segments, `**` taking any number of them (none included). */
function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  let reach = new Array<boolean>(path.length + 1).fill(false);
  reach[0] = true;
  for (const p of pattern) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    for (let j = 0; j <= path.length; j++) {
      if (p === '**') next[j] = reach[j] || (j > 0 && next[j - 1]);
      else if (j > 0 && reach[j - 1]) next[j] = matchSegment(p, path[j - 1]);
    }
    reach = next;
  }
  return reach[path.length];
}

/**
 * Whether a path (relative to the glob's folder, `/`-separated) is ignored by the glob: the path itself or one of
 * the folders it lies in matches. A path outside the glob's folder (`../…`) never is.
 */
export function globIgnores(glob: Glob, path: string): boolean {
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments[0] === '..') return false;
  // The path itself (unless the glob wants folders only) and each folder above it.
  const last = glob.foldersOnly ? segments.length - 1 : segments.length;
  for (let n = 1; n <= last; n++) {
    const prefix = segments.slice(0, n);
    for (const alternative of glob.alternatives) {
      if (glob.anyDepth ? matchSegment(alternative[0], prefix[n - 1]) : matchSegments(alternative, prefix)) return true;
    }
  }
  return false;
}
