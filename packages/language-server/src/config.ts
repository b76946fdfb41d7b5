import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, ConfigError, mergeConfigs, parseConfig, validateConfig } from '@parley/lint';

/** The workspace configuration file, as the CLI finds it: the nearest one in the draft's folder or above. */
export const CONFIG_FILE = 'parley.config.json';

/** The configuration that applies to one document, and where it came from. */
export interface ResolvedConfig {
  config: Config;
  /** The `parley.config.json` used, if any. */
  file?: string;
  /** Why that file was ignored, if it is malformed. */
  error?: ConfigError;
  /** Identifies the inputs, so a re-check is skipped when neither text nor configuration changed. */
  key: string;
}

interface Cached {
  mtimeMs: number;
  size: number;
  config?: Config;
  error?: ConfigError;
}

const statOf = (path: string) => {
  try {
    const s = statSync(path);
    return s.isFile() ? s : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Finds and parses `parley.config.json` for documents, and merges the client's settings over it.
 *
 * Files are looked up on every check rather than cached until a watcher fires: a lookup is a handful of
 * `stat` calls (microseconds), and it keeps configuration changes live even in editors that do not
 * report file changes. Parsed files are cached by modification time and size.
 */
export class ConfigStore {
  #files = new Map<string, Cached>();
  #settings: Config = {};
  #settingsKey = '{}';
  /** Folders to look in for documents that have no folder of their own (untitled buffers). */
  workspaceFolders: string[] = [];

  /** Client settings (`parley.rules`), validated; throws a ConfigError naming the setting. */
  setSettings(settings: unknown): void {
    const rules = (settings as { rules?: unknown } | null | undefined)?.rules;
    const config = rules === undefined || rules === null ? {} : validateConfig({ rules }, 'settings parley');
    this.#settings = config;
    this.#settingsKey = JSON.stringify(config);
  }

  get settings(): Config {
    return this.#settings;
  }

  /** The nearest configuration file at or above `dir`. */
  find(dir: string): string | undefined {
    for (;;) {
      const candidate = join(dir, CONFIG_FILE);
      if (statOf(candidate)) return candidate;
      const up = dirname(dir);
      if (up === dir) return undefined;
      dir = up;
    }
  }

  #load(file: string): Cached {
    const s = statOf(file);
    const cached = this.#files.get(file);
    if (cached && s && cached.mtimeMs === s.mtimeMs && cached.size === s.size) return cached;
    const entry: Cached = { mtimeMs: s?.mtimeMs ?? 0, size: s?.size ?? 0 };
    try {
      entry.config = parseConfig(readFileSync(file, 'utf8'), file);
    } catch (e) {
      entry.error = e instanceof ConfigError ? e : new ConfigError('(file)', (e as Error).message, file);
    }
    this.#files.set(file, entry);
    return entry;
  }

  /** Forgets parsed files: called when the client reports a configuration file changed. */
  invalidate(): void {
    this.#files.clear();
  }

  /** The configuration for a document: its `parley.config.json`, then the client settings over it. */
  resolve(uri: string): ResolvedConfig {
    let dir: string | undefined;
    if (uri.startsWith('file:')) {
      try {
        dir = dirname(fileURLToPath(uri));
      } catch {
        dir = undefined;
      }
    }
    const file = dir ? this.find(dir) : this.workspaceFolders.map((f) => this.find(f)).find(Boolean);
    const loaded = file ? this.#load(file) : undefined;
    const config = mergeConfigs(loaded?.config, this.#settings);
    return {
      config,
      file,
      error: loaded?.error,
      key: `${file ?? ''}\u0000${loaded?.mtimeMs ?? ''}\u0000${loaded?.size ?? ''}\u0000${this.#settingsKey}`,
    };
  }
}
