import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';
import { serverVersion } from './version.js';

const USAGE = `Usage: parley-language-server --stdio | --node-ipc | --socket=PORT

The Parley language server: fact-checks Markdown drafts as you type (diagnostics, hover cards,
citation completion, quick fixes, go to definition). See the README for editor set-up.
`;

/**
 * Runs the `parley-language-server` command line: `--version`, `--help`, or the server on the transport
 * named by the arguments (`--stdio`, `--node-ipc`, `--socket=PORT`, as vscode-languageserver reads them).
 * Exported so a bundle (the VS Code extension's) can start the server without the bin file.
 */
export function main(argv: string[] = process.argv.slice(2)): void {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${serverVersion()}\n`);
    return;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (
    !argv.some(
      (a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'),
    )
  ) {
    // No transport named: say how to run it and fail, rather than wait on a terminal for JSON-RPC.
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }
  startServer(createConnection(ProposedFeatures.all), { version: serverVersion() });
}
