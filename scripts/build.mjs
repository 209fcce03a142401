// Bundles the client, the server and the CLI with esbuild: minified CommonJS for Node and for the web, no sources shipped.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = !process.argv.includes('--dev');

/**
 * yaml's Node build reads `process.env` (LOG_TOKENS, LOG_STREAM) for every token it parses, a call into C++ each
 * time. Its platform-neutral build is the same code without that debug switch and parses a security-insights.yml
 * about 40% faster once warm (0.77 against 1.2 ms for the test fixtures), so every bundle uses it.
 */
const yamlBuild = join(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser', 'index.js');
const yamlWithoutEnv = {
  name: 'yaml-without-env',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: yamlBuild }));
  },
};
/**
 * openpgp.js (for verifying signed security.txt files, server/src/node/openpgp-verify.ts) is a bundle of its own,
 * dist/openpgp-verify.js, which the CLI loads only when it verifies a signature: a check that verifies nothing does not
 * parse it, and the editor's bundles do not hold it.
 */
const openpgpApart = {
  name: 'openpgp-apart',
  setup(b) {
    b.onResolve({ filter: /\/openpgp-verify$/ }, () => ({ path: './openpgp-verify.js', external: true }));
  },
};
/**
 * The translated catalogs (server/src/core/l10n-catalogs.ts) are a file of their own for Node, dist/l10n-catalogs.js,
 * which core/l10n.ts requires the first time a language other than English asks for one: an English run neither
 * parses nor builds them (0.77 MB). The web extension's bundle holds them, initialised on the same first use.
 */
const l10nApart = {
  name: 'l10n-apart',
  setup(b) {
    b.onResolve({ filter: /\/l10n-catalogs$/ }, () => ({ path: './l10n-catalogs.js', external: true }));
  },
};
/**
 * The yaml package and the security-insights.yml validators (server/src/kinds/si/yaml-apart.ts) are a file of their
 * own for Node, dist/si-yaml.js, which kinds/si/yaml.ts requires the first time a YAML file is read: a run that meets
 * none neither parses nor initialises them (about 19 ms of every start). The web extension's bundle holds them.
 */
const siYamlApart = {
  name: 'si-yaml-apart',
  setup(b) {
    b.onResolve({ filter: /\/yaml-apart$/ }, () => ({ path: './si-yaml.js', external: true }));
  },
};
/** openpgp.js's CommonJS build for Node: its ES module build asks `import.meta.url`, which a CommonJS bundle lacks. */
const openpgpCommonJs = {
  name: 'openpgp-commonjs',
  setup(b) {
    b.onResolve({ filter: /^openpgp$/ }, () => ({ path: createRequire(import.meta.url).resolve('openpgp') }));
  },
};
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: production,
  sourcemap: production ? false : 'inline',
  legalComments: 'none',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  define: { PACKAGE_VERSION: JSON.stringify(pkg.version) },
  plugins: [yamlWithoutEnv, openpgpApart, l10nApart, siYamlApart],
};

// The web extension (vscode.dev, github.dev): client, server and engine in one file for the web worker host.
// `worker`: the extension host is a web worker, with no `document` (decode-named-character-reference's browser build needs one).
const web = {
  ...common,
  platform: 'browser',
  conditions: ['worker'],
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  plugins: [yamlWithoutEnv, openpgpApart],
};

await Promise.all([
  build({ ...web, entryPoints: ['client/src/browser.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({
    ...common,
    entryPoints: ['server/src/lsp/main.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({ ...common, entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.js' }),
  build({ ...common, entryPoints: ['server/src/cli/action.ts'], outfile: 'dist/action.js' }),
  build({ ...common, entryPoints: ['server/src/core/l10n-catalogs.ts'], outfile: 'dist/l10n-catalogs.js' }),
  build({ ...common, entryPoints: ['server/src/kinds/si/yaml-apart.ts'], outfile: 'dist/si-yaml.js' }),
  // openpgp.js is LGPL-3.0-or-later: its notice is kept in the file, which stays replaceable on its own.
  build({
    ...common,
    entryPoints: ['server/src/node/openpgp-verify.ts'],
    outfile: 'dist/openpgp-verify.js',
    legalComments: 'inline',
    plugins: [openpgpCommonJs],
  }),
]);
