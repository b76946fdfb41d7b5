import { type Config, parseConfig } from '@parley/lint';

/** Where the page remembers the reader's `parley.config.json`. */
export const STORAGE_KEY = 'parley.config';

/** The settings kept in the browser, validated by the engine as `parley.config.json` is. */
export class SettingsStore {
  #config: Config;
  /** Why the remembered settings could not be used, if they could not. */
  readonly problem: string | undefined;

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'>) {
    const saved = storage.getItem(STORAGE_KEY);
    let config: Config = {};
    let problem: string | undefined;
    if (saved !== null) {
      try {
        config = parseConfig(saved, 'saved settings');
      } catch (e) {
        problem = `${(e as Error).message}; using the defaults`;
      }
    }
    this.#config = config;
    this.problem = problem;
  }

  get config(): Config {
    return this.#config;
  }

  /** `parley.config.json` as text, to copy into a repository. */
  get json(): string {
    return `${JSON.stringify(this.#config, null, 2)}\n`;
  }

  /** Replaces the settings with a `parley.config.json` text; throws the engine's ConfigError if invalid. */
  importJson(text: string): Config {
    return this.save(parseConfig(text, 'parley.config.json'));
  }

  /** Stores settings (already valid: from the form or from {@link importJson}). */
  save(config: Config): Config {
    this.#config = config;
    this.storage.setItem(STORAGE_KEY, JSON.stringify(config));
    return config;
  }
}
