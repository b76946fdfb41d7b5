import { dataset as bundledDataset } from '@parley/dataset';
import { compile } from '@parley/lint';
import {
  CodeActionKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node.js';
import { serveCodeActions } from './actions.js';
import { DocumentChecks } from './checks.js';
import { serveCompletion } from './completion.js';
import { RecordCards } from './definition.js';
import { serveHover } from './hover.js';
import type { InitializationOptions, ServerOptions } from './protocol.js';
import { Session } from './session.js';
import { Settings } from './settings.js';

/**
 * Serves Parley over LSP on `connection`: diagnostics on open and on every change (adaptively debounced),
 * hover cards, citation-key completion, quick fixes, go to definition of records, and configuration from
 * `parley.config.json` plus the client's `parley.rules` setting. It adds no checking of its own: every
 * finding and card comes from @parley/lint. Each concern is its own part; this only wires them together.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const dataset = options.dataset ?? bundledDataset;
  // Compiled once per server, before `initialize` is answered, so the first check does not pay for it.
  const session = new Session(connection, dataset, compile(dataset));
  const settings = new Settings(session);
  const cards = new RecordCards(session);
  const checks = new DocumentChecks(session, settings);
  settings.recheck = () => checks.recheckAll();
  serveHover(checks);
  serveCompletion(session);
  serveCodeActions(checks);
  cards.serveDefinition(checks);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    session.init = (params.initializationOptions ?? {}) as InitializationOptions;
    const caps = params.capabilities;
    session.client = {
      configuration: caps.workspace?.configuration === true,
      watchFiles: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      definitionLinks: caps.textDocument?.definition?.linkSupport === true,
    };
    settings.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['@'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        definitionProvider: true,
      },
      serverInfo: { name: 'parley-language-server', version: options.version ?? '0.0.0' },
      parley: {
        datasetVersion: dataset.version,
        sources: session.model.sourceKeys.length,
      },
    };
  });
  connection.onInitialized(() => settings.initialized());
  connection.onShutdown(() => checks.dispose());

  session.documents.listen(connection);
  connection.listen();
}
