/**
 * An organisation's default policy in the editor (issue 32): a workspace whose folders are an organisation's
 * repositories, its `.github` repository among them, gives a repository without a SECURITY.md of its own the
 * default policy, as GitHub does and as the CLI's organisation scan does; so does `orgDefaults` in a folder's
 * `.security-policy.json`. Without either, the repository has no policy.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pull, tempFolder, withClient, type ClientOptions } from './lsp-client';

const root = join(__dirname, '..');
let acme: string;
const SECURITY_TXT = 'Contact: mailto:security@acme.org\nExpires: 2027-06-01T00:00:00Z\n';
const INHERITED =
  'security.txt names "mailto:security@acme.org" but SECURITY.md (inherited from acme/.github: SECURITY.md) names "mailto:psirt@acme.org", expected the same contacts.';

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  acme = join(tempFolder(), 'acme');
  mkdirSync(join(acme, '.github', '.git'), { recursive: true });
  writeFileSync(join(acme, '.github', 'SECURITY.md'), '# Security\n\nEmail psirt@acme.org; we answer within 3 days.\n');
  for (const repository of ['widgets', 'gadgets']) {
    mkdirSync(join(acme, repository, '.well-known'), { recursive: true });
    writeFileSync(join(acme, repository, '.well-known', 'security.txt'), SECURITY_TXT);
  }
  writeFileSync(join(acme, 'gadgets', '.security-policy.json'), '{ "orgDefaults": "../.github" }\n');
});

/** The contact-mismatch messages of a repository's security.txt, checked in a workspace made of `options`. */
async function mismatches(options: ClientOptions, repository: string): Promise<string[]> {
  return withClient(options, async (client) => {
    const uri = pathToFileURL(join(acme, repository, '.well-known', 'security.txt')).toString();
    client.open(uri, SECURITY_TXT, 'securitytxt');
    return (await pull(client, uri)).filter((d) => d.code === 'contact-mismatch').map((d) => d.message);
  });
}

test('a folder beside the workspace folder .github inherits its policy', async () => {
  const folders = { pull: true, rootPath: join(acme, 'widgets'), moreFolders: [join(acme, '.github')] };
  assert.deepEqual(await mismatches(folders, 'widgets'), [INHERITED]);
});

test('alone in the workspace, the same folder has no policy to compare with', async () => {
  assert.deepEqual(await mismatches({ pull: true, rootPath: join(acme, 'widgets') }, 'widgets'), []);
});

test('orgDefaults in the folder configuration names the .github repository', async () => {
  assert.deepEqual(await mismatches({ pull: true, rootPath: join(acme, 'gadgets') }, 'gadgets'), [INHERITED]);
});
