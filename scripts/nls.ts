/**
 * The English texts of the extension's contributions, by key: `npm run generate` writes `%key%` into package.json
 * and these texts into package.nls.json; package.nls.<locale>.json holds each language's (test/l10n.test.ts checks
 * that every key is there, with the same placeholders).
 */
import { CONFIG_FILE_NAME } from '../server/src';

export const NLS: Readonly<Record<string, string>> = {
  'capabilities.untrustedWorkspaces':
    "The extension reads policies and its JSON configuration only; it runs no code from the workspace. In Restricted Mode it does not fetch a security.txt's deployed copy (Check the Deployed security.txt).",
  category: 'Security Policy',
  'command.restart': 'Restart Language Server',
  'command.showOutput': 'Show Output',
  'command.checkWorkspace': 'Check All Security Files in the Workspace',
  'command.createSecurityMd': 'Create SECURITY.md',
  'command.createSecurityTxt': 'Create security.txt',
  'command.createSecurityInsights': 'Create security-insights.yml',
  'command.checkDeployed': 'Check the Deployed security.txt',
  'configuration.title': 'Security Policy',
  'configuration.profile': `The rule profile. Overrides \`profile\` in \`${CONFIG_FILE_NAME}\`.`,
  'configuration.profile.fromFile': `Use the profile of ${CONFIG_FILE_NAME}, else recommended.`,
  'configuration.rules': `Per-rule severity (\`error\`, \`warning\`, \`info\`, \`hint\`) or \`off\`, applied over the profile and over \`${CONFIG_FILE_NAME}\`.`,
};

/** Texts made from the rules' and profiles' metadata as package.json is generated (./generate.ts), by key. */
const generated = new Map<string, string>();

/** The placeholder package.json carries for a key: VS Code shows the text of the display language. */
export function nls(key: string): string {
  if (!(key in NLS)) throw new Error(`no text for ${key}`);
  return `%${key}%`;
}

/** The placeholder for a text generated from metadata (a rule's setting, a profile), which package.nls.json gets. */
export function nlsGenerated(key: string, english: string): string {
  generated.set(key, english);
  return `%${key}%`;
}

/** package.nls.json: the English texts. */
export const nlsFile = (): string => `${JSON.stringify({ ...NLS, ...Object.fromEntries(generated) }, null, 2)}\n`;
