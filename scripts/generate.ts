/**
 * Generates everything that follows from the rule metadata, so it can never drift from the code:
 * - docs/rules/<id>.md, one page per rule, with the rule's own examples (which the tests also run);
 * - the `contributes` section of package.json (settings per rule, commands, snippets, JSON validation);
 * - package.nls.json, the English texts of the contributions, by the keys package.json names (./nls.ts);
 * - schemas/security-policy.schema.json for `.security-policy.json`;
 * - the rules table in README.md (between the markers).
 * `tsx scripts/generate.ts --check` fails instead of writing when anything is out of date (used by the tests).
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { recognisedSection } from './lexicon-docs';
import { nls, nlsFile, nlsGenerated } from './nls';
import { MAX_GLOB_LENGTH } from '../server/src/core/globs';
import {
  allRuleMetas,
  allRules,
  docsUrl,
  defaultKind,
  kindDescriptor,
  kindDescriptors,
  type FileKind,
  PROFILES,
  PROFILE_DEFINITIONS,
  profileSeverity,
  SEVERITIES,
  CONFIG_FILE_NAME,
  type RuleExample,
  type RuleMeta,
  type DeployedCopy,
  type ServedFile,
  type SignatureCheck,
} from '../server/src';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');
const stale: string[] = [];

function write(path: string, content: string): void {
  const full = join(root, path);
  const current = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  if (current === content) return;
  if (check) {
    stale.push(path);
    return;
  }
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
}

const SEVERITY_WORDS: Record<string, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  hint: 'Hint',
  off: 'Off (on under the profiles below)',
};
const fence = (text: string, kind: FileKind = defaultKind()): string => {
  const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((m) => m.length));
  const ticks = '`'.repeat(longest + 1);
  const shown = text.replace(/\uFEFF/g, '<BOM>');
  return `${ticks}${kindDescriptor(kind).fenceLanguage}\n${shown.endsWith('\n') ? shown : `${shown}\n`}${ticks}`;
};

/** "error under osps-l2, osps-l3; warning under strict": where a profile differs from recommended. */
function profileLine(meta: RuleMeta): string {
  const kind = meta.kinds[0] ?? defaultKind();
  const base = profileSeverity(meta, 'recommended', kind);
  const bySeverity = new Map<string, string[]>();
  for (const p of PROFILES) {
    const severity = profileSeverity(meta, p, kind);
    if (severity !== base) bySeverity.set(severity, [...(bySeverity.get(severity) ?? []), p]);
  }
  return (
    [...bySeverity]
      .map(([severity, profiles]) => `${severity} under ${profiles.map((p) => `\`${p}\``).join(', ')}`)
      .join('; ') || 'the same under every profile'
  );
}

/** Rules that check a repository as a whole (a file it lacks): their examples are repositories, not texts. */
const REPOSITORY_RULES = new Set(allRules.filter((r) => r.repository).map((r) => r.meta.id));
const checksRepository = (meta: RuleMeta): boolean => REPOSITORY_RULES.has(meta.id);

/** How to silence the rule in each kind of file it checks, in that kind's own comment syntax. */
function disableHelp(meta: RuleMeta): string {
  if (checksRepository(meta))
    return `The finding is about the repository, not a place in a file: no comment silences it. A \`${CONFIG_FILE_NAME}\` in the repository turns it off there.`;
  const lines = meta.kinds.map((kind) => {
    const c = (body: string): string =>
      `\`${kindDescriptor(kind).comments.write(`security-policy-${body} ${meta.id}`)}\``;
    const line = kindDescriptor(kind).comments.trailing
      ? `${c('disable-line')} at the end of the line`
      : `${c('disable-next-line')} on the line before`;
    return `- ${kindDescriptor(kind).displayName}: ${line}, or ${c('disable')} … ${c('enable')} around a passage (at the top: the whole file).`;
  });
  return ['To silence one place:', '', ...lines].join('\n');
}

/** How an example of the live check was served: "fetched from `URL`, redirected to …, answered 404 …". */
function servedLine(s: ServedFile): string {
  const parts = [
    `fetched from \`${s.url}\``,
    ...s.redirects.map((r) => `redirected to \`${r}\``),
    s.failure ? `failed: \`${JSON.stringify(s.failure)}\`` : undefined,
    s.status !== undefined && !s.failure ? `answered ${s.status}${s.statusText ? ` ${s.statusText}` : ''}` : undefined,
    s.status === 200 && !s.failure && !s.tooLargeAt
      ? s.contentType === undefined
        ? 'no Content-Type'
        : `Content-Type \`${s.contentType}\``
      : undefined,
    s.html && 'an HTML page',
    s.tooLargeAt !== undefined && `more than ${s.tooLargeAt} bytes`,
    s.legacyOnly && `\`${s.legacyOnly.url}\` ${s.legacyOnly.answer}`,
    s.differsFrom && `\`${s.differsFrom}\` serves another file`,
  ];
  return parts.filter(Boolean).join(', ');
}

