/**
 * Entry point of `security-policy-language-server`. The transport comes from the command line:
 * `--stdio` for Neovim, Helix, Emacs and other editors; `--node-ipc` when VS Code starts it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeAndClientFolders } from './node-folders';
import { startServer } from './server';

if (process.argv.includes('--version')) {
  process.stdout.write('security-policy-language-server\n');
  process.exit(0);
}
if (
  !process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))
) {
  process.stderr.write('Usage: security-policy-language-server --stdio\n');
  process.exit(2);
}
process.on('uncaughtException', (error) => {
  process.stderr.write(`security-policy-language-server: uncaught ${error.stack ?? String(error)}\n`);
});
const connection = createConnection(ProposedFeatures.all);
startServer(connection, nodeAndClientFolders(connection));
