/**
 * The English texts of the extension's contributions, by key: `npm run generate` writes `%key%` into package.json
 * and these texts into package.nls.json; package.nls.<locale>.json holds each language's (test/l10n.test.ts checks
 * that every key is there, with the same placeholders).
 */
import { CONFIG_FILE_NAME } from '../server/src';

export const NLS: Readonly<Record<string, string>> = {
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

/** The placeholder package.json carries for a key: VS Code shows the text of the display language. */
export function nls(key: string): string {
  if (!(key in NLS)) throw new Error(`no text for ${key}`);
  return `%${key}%`;
}

/** package.nls.json: the English texts. */
export const nlsFile = (): string => `${JSON.stringify(NLS, null, 2)}\n`;
