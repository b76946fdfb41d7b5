/**
 * @parley/language-server: Parley over the Language Server Protocol. Diagnostics as you type, hover cards,
 * citation-key completion, quick fixes and record cards, for any LSP editor; the checking is @parley/lint's.
 *
 * @example
 * ```ts
 * import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
 * import { startServer } from '@parley/language-server';
 * startServer(createConnection(ProposedFeatures.all)); // transport from argv: --stdio, --node-ipc, --socket=N
 * ```
 * @packageDocumentation
 */
export { disableEdit } from './actions.js';
export { main } from './cli.js';
export { citationCompletions, citationKeyAt } from './completion.js';
export { CONFIG_FILE, ConfigStore, type ResolvedConfig } from './config.js';
export { AdaptiveDebounce, DEFAULT_DEBOUNCE, type DebounceOptions } from './debounce.js';
export { type DataFix, type DiagnosticData, dataOf, SOURCE, toLspDiagnostic } from './diagnostics.js';
export {
  ANALYSED_NOTIFICATION,
  type AnalysedParams,
  type InitializationOptions,
  RECORD_REQUEST,
  type ServerOptions,
} from './protocol.js';
export { RECORD_SCHEME, RecordFiles, recordIdOf, recordMarkdown, recordTitle, recordUri } from './records.js';
export { startServer } from './server.js';
export { serverVersion } from './version.js';
