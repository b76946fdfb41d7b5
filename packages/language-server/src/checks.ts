import { performance } from 'node:perf_hooks';
import { type LintResult, lintWithContext } from '@parley/lint';
import type { Diagnostic } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AdaptiveDebounce, DEFAULT_DEBOUNCE } from './debounce.js';
import { type DiagnosticData, toLspDiagnostic } from './diagnostics.js';
import { ANALYSED_NOTIFICATION, type AnalysedParams } from './protocol.js';
import type { Session } from './session.js';
import type { Settings } from './settings.js';

/** The last check of one document version: what hover, definition and code actions answer from. */
export interface Analysed {
  version: number;
  text: string;
  configKey: string;
  result: LintResult;
  diagnostics: Diagnostic[];
}

/** A document's current version with its check. */
export interface Checked {
  doc: TextDocument;
  analysed: Analysed;
}

interface DocumentState {
  analysed?: Analysed;
  debounce: AdaptiveDebounce;
  /** Cancels the waiting check, if one is scheduled. */
  timer?: () => void;
}

/**
 * Documents and their diagnostics: checks each open document on open (at once) and on every change
 * (after its adaptive debounce), reuses a check when neither text nor configuration changed, and publishes.
 * Per-document state lives only while the document is open.
 */
export class DocumentChecks {
  readonly #states = new Map<string, DocumentState>();

  constructor(
    readonly session: Session,
    readonly settings: Settings,
  ) {
    const { documents, connection } = session;
    documents.onDidChangeContent(({ document }) => {
      // The first content of a document (didOpen) is checked at once; edits wait for the debounce.
      if (this.#states.get(document.uri)?.analysed) this.#schedule(document);
      else setImmediate(() => documents.get(document.uri) && this.#guarded(() => this.fresh(document.uri)));
    });
    documents.onDidClose(({ document }) => {
      const state = this.#states.get(document.uri);
      state?.timer?.();
      this.#states.delete(document.uri);
      connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
  }

  /** How many documents the server holds state for (the open ones, at most). */
  get size(): number {
    return this.#states.size;
  }

  #stateOf(uri: string): DocumentState {
    let s = this.#states.get(uri);
    if (!s) {
      const fixedMs = this.session.init.debounceMs;
      s = {
        debounce: new AdaptiveDebounce(
          fixedMs === undefined ? DEFAULT_DEBOUNCE : { ...DEFAULT_DEBOUNCE, fixedMs },
        ),
      };
      this.#states.set(uri, s);
    }
    return s;
  }

  /** Checks a document now (or reuses the last check if neither text nor configuration changed) and publishes. */
  analyse(doc: TextDocument, debounceMs: number): Analysed {
    const { connection, init, model } = this.session;
    const started = performance.now();
    const state = this.#stateOf(doc.uri);
    state.timer?.();
    state.timer = undefined;
    const cfg = this.settings.resolve(doc.uri);
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
      const result = lintWithContext(text, model, cfg.config);
      const t1 = performance.now();
      analysisMs = t1 - t0;
      analysed = {
        version: doc.version,
        text,
        configKey: cfg.key,
        result,
        diagnostics: result.diagnostics.map((d) => toLspDiagnostic(d, doc.version)),
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
  }

  /**
   * Runs a check outside any request, where an exception would end the process: an engine bug on one draft
   * must not take the editor's diagnostics down for every other. The last good result stays in place.
   */
  #guarded(check: () => unknown): void {
    try {
      check();
    } catch (e) {
      this.session.connection.console.error(`Parley: the check failed: ${(e as Error).stack ?? e}`);
    }
  }

  /** Schedules a check after the document's adaptive debounce; a newer change restarts the wait. */
  #schedule(doc: TextDocument): void {
    const state = this.#stateOf(doc.uri);
    state.timer?.();
    const delay = state.debounce.delay(performance.now());
    const run = () => {
      state.timer = undefined;
      const current = this.session.documents.get(doc.uri);
      if (current) this.#guarded(() => this.analyse(current, delay));
    };
    // No wait at all is setImmediate: Node runs a setTimeout of 0 ms after at least 1 ms, a millisecond
    // added to every keystroke while the debounce reports none. (Still after the current message, so
    // changes already read from the wire are applied first.)
    if (delay === 0) {
      const immediate = setImmediate(run);
      state.timer = () => clearImmediate(immediate);
    } else {
      const timeout = setTimeout(run, delay);
      state.timer = () => clearTimeout(timeout);
    }
  }

  /** The check of the document's current version, running it now if a change is still waiting. */
  fresh(uri: string): Checked | undefined {
    const doc = this.session.documents.get(uri);
    if (!doc) return undefined;
    const analysed = this.#states.get(uri)?.analysed;
    if (analysed && analysed.version === doc.version) return { doc, analysed };
    return { doc, analysed: this.analyse(doc, 0) };
  }

  /** Checks every open document again (settings or a configuration file changed). */
  recheckAll(): void {
    for (const doc of this.session.documents.all()) this.#guarded(() => this.analyse(doc, 0));
  }

  /** Stops every waiting check (shutdown). */
  dispose(): void {
    for (const s of this.#states.values()) s.timer?.();
  }
}
