import type { ParleyDataset } from '@parley/dataset';

/** Options a client may pass as `initializationOptions`. */
export interface InitializationOptions {
  /**
   * The client serves record cards itself under this URI scheme (VS Code's extension: `parley-record`),
   * asking the server for their Markdown with the `parley/record` request. Without it, "go to definition"
   * points at read-only files under the system's temporary folder.
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
