import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dataset as bundledDataset, type ParleyDataset } from '@parley/dataset';
import { compile, type HoverCard, inspect, type LintResult, lintWithContext } from '@parley/lint';
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type Location,
  type LocationLink,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  type TextDocumentPositionParams,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { disableAction, fixAction } from './actions.js';
import { citationCompletions, citationKeyAt } from './completion.js';
import { CONFIG_FILE, ConfigStore, type ResolvedConfig } from './config.js';
import { AdaptiveDebounce, DEFAULT_DEBOUNCE } from './debounce.js';
import { type DiagnosticData, dataOf, SOURCE, toLspDiagnostic } from './diagnostics.js';
import { RECORD_SCHEME, RecordFiles, recordIdOf, recordMarkdown, recordUri } from './records.js';

/** Options a client may pass as `initializationOptions`. */
export interface InitializationOptions {
  /**
   * The client serves record cards itself under this URI scheme (VS Code's extension: `parley-record`),
   * asking the server for their Markdown with the `parley/record` request. Without it, "go to definition"
   * and related information point at read-only files under the system's temporary folder.
   */
  recordScheme?: string;
  /** A fixed debounce in ms instead of the adaptive one. */
  debounceMs?: number;
  /** Send a `parley/analysed` notification after each check, with its timings (benchmarks, tests). */
  timings?: boolean;
  /** Initial settings (`{ rules: { "figure/mismatch": "error" } }`) for clients without `workspace/configuration`. */
  settings?: unknown;
}

/** Options for embedding the server: a dataset other than the bundled one, the version to report. */
export interface ServerOptions {
  dataset?: ParleyDataset;
  version?: string;
}

/** `parley/record`: the Markdown card of the record a `parley-record:` URI names. */
export const RECORD_REQUEST = 'parley/record';
/** `parley/analysed`: sent after each check when `initializationOptions.timings` is set. */
export const ANALYSED_NOTIFICATION = 'parley/analysed';

/** Payload of {@link ANALYSED_NOTIFICATION}. */
export interface AnalysedParams {
  uri: string;
  version: number;
  /** Time spent in the engine, ms (0 when the previous result was reused). */
  analysisMs: number;
  /** Time spent outside the engine: finding the configuration, translating to LSP, handing to the connection. */
  publishMs: number;
  /** The debounce that preceded the check, ms (0 for checks run at once: on open, or to answer a request). */
  debounceMs: number;
  reused: boolean;
  diagnostics: number;
}

/** The last check of one document version: what hover, definition and code actions answer from. */
interface Analysed {
  version: number;
  text: string;
  configKey: string;
  result: LintResult;
  diagnostics: Diagnostic[];
}

interface DocumentState {
  analysed?: Analysed;
  debounce: AdaptiveDebounce;
  timer?: ReturnType<typeof setTimeout>;
}

const emptyRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Serves Parley over LSP on `connection`: diagnostics on open and on every change (adaptively debounced),
 * hover cards, citation-key completion, quick fixes, go to definition of records, and configuration from
 * `parley.config.json` plus the client's `parley.rules` setting. It adds no checking of its own: every
 * finding and card comes from @parley/lint.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const dataset = options.dataset ?? bundledDataset;
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  const configs = new ConfigStore();
  let init: InitializationOptions = {};
  let canPullConfiguration = false;
  let canWatchFiles = false;
  let linkSupport = false;
  let records: RecordFiles | undefined;
  /** Config files we published an error for, with the message, so it is cleared once fixed. */
  const configErrors = new Map<string, string>();
  // Compiled once per server: every lint, hover and completion shares it.
  const compiled = compile(dataset);
  const model = () => compiled;
  // A notification, not window/showMessageRequest: nothing to answer, so nothing waits on the user.
  const warn = (message: string) =>
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });

  // Card URIs by record id: every check relates each finding to its evidence, hundreds on a long draft.
  const cardUris = new Map<string, string | undefined>();
  const cardUri = (id: string): string | undefined => {
    if (cardUris.has(id)) return cardUris.get(id);
    let uri: string | undefined;
    if (!model().index.get(id)) uri = undefined;
    else if (init.recordScheme === RECORD_SCHEME) uri = recordUri(id);
    else {
      records ??= new RecordFiles(model().index, dataset.version);
      uri = records.uri(id);
    }
    cardUris.set(id, uri);
    return uri;
  };

  const stateOf = (uri: string): DocumentState => {
    let s = states.get(uri);
    if (!s) {
      s = {
        debounce: new AdaptiveDebounce(
          init.debounceMs === undefined
            ? DEFAULT_DEBOUNCE
            : { ...DEFAULT_DEBOUNCE, fixedMs: init.debounceMs },
        ),
      };
      states.set(uri, s);
    }
    return s;
  };

  const reportConfig = (cfg: ResolvedConfig) => {
    if (!cfg.file) return;
    const uri = pathToFileURL(cfg.file).href;
    const message = cfg.error?.message;
    if (configErrors.get(uri) === message) return;
    if (message) {
      configErrors.set(uri, message);
      connection.console.error(`Parley: ignoring ${cfg.file}: ${message}`);
      warn(`Parley: ${CONFIG_FILE} is ignored: ${message}`);
    } else configErrors.delete(uri);
    connection.sendDiagnostics({
      uri,
      diagnostics: message
        ? [{ range: emptyRange, severity: DiagnosticSeverity.Error, source: SOURCE, message }]
        : [],
    });
  };

  /** Checks a document now (or reuses the last check if neither text nor configuration changed) and publishes. */
  const analyse = (doc: TextDocument, debounceMs: number): Analysed => {
    const started = performance.now();
    const state = stateOf(doc.uri);
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    const cfg = configs.resolve(doc.uri);
    reportConfig(cfg);
    const text = doc.getText();
    const previous = state.analysed;
    let analysisMs = 0;
    let analysed: Analysed;
    if (previous && previous.text === text && previous.configKey === cfg.key) {
      // Same text and configuration as the last check (an undo, a no-op edit, a settings change elsewhere):
      // only the version the diagnostics are pinned to moves on.
      analysed =
        previous.version === doc.version
          ? previous
          : {
              ...previous,
              version: doc.version,
              diagnostics: previous.diagnostics.map((d) => ({
                ...d,
                data: { ...(d.data as DiagnosticData), version: doc.version },
              })),
            };
    } else {
      const t0 = performance.now();
      const result = lintWithContext(text, compiled, cfg.config);
      const t1 = performance.now();
      analysisMs = t1 - t0;
      analysed = {
        version: doc.version,
        text,
        configKey: cfg.key,
        result,
        diagnostics: result.diagnostics.map((d) => toLspDiagnostic(d, doc.version, cardUri)),
      };
    }
    state.analysed = analysed;
    void connection.sendDiagnostics({
      uri: doc.uri,
      version: doc.version,
      diagnostics: analysed.diagnostics,
    });
    const end = performance.now();
    // The debounce follows the whole cost of a check, translation and publication included.
    if (analysisMs > 0) state.debounce.record(end - started, end);
    if (init.timings) {
      const params: AnalysedParams = {
        uri: doc.uri,
        version: doc.version,
        analysisMs,
        publishMs: end - started - analysisMs,
        debounceMs,
        reused: analysisMs === 0,
        diagnostics: analysed.diagnostics.length,
      };
      void connection.sendNotification(ANALYSED_NOTIFICATION, params);
    }
    return analysed;
  };

  /**
   * Runs a check outside any request, where an exception would end the process: an engine bug on one draft
   * must not take the editor's diagnostics down for every other. The last good result stays in place.
   */
  const guarded = (check: () => unknown) => {
    try {
      check();
    } catch (e) {
      connection.console.error(`Parley: the check failed: ${(e as Error).stack ?? e}`);
    }
  };

  /** Schedules a check after the document's adaptive debounce; a newer change restarts the wait. */
  const schedule = (doc: TextDocument) => {
    const state = stateOf(doc.uri);
    if (state.timer) clearTimeout(state.timer);
    const delay = state.debounce.delay(performance.now());
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const current = documents.get(doc.uri);
      if (current) guarded(() => analyse(current, delay));
    }, delay);
  };

  /** The check of the document's current version, running it now if a change is still waiting. */
  const fresh = (uri: string): { doc: TextDocument; analysed: Analysed } | undefined => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const analysed = states.get(uri)?.analysed;
    if (analysed && analysed.version === doc.version) return { doc, analysed };
    return { doc, analysed: analyse(doc, 0) };
  };

  const recheckAll = () => {
    for (const doc of documents.all()) guarded(() => analyse(doc, 0));
  };

  const at = (params: TextDocumentPositionParams): { doc: TextDocument; card?: HoverCard } | undefined => {
    const f = fresh(params.textDocument.uri);
    if (!f) return undefined;
    return { doc: f.doc, card: inspect(f.analysed.result.context, f.doc.offsetAt(params.position)) };
  };

  const pullSettings = async () => {
    if (!canPullConfiguration) return;
    const [settings] = await connection.workspace.getConfiguration([{ section: 'parley' }]);
    applySettings(settings);
  };

  const applySettings = (settings: unknown) => {
    try {
      configs.setSettings(settings);
    } catch (e) {
      warn(`Parley: ${(e as Error).message}`);
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    init = (params.initializationOptions ?? {}) as InitializationOptions;
    if (init.settings !== undefined) applySettings(init.settings);
    const caps = params.capabilities;
    canPullConfiguration = caps.workspace?.configuration === true;
    canWatchFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    linkSupport = caps.textDocument?.definition?.linkSupport === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    configs.workspaceFolders = folders.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    // Compile the dataset into the engine's model now, so the first check does not pay for it.
    const m = model();
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
        sources: m.sourceKeys.length,
      },
    };
  });

  connection.onInitialized(() => {
    if (canWatchFiles)
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE}` }],
      });
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'parley' });
      void pullSettings().then(recheckAll, (e: Error) => connection.console.error(e.message));
    }
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (canPullConfiguration) await pullSettings();
    else applySettings((change.settings as { parley?: unknown } | undefined)?.parley);
    recheckAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    configs.invalidate();
    recheckAll();
  });

  documents.onDidChangeContent(({ document }) => {
    // The first content of a document (didOpen) is checked at once; edits wait for the debounce.
    if (states.get(document.uri)?.analysed) schedule(document);
    else setImmediate(() => documents.get(document.uri) && guarded(() => fresh(document.uri)));
  });

  documents.onDidClose(({ document }) => {
    const state = states.get(document.uri);
    if (state?.timer) clearTimeout(state.timer);
    states.delete(document.uri);
    connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover((params): Hover | null => {
    const card = at(params)?.card;
    if (!card) return null;
    return { contents: { kind: MarkupKind.Markdown, value: card.markdown }, range: card.range };
  });

  connection.onCompletion((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const line = doc.getText({
      start: { line: params.position.line, character: 0 },
      end: { line: params.position.line + 1, character: 0 },
    });
    const range = citationKeyAt(line.replace(/\r?\n$/, ''), params.position);
    if (!range) return null;
    return { isIncomplete: false, items: citationCompletions(model().index, range) };
  });

  connection.onCodeAction((params: CodeActionParams): CodeAction[] => {
    if (params.context.only && !params.context.only.some((k) => CodeActionKind.QuickFix.startsWith(k)))
      return [];
    const f = fresh(params.textDocument.uri);
    if (!f) return [];
    const { doc, analysed } = f;
    const actions: CodeAction[] = [];
    const disabled = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      const data = dataOf(diagnostic);
      if (!data) continue;
      let fixes = data.fixes;
      if (data.version !== doc.version) {
        // The editor's marker is from an older version: take the fixes from the current check instead, for
        // the same rule at the marker's (already moved) place. Offsets of the old fixes would be wrong.
        const current = analysed.diagnostics.find((d) => {
          const cd = d.data as DiagnosticData;
          return (
            cd.rule === data.rule &&
            d.range.start.line === diagnostic.range.start.line &&
            d.message === diagnostic.message
          );
        });
        fixes = current ? (current.data as DiagnosticData).fixes : [];
      }
      fixes.forEach((fix, i) => {
        actions.push(fixAction(doc.uri, doc.version, fix, diagnostic, i === 0));
      });
      const key = `${data.rule}:${diagnostic.range.start.line}`;
      if (!disabled.has(key)) {
        disabled.add(key);
        actions.push(disableAction(doc, diagnostic, data.rule));
      }
    }
    // Quick fixes first, "disable" actions after them.
    return actions.sort(
      (a, b) => Number(a.title.startsWith('Disable ')) - Number(b.title.startsWith('Disable ')),
    );
  });

  connection.onDefinition((params): Location[] | LocationLink[] | null => {
    const card = at(params)?.card;
    if (!card || card.kind === 'unknown-source') return null;
    const uri = cardUri(card.id);
    if (!uri) return null;
    if (linkSupport)
      return [
        {
          originSelectionRange: card.range,
          targetUri: uri,
          targetRange: emptyRange,
          targetSelectionRange: emptyRange,
        },
      ];
    return [{ uri, range: emptyRange }];
  });

  connection.onRequest(RECORD_REQUEST, (params: { uri?: string; id?: string }) => {
    const id = params.id ?? (params.uri ? recordIdOf(params.uri) : undefined);
    const markdown = id === undefined ? undefined : recordMarkdown(model().index, id);
    return markdown === undefined ? null : { markdown };
  });

  connection.onShutdown(() => {
    for (const s of states.values()) if (s.timer) clearTimeout(s.timer);
  });

  documents.listen(connection);
  connection.listen();
}