/** What a deployed copy is, for an example: the answer, or "is the file below". */
function deployedLine(d: DeployedCopy): string {
  if (d.text === undefined) return servedLine(d.served).replace(/^fetched from `[^`]*`, /, '');
  return 'is the second file below';
}

/** What verifying an example's signature found: "verified with the key from `…`: good, by …, made …". */
function signatureLine(c: SignatureCheck): string {
  const key = c.key
    ? `key ${c.key.fingerprint}${c.key.revoked ? ' (revoked)' : ''}${c.key.expired ? ` (expired ${c.key.expired.toISOString()})` : ''}`
    : `no key with ID ${c.keyIds.join(', ')}${c.reason ? ` (${c.reason})` : ''}`;
  const made = c.created ? `, made ${c.created.toISOString()}` : '';
  return `signature checked with the keys from \`${c.keySource}\`: ${c.verdict}, ${key}${made}`;
}

/** "A repository with `a`, `b`:" above an example of a rule that checks a repository as a whole. */
function repositoryHeading(e: RuleExample): string[] {
  const files = e.workspaceFiles?.length
    ? `with ${e.workspaceFiles.map((f) => `\`${f}\``).join(', ')}`
    : 'with no security file';
  const inherited = e.inheritedPolicy ? `, given the organisation's \`${e.inheritedPolicy}\` by GitHub` : '';
  return [`A repository ${files}${inherited}.`, ''];
}

/** "In `path` (workspace: …):" above an example checked under a path. */
function exampleHeading(e: RuleExample): string[] {
  if (!e.path) return [];
  const context = [
    e.profile && `profile \`${e.profile}\``,
    e.workspaceFiles && `workspace: ${e.workspaceFiles.map((f) => `\`${f}\``).join(', ')}`,
    e.policyContacts && `SECURITY.md names ${e.policyContacts.map((c) => `\`${c}\``).join(', ')}`,
    e.securityTxtContacts && `security.txt names ${e.securityTxtContacts.map((c) => `\`${c}\``).join(', ')}`,
    e.repositoryUrl && `git remote \`${e.repositoryUrl}\``,
    e.inheritedPolicy && `no policy of its own: GitHub shows the organisation's \`${e.inheritedPolicy}\``,
    e.served && servedLine(e.served),
    e.deployed && `the copy at \`${e.deployed.served.url}\` ${deployedLine(e.deployed)}`,
    e.signature && signatureLine(e.signature),
  ].filter(Boolean);
  return [`In \`${e.path}\`${context.length ? ` (${context.join('; ')})` : ''}:`, ''];
}

/** The example's text in a fence; nothing for a live check's answer that had no body. */
const exampleText = (e: RuleExample): string[] => [
  ...(e.text === '' && e.served ? [] : [fence(e.text, e.kind), '']),
  ...(e.deployed?.text === undefined ? [] : [`Deployed:`, '', fence(e.deployed.text, e.kind), '']),
];

function rulePage(meta: RuleMeta): string {
  const heading = checksRepository(meta) ? repositoryHeading : exampleHeading;
  const shownText = (e: RuleExample): string[] => (checksRepository(meta) ? [] : exampleText(e));
  const fixable = meta.fixable === true ? 'yes' : meta.fixable === 'sometimes' ? 'where certain' : 'no';
  const kinds = meta.kinds.map((k) => kindDescriptor(k).displayName).join(', ');
  const lines = [
    `# ${meta.id}`,
    '',
    meta.description,
    '',
    '| | |',
    '|---|---|',
    `| Default severity | ${SEVERITY_WORDS[meta.defaultSeverity]}${meta.severityByKind?.txt ? ` (security.txt: ${SEVERITY_WORDS[meta.severityByKind.txt]})` : ''} |`,
    `| Profiles | ${profileLine(meta)} |`,
    `| Quick fix | ${fixable} |`,
    `| Files | ${kinds} |`,
    '',
    '## Why',
    '',
    meta.rationale,
    ...(meta.specUrl ? ['', `Specification: <${meta.specUrl}>`] : []),
    '',
    '## How to fix',
    '',
    meta.howToFix,
    '',
    '## Examples',
    '',
    'Reported:',
    '',
    ...meta.invalid.flatMap((e) => [
      ...heading(e),
      ...shownText(e),
      ...e.expect.map((x) => `- line ${x.line}, column ${x.column}: ${x.message}`),
      '',
      ...(e.fixed === undefined ? [] : ['After the quick fix:', '', fence(e.fixed, e.kind), '']),
    ]),
    'Not reported:',
    '',
    ...meta.valid.flatMap((e) => [...heading(e), ...shownText(e)]),
    ...recognisedSection(meta.id),
    '## Configuration',
    '',
    `In \`${CONFIG_FILE_NAME}\` or the VS Code setting \`securityPolicy.rules\`:`,
    '',
    '```json',
    `{ "rules": { "${meta.id}": "off" } }`,
    '```',
    '',
    disableHelp(meta),
    '',
  ];
  return lines.join('\n');
}

