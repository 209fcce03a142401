/**
 * `init --with-config`: a `.security-policy.json` beside the policy, which names its JSON schema with `$schema` so
 * that any editor validates and completes it (VS Code with the extension does so by the file's name already).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAME, REPOSITORY_URL } from '../index';
import { InitError } from './init';

/** Where the schema of the configuration file is served: the repository's `schemas/` on its main branch. */
export const CONFIG_SCHEMA_URL = `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/schemas/security-policy.schema.json`;

/** The configuration file `init` writes: the schema, the default profile, and room for rules and ignores. */
export const INIT_CONFIG = `${JSON.stringify({ $schema: CONFIG_SCHEMA_URL, profile: 'recommended', rules: {}, ignores: [] }, null, 2)}\n`;

/** Throws before anything is written when the configuration file exists (`init` never overwrites). */
export function refuseConfigOverwrite(cwd: string): void {
  if (existsSync(join(cwd, CONFIG_FILE_NAME))) throw new InitError(`${CONFIG_FILE_NAME} exists: not overwritten.`);
}

export function writeInitConfig(cwd: string, output: NodeJS.WritableStream): void {
  writeFileSync(join(cwd, CONFIG_FILE_NAME), INIT_CONFIG, { flag: 'wx' }); // wx: never overwrites, even in a race
  output.write(`Wrote ${CONFIG_FILE_NAME}\n`);
}
