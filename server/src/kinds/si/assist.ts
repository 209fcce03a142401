/**
 * Completion and hover in security-insights.yml, from the Security Insights schema of the file's shape (2.x, or
 * 1.0.0 for a v1 file): the keys allowed at the cursor's path (found by indentation, so it works while the file is
 * half-written), enum and boolean values, and each field's description on hover.
 */
import type { AssistPosition, HoverText, KindAssist, Proposal } from '../../core/assist';
import { isoDate } from '../../core/dates';
import { InsightsDocument, type InsightsPath } from './document';
import { KIND_WORDS, schemaOf, type FieldInfo } from './schema';

const KEY_LINE = /^( *)(- +)?([\w-]{1,60}) *:(.*)$/;
const DASH_LINE = /^(\s*)-(?:\s|$)/;

/** The mapping path a line at `indent` sits in, read from the lines above it (list items count as index 0). */
export function parentPathAt(lines: readonly string[], line: number, indent: number): (string | number)[] {
  const path: (string | number)[] = [];
  let want = indent;
  for (let i = line - 1; i >= 0 && want > 0; i--) {
    const text = lines[i];
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const lead = text.length - text.trimStart().length;
    const dash = DASH_LINE.exec(text);
    if (dash && lead < want) {
      // Inside a list item: its content is indented past the dash; the list's key is at the dash's indent or less.
      path.unshift(0);
      want = lead + 1;
      continue;
    }
    if (lead >= want) continue;
    const key = KEY_LINE.exec(text);
    if (!key) return path;
    if (key[4].trim() === '' || key[4].trim().startsWith('#')) path.unshift(key[3]);
    else return path;
    want = lead;
  }
  return path;
}

function documentation(f: FieldInfo): string {
  const what = f.kind === 'choice' ? `one of ${f.values!.map((v) => `\`${v}\``).join(', ')}` : KIND_WORDS[f.kind];
  const list = f.itemKind === 'mapping' ? 'a list of entries' : f.itemKind === 'text' ? 'a list of text' : 'a list';
  return `**${f.name}** (${f.required ? 'required' : 'optional'}, ${f.kind === 'list' ? list : what})\n\n${f.description}`;
}

function keyItem(f: FieldInfo, i: number, indent: number): Proposal {
  const inner = ' '.repeat(indent + 2);
  const body =
    f.kind === 'mapping'
      ? `:\n${inner}$0`
      : f.kind === 'list' && f.itemKind === 'mapping'
        ? `:\n${inner}- $0`
        : f.kind === 'list'
          ? `:\n${inner}- $0`
          : ': $0';
  return {
    label: f.name,
    kind: f.kind === 'mapping' || f.kind === 'list' ? 'group' : 'field',
    detail: `${f.required ? 'required' : 'optional'}: ${f.kind === 'choice' ? 'one of the listed values' : KIND_WORDS[f.kind]}`,
    documentation: documentation(f),
    sortText: `${f.required ? 'a' : 'b'}${String(i).padStart(2, '0')}`,
    from: indent,
    newText: `${f.name}${body}`,
    snippet: true,
    suggestAfter: ['choice', 'boolean', 'date', 'version'].includes(f.kind),
  };
}

function valueProposals(f: FieldInfo, now: Date): Array<{ label: string; detail: string }> {
  if (f.kind === 'choice') return f.values!.map((v) => ({ label: v, detail: f.name }));
  if (f.kind === 'boolean') return ['true', 'false'].map((v) => ({ label: v, detail: f.name }));
  if (f.kind === 'date') return [{ label: `'${isoDate(now)}'`, detail: 'today' }];
  if (f.kind === 'version')
    return ['2.2.0', '2.1.0', '2.0.0'].map((v) => ({
      label: v,
      detail: v === '2.2.0' ? 'the latest version' : 'an earlier 2.x version',
    }));
  return [];
}

/** A line typed so far, as [whole, indentation, "- ", key, ": " (when typed), value], like a regex match. */
function splitLine(
  before: string,
): [string, string, string | undefined, string, string | undefined, string] | undefined {
  const indent = /^ */.exec(before)![0];
  let rest = before.slice(indent.length);
  const dash = /^- +/.exec(rest)?.[0];
  rest = rest.slice(dash?.length ?? 0);
  const key = /^[\w-]{0,60}/.exec(rest)![0];
  rest = rest.slice(key.length);
  const colon = /^ *: */.exec(rest)?.[0];
  if (colon === undefined && rest !== '') return undefined;
  return [before, indent, dash, key, colon, rest.slice(colon?.length ?? 0)];
}

function insightsCompletions(at: AssistPosition, now: Date): Proposal[] {
  const lines = at.text.split(/\r?\n/);
  const before = (lines[at.line] ?? '').slice(0, at.character);
  const m = splitLine(before);
  if (!m) return [];
  const indent = m[1].length + (m[2]?.length ?? 0);
  const parent: InsightsPath = [...parentPathAt(lines, at.line, m[2] ? m[1].length + 1 : indent), ...(m[2] ? [0] : [])];
  const schema = schemaOf(new InsightsDocument(at.text).shape);
  if (m[4] === undefined) {
    const present = new Set(siblingKeys(lines, at.line, indent));
    return schema
      .fieldsOf(parent)
      .filter((f) => !present.has(f.name) || f.name === m[3])
      .map((f, i) => keyItem(f, i, indent));
  }
  const field = schema.fieldInfo([...parent, m[3]]);
  if (!field) return [];
  const valueStart = before.length - m[5].length;
  return valueProposals(field, now).map((v, i) => ({
    label: v.label,
    kind: 'value',
    detail: v.detail,
    sortText: String(i).padStart(2, '0'),
    from: valueStart,
    newText: v.label,
  }));
}

/** Keys already written at this indentation in the same mapping, so completion does not offer them twice. */
function siblingKeys(lines: readonly string[], line: number, indent: number): string[] {
  const keys: string[] = [];
  for (const step of [-1, 1]) {
    for (let i = line + step; i >= 0 && i < lines.length; i += step) {
      const text = lines[i];
      if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
      const key = KEY_LINE.exec(text);
      const lead = text.length - text.trimStart().length;
      // "- name: x" starts a list item whose keys sit past the dash.
      const keyIndent = key ? key[1].length + (key[2]?.length ?? 0) : lead;
      if (key && keyIndent === indent) keys.push(key[3]);
      if (lead < indent || (step < 0 && key?.[2]) || (step > 0 && lead === indent && DASH_LINE.test(text))) break;
    }
  }
  return keys;
}

function insightsHover(at: AssistPosition): HoverText | undefined {
  const doc = new InsightsDocument(at.text);
  const key = doc.keyAt(at.offset);
  const info = key && schemaOf(doc.shape).fieldInfo(key.path);
  if (!key || !info) return undefined;
  return { markdown: documentation(info), start: key.span.start, end: key.span.end };
}

export const INSIGHTS_ASSIST: KindAssist = {
  triggers: [':', ' '],
  // A "#" starts a comment, where no key or value is proposed.
  completions: (at, trigger, now) => (trigger === '#' ? [] : insightsCompletions(at, now)),
  hover: insightsHover,
};
