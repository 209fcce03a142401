// Prints the size of what each kind of VS Code loads: the desktop (client + server processes) and the web
// (one bundle in the web worker extension host), raw and gzip-compressed as the .vsix and the browser carry them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const row = (name, files) => {
  const raw = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return `| ${name} | ${files.join(' + ')} | ${kb(raw)} | ${kb(gzip)} |`;
};

console.log('| VS Code | loads | minified | gzip |\n|---|---|---|---|');
console.log(row('desktop', ['dist/client.js', 'dist/server.js', 'dist/l10n-catalogs.js', 'dist/si-yaml.js']));
console.log(row('web (vscode.dev, github.dev)', ['dist/web/extension.js']));
if (existsSync('security-policy.vsix'))
  console.log(`\nsecurity-policy.vsix: ${kb(statSync('security-policy.vsix').size)}`);
