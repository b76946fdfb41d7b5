import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
} from 'vscode-languageserver/node.js';
import { CONFIG_FILE, ConfigStore, type ResolvedConfig } from './config.js';
import { SOURCE } from './diagnostics.js';
import type { Session } from './session.js';

const emptyRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Configuration: `parley.config.json` files (watched where the client can) and the client's `parley`
 * settings (pulled, or pushed by clients without `workspace/configuration`). A malformed file is reported
 * once, as a diagnostic on it and a warning, and cleared once fixed. `recheck` runs after any change.
 */
export class Settings {
  readonly #configs = new ConfigStore();
  /** Config files we published an error for, with the message, so it is cleared once fixed. */
  readonly #errors = new Map<string, string>();
  /** Checks every open document again; set by the server once the checks exist. */
  recheck: () => void = () => {};

  constructor(readonly session: Session) {
    const { connection } = session;
    connection.onDidChangeConfiguration(async (change) => {
      if (session.client.configuration) await this.#pull();
      else this.apply((change.settings as { parley?: unknown } | undefined)?.parley);
      this.recheck();
    });
    connection.onDidChangeWatchedFiles(() => {
      this.#configs.invalidate();
      this.recheck();
    });
  }

  /** Takes what `initialize` says: initial settings and the workspace folders to look for a file in. */
  initialize(params: InitializeParams): void {
    const { init } = this.session;
    if (init.settings !== undefined) this.apply(init.settings);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.#configs.workspaceFolders = folders
      .filter((u) => u.startsWith('file:'))
      .map((u) => fileURLToPath(u));
  }

  /** After `initialized`: watch configuration files and pull the settings, where the client can. */
  initialized(): void {
    const { connection, client } = this.session;
    if (client.watchFiles)
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE}` }],
      });
    if (client.configuration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'parley' });
      void this.#pull().then(
        () => this.recheck(),
        (e: Error) => connection.console.error(e.message),
      );
    }
  }

  /** Client settings (`{ rules: … }`); malformed ones are refused with a warning naming the setting. */
  apply(settings: unknown): void {
    try {
      this.#configs.setSettings(settings);
    } catch (e) {
      this.session.warn(`Parley: ${(e as Error).message}`);
    }
  }

  async #pull(): Promise<void> {
    if (!this.session.client.configuration) return;
    const [settings] = await this.session.connection.workspace.getConfiguration([{ section: 'parley' }]);
    this.apply(settings);
  }

  /** The configuration for a document, reporting (or clearing) an error in the file it comes from. */
  resolve(uri: string): ResolvedConfig {
    const cfg = this.#configs.resolve(uri);
    this.#report(cfg);
    return cfg;
  }

  #report(cfg: ResolvedConfig): void {
    if (!cfg.file) return;
    const { connection } = this.session;
    const uri = pathToFileURL(cfg.file).href;
    const message = cfg.error?.message;
    if (this.#errors.get(uri) === message) return;
    if (message) {
      this.#errors.set(uri, message);
      connection.console.error(`Parley: ignoring ${cfg.file}: ${message}`);
      this.session.warn(`Parley: ${CONFIG_FILE} is ignored: ${message}`);
    } else this.#errors.delete(uri);
    connection.sendDiagnostics({
      uri,
      diagnostics: message
        ? [{ range: emptyRange, severity: DiagnosticSeverity.Error, source: SOURCE, message }]
        : [],
    });
  }
}
