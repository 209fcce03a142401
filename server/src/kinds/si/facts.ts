/** What the workspace already says that a new security-insights.yml should repeat: read through the host's reader. */
import { INSIGHTS_DIRS, SECURITY_INSIGHTS } from './locations';
import { tomlValue, type WorkspaceReader } from '../../core/workspace-facts';
import { fileUrl } from './answers';

export interface InsightsFacts {
  repositoryUrl?: string;
  projectName?: string;
  licenseExpression?: string;
  /** Where the license text is, when a LICENSE file was found. */
  licenseUrl?: string;
  contactEmail?: string;
  policyUrl?: string;
  /** An existing security-insights.yml (never overwritten). */
  existing?: string;
}

const LICENSE_TEXTS: Array<[RegExp, string]> = [
  [/^\s*MIT License/i, 'MIT'],
  [/Apache License,?\s+Version 2\.0/i, 'Apache-2.0'],
  [/GNU AFFERO GENERAL PUBLIC LICENSE\s+Version 3/i, 'AGPL-3.0-only'],
  [/GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3/i, 'LGPL-3.0-only'],
  [/GNU GENERAL PUBLIC LICENSE\s+Version 3/i, 'GPL-3.0-only'],
  [/GNU GENERAL PUBLIC LICENSE\s+Version 2/i, 'GPL-2.0-only'],
  [/Mozilla Public License,?\s+(?:Version|v\.?)\s*2\.0/i, 'MPL-2.0'],
  [/BSD 3-Clause|Neither the name of the copyright holder/i, 'BSD-3-Clause'],
  [/ISC License/i, 'ISC'],
  [/This is free and unencumbered software released into the public domain/i, 'Unlicense'],
];

function licenseFromText(text: string): string | undefined {
  const head = text.slice(0, 4000);
  return LICENSE_TEXTS.find(([pattern]) => pattern.test(head))?.[1];
}

function jsonField(text: string | undefined, key: string): string | undefined {
  try {
    const value = (JSON.parse(text ?? '') as Record<string, unknown>)[key];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

interface Manifests {
  pkg?: string;
  cargo?: string;
  pyproject?: string;
}

async function licenseOf(
  reader: WorkspaceReader,
  root: string[],
  { pkg, cargo, pyproject }: Manifests,
): Promise<{ expression?: string; file?: string }> {
  const file = root.find((n) => /^(?:LICEN[CS]E|COPYING)(?:\.(?:md|txt))?$/i.test(n));
  const declared =
    jsonField(pkg, 'license') ??
    (cargo ? tomlValue(cargo, ['package', 'workspace.package'], 'license') : undefined) ??
    (pyproject ? tomlValue(pyproject, ['project', 'tool.poetry'], 'license') : undefined);
  const fromFile = file ? licenseFromText((await reader.readText(file)) ?? '') : undefined;
  return { expression: declared ?? fromFile, file };
}

/**
 * `contactsOf` gives a policy's contacts as URIs (mailto: first): the CLI parses the policy itself, the editor asks
 * the language server, so the client does not bundle the Markdown parser.
 */
export async function gatherInsightsFacts(
  reader: WorkspaceReader,
  facts: { repositoryUrl?: string; existingPolicies: readonly string[] },
  contactsOf: (policyText: string) => string[] | Promise<string[]>,
): Promise<InsightsFacts> {
  const root = await reader.list('');
  const repositoryUrl = facts.repositoryUrl;
  const pkg = await reader.readText('package.json');
  const cargo = await reader.readText('Cargo.toml');
  const pyproject = await reader.readText('pyproject.toml');
  const projectName =
    jsonField(pkg, 'name')?.replace(/^@[^/]+\//, '') ??
    (cargo ? tomlValue(cargo, ['package'], 'name') : undefined) ??
    (pyproject ? tomlValue(pyproject, ['project', 'tool.poetry'], 'name') : undefined) ??
    repositoryUrl?.split('/').pop();
  const license = await licenseOf(reader, root, { pkg, cargo, pyproject });
  const policyPath = facts.existingPolicies[0];
  const policyText = policyPath ? await reader.readText(policyPath) : undefined;
  const email = policyText
    ? (await contactsOf(policyText)).find((c) => c.startsWith('mailto:'))?.slice('mailto:'.length)
    : undefined;
  let existing: string | undefined;
  for (const dir of INSIGHTS_DIRS) {
    const names = dir ? await reader.list(dir) : root;
    const name = names.find((n) => SECURITY_INSIGHTS.test(n));
    if (name) {
      existing = dir ? `${dir}/${name}` : name;
      break;
    }
  }
  return {
    repositoryUrl,
    projectName,
    licenseExpression: license.expression,
    licenseUrl: license.file && repositoryUrl ? fileUrl(repositoryUrl, license.file, false) : undefined,
    contactEmail: email,
    policyUrl: policyPath && repositoryUrl ? fileUrl(repositoryUrl, policyPath, false) : undefined,
    existing,
  };
}
