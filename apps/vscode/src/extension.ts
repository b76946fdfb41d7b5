/**
 * The Parley extension: a thin client that starts the bundled @parley/language-server and shows what it
 * sends. It runs no workspace code and makes no network requests: the dataset is inside the server bundle.
 */
import {
  commands,
  type ExtensionContext,
  StatusBarAlignment,
  type StatusBarItem,
  type TextDocumentContentProvider,
  type Uri,
  window,
  workspace,
} from 'vscode';
import {
  type DocumentSelector,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

/** Record cards ("go to definition") are virtual documents under this scheme. */
const RECORD_SCHEME = 'parley-record';

/** Drafts: Markdown and plain text, saved or not. Record cards (also Markdown) are not drafts. */
const DRAFTS: DocumentSelector = ['markdown', 'plaintext'].flatMap((language) =>
  ['file', 'untitled'].map((scheme) => ({ language, scheme })),
);

let client: LanguageClient | undefined;

/** What the server reports about itself in its initialize result. */
interface ParleyInfo {
  datasetVersion?: string;
  sources?: number;
}

/** Serves `parley-record:` documents by asking the server for the record's Markdown card. */
class RecordCards implements TextDocumentContentProvider {
  constructor(private readonly lsp: LanguageClient) {}

  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const answer = await this.lsp.sendRequest<{ markdown: string } | null>('parley/record', {
      uri: uri.toString(),
    });
    return answer?.markdown ?? `# Not in the dataset\n\nNo record matches \`${uri.path}\`.\n`;
  }
}

function statusBar(context: ExtensionContext, lsp: LanguageClient): StatusBarItem {
  const item = window.createStatusBarItem('parley.status', StatusBarAlignment.Right, 100);
  item.name = 'Parley';
  item.command = 'parley.showOutput';
  item.text = '$(loading~spin) Parley';
  item.tooltip = 'Parley: starting the language server';
  item.show();
  context.subscriptions.push(item);
  const ready = () => {
    const info = (lsp.initializeResult?.parley ?? {}) as ParleyInfo;
    const server = lsp.initializeResult?.serverInfo?.version ?? '?';
    item.text = `$(checklist) Parley · dataset ${info.datasetVersion ?? '?'}`;
    item.tooltip = `Parley language server ${server}, dataset ${info.datasetVersion ?? '?'} (${info.sources ?? '?'} sources). Click for the log.`;
  };
  lsp.onDidChangeState(() => {
    if (lsp.isRunning()) ready();
  });
  return item;
}

/** Starts the language server and the pieces of UI around it. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DRAFTS,
    // Announces that this client shows record cards itself (see RecordCards), so the server links to
    // parley-record: URIs instead of writing files.
    initializationOptions: { recordScheme: RECORD_SCHEME },
    // Settings and parley.config.json need nothing here: the server pulls `parley.*` settings and
    // registers its own file watcher, which this client honours.
  };
  client = new LanguageClient('parley', 'Parley', serverOptions, clientOptions);
  const lsp = client;
  statusBar(context, lsp);
  context.subscriptions.push(
    workspace.registerTextDocumentContentProvider(RECORD_SCHEME, new RecordCards(lsp)),
    commands.registerCommand('parley.showOutput', () => lsp.outputChannel.show(true)),
    commands.registerCommand('parley.restartServer', () => lsp.restart()),
  );
  await lsp.start();
}

/** Stops the server; VS Code waits for the returned promise. */
export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