/** Rules as the docs list them: the worst by default first (a reporter who cannot reach you before polish), then by id. */
const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint', 'off'];
const rulesInDocsOrder = [...allRuleMetas].sort(
  (a, b) =>
    SEVERITY_ORDER.indexOf(a.defaultSeverity) - SEVERITY_ORDER.indexOf(b.defaultSeverity) || a.id.localeCompare(b.id),
);

for (const meta of allRuleMetas) write(`docs/rules/${meta.id}.md`, rulePage(meta));

const severityEnum = [...SEVERITIES];
/** Each rule's severity setting: in the configuration's schema as English text, in package.json by its nls key. */
const ruleSettings = (text: (m: RuleMeta, english: string) => string): Record<string, object> =>
  Object.fromEntries(
    rulesInDocsOrder.map((m) => [
      m.id,
      {
        type: 'string',
        enum: severityEnum,
        markdownDescription: text(
          m,
          `${m.description} Default: \`${m.defaultSeverity}\`. [Documentation](${docsUrl(m.id)})`,
        ),
      },
    ]),
  );
const ruleProperties = ruleSettings((_m, english) => english);
/** A profile's description and, from the rules' metadata, what it changes: "… `no-private-channel` error." */
function profileSummary(p: (typeof PROFILES)[number]): string {
  const changes = rulesInDocsOrder.filter((m) => m.profiles?.[p]).map((m) => `\`${m.id}\` ${m.profiles?.[p]}`);
  return `${PROFILE_DEFINITIONS[p].description}${changes.length ? ` Changes: ${changes.join(', ')}.` : ''}`;
}
const profileDescriptions = PROFILES.map(profileSummary);

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Security Policy configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    profile: {
      type: 'string',
      enum: [...PROFILES],
      markdownEnumDescriptions: profileDescriptions,
      description: 'The rule profile.',
    },
    rules: {
      type: 'object',
      additionalProperties: false,
      properties: ruleProperties,
      description: 'Per-rule severity or "off".',
    },
    orgDefaults: {
      type: 'string',
      description:
        "A checkout of the organisation's .github repository, relative to this file: its SECURITY.md (root, .github/ or docs/) is the policy of every checked repository without one of its own, as on GitHub (the CLI's --org-defaults).",
    },
    ignores: {
      type: 'array',
      items: { type: 'string', minLength: 1, maxLength: MAX_GLOB_LENGTH },
      description:
        'Files and folders not to check, as globs relative to this file (as .gitignore reads them: `*`, `?`, `[a-z]`, `{a,b}`, `**`; a glob without `/` matches a name at any depth; a folder takes what is in it). The CLI adds `--ignore GLOB`.',
    },
  },
};
write('schemas/security-policy.schema.json', JSON.stringify(schema, null, 2) + '\n');

const pkgPath = 'package.json';
const pkg = JSON.parse(readFileSync(join(root, pkgPath), 'utf8')) as Record<string, unknown>;
/** The kinds whose language the extension contributes, with what it contributes. */
const ownLanguages = kindDescriptors().flatMap((k) => (k.contributes ? [{ ...k, contributes: k.contributes }] : []));
// A workspace holding a file whose language is not the extension's own (SECURITY.md, by its canonical name, the
// first glob) activates the extension before any file is opened; the others activate it by their language.
pkg.activationEvents = [
  ...kindDescriptors().map((k) => `onLanguage:${k.languageId}`),
  ...kindDescriptors().flatMap((k) => (k.contributes ? [] : [`workspaceContains:${k.globs[0]}`])),
];
// Fetching a site's security.txt (issue 26): in a trusted workspace, from an open security.txt, where the extension
// runs in a Node extension host, which sets the context key (client/src/deployed.ts); `!isWeb` would also hide it in
// code-server's and Codespaces' browser workbench, whose extension host can fetch.
const DEPLOYED_WHEN = 'isWorkspaceTrusted && securityPolicy.canFetchDeployed && editorLangId == securitytxt';
pkg.capabilities = {
  untrustedWorkspaces: { supported: 'limited', description: nls('capabilities.untrustedWorkspaces') },
  virtualWorkspaces: true,
};
pkg.contributes = {
  commands: [
    { command: 'securityPolicy.restart', title: nls('command.restart'), category: nls('category') },
    { command: 'securityPolicy.showOutput', title: nls('command.showOutput'), category: nls('category') },
    {
      command: 'securityPolicy.checkWorkspace',
      title: nls('command.checkWorkspace'),
      category: nls('category'),
      enablement: 'workspaceFolderCount > 0',
    },
    {
      command: 'securityPolicy.createSecurityMd',
      title: nls('command.createSecurityMd'),
      category: nls('category'),
      enablement: 'workspaceFolderCount > 0',
    },
    {
      command: 'securityPolicy.createSecurityTxt',
      title: nls('command.createSecurityTxt'),
      category: nls('category'),
      enablement: 'workspaceFolderCount > 0',
    },
    {
      command: 'securityPolicy.createSecurityInsights',
      title: nls('command.createSecurityInsights'),
      category: nls('category'),
      enablement: 'workspaceFolderCount > 0',
    },
    {
      command: 'securityPolicy.checkDeployed',
      title: nls('command.checkDeployed'),
      category: nls('category'),
      enablement: DEPLOYED_WHEN,
    },
  ],
  menus: {
    commandPalette: [
      'securityPolicy.checkWorkspace',
      'securityPolicy.createSecurityMd',
      'securityPolicy.createSecurityTxt',
      'securityPolicy.createSecurityInsights',
    ]
      .map((command) => ({ command, when: 'workspaceFolderCount > 0' }))
      .concat([{ command: 'securityPolicy.checkDeployed', when: DEPLOYED_WHEN }]),
  },
  configuration: {
    title: nls('configuration.title'),
    properties: {
      'securityPolicy.profile': {
        type: ['string', 'null'],
        enum: [null, ...PROFILES],
        markdownEnumDescriptions: [
          nls('configuration.profile.fromFile'),
          ...PROFILES.map((p, i) => nlsGenerated(`profile.${p}`, profileDescriptions[i])),
        ],
        default: null,
        scope: 'resource',
        markdownDescription: nls('configuration.profile'),
      },
      'securityPolicy.rules': {
        type: 'object',
        default: {},
        scope: 'resource',
        additionalProperties: false,
        properties: ruleSettings((m, english) => nlsGenerated(`rule.${m.id}`, english)),
        markdownDescription: nls('configuration.rules'),
      },
    },
  },
  // YAML is indented with spaces: the same editor defaults VS Code gives its own YAML language.
  configurationDefaults: {
    '[securityinsights]': { 'editor.insertSpaces': true, 'editor.tabSize': 2, 'editor.autoIndent': 'advanced' },
  },
  languages: ownLanguages.map((k) => ({
    id: k.languageId,
    aliases: k.contributes.aliases,
    filenames: k.contributes.filenames,
    configuration: `./language-configuration.${k.languageId}.json`,
  })),
  grammars: ownLanguages.map((k) => ({
    language: k.languageId,
    scopeName: k.contributes.scopeName,
    path: `./syntaxes/${k.languageId}.tmLanguage.json`,
  })),
  snippets: ownLanguages.map((k) => ({ language: k.languageId, path: `./snippets/${k.languageId}.code-snippets` })),
  jsonValidation: [{ fileMatch: CONFIG_FILE_NAME, url: './schemas/security-policy.schema.json' }],
};
// The contributions' texts by language (package.nls*.json, ./nls.ts), the client's in l10n/ (vscode.l10n).
pkg.l10n = './l10n';
write(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
write('package.nls.json', nlsFile());

const readmePath = 'README.md';
if (existsSync(join(root, readmePath))) {
  const readme = readFileSync(join(root, readmePath), 'utf8');
  const table = [
    '| Rule | Severity | Fix | What it finds |',
    '|---|---|---|---|',
    ...rulesInDocsOrder.map(
      (m) =>
        `| [\`${m.id}\`](docs/rules/${m.id}.md) | ${m.defaultSeverity} | ${m.fixable === true ? 'yes' : m.fixable === 'sometimes' ? 'where certain' : ''} | ${m.description.replace(/\|/g, '\\|')} |`,
    ),
  ].join('\n');
  const profiles = [
    '| Profile | Builds on | What changes |',
    '|---|---|---|',
    ...PROFILES.map((p) => {
      const builds = PROFILE_DEFINITIONS[p].extends;
      return `| \`${p}\`${p === 'recommended' ? ' (default)' : ''} | ${builds ? `\`${builds}\`` : ''} | ${profileSummary(p)} |`;
    }),
  ].join('\n');
  const updated = readme
    .replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, `<!-- rules:start -->\n${table}\n<!-- rules:end -->`)
    .replace(
      /<!-- profiles:start -->[\s\S]*<!-- profiles:end -->/,
      `<!-- profiles:start -->\n${profiles}\n<!-- profiles:end -->`,
    );
  write(readmePath, updated);
}

if (check && stale.length > 0) {
  process.stderr.write(`Out of date (run npm run generate): ${stale.join(', ')}\n`);
  process.exit(1);
}
